using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Testing.Internal.Schemas;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Hosting;

/// <summary>The parties of one simulator, found by code, by certificate or by one of their service URLs.</summary>
internal sealed class PartyDirectory
{
    private readonly ConcurrentDictionary<(PartyRole, string), SimulatedParty> byCode = new();
    private readonly Uri baseAddress;
    private readonly TestCertificateAuthority certificateAuthority;
    private readonly Lock gate = new();
    private readonly List<SimulatedParty> ordered = [];

    public PartyDirectory(Uri baseAddress, TestCertificateAuthority certificateAuthority)
    {
        this.baseAddress = baseAddress;
        this.certificateAuthority = certificateAuthority;
    }

    public IReadOnlyList<SimulatedParty> All
    {
        get
        {
            lock (gate)
            {
                return [.. ordered];
            }
        }
    }

    public SimulatedParty GetOrAdd(PartyRole role, string code, string? name = null)
    {
        lock (gate)
        {
            if (byCode.TryGetValue((role, code), out var existing))
            {
                return existing;
            }

            var party = new SimulatedParty(role, code, name ?? DefaultName(role, code), baseAddress, certificateAuthority);
            byCode[(role, code)] = party;
            ordered.Add(party);
            return party;
        }
    }

    public SimulatedParty? Find(PartyRole role, string code) => byCode.TryGetValue((role, code), out var party) ? party : null;

    public SimulatedParty? FindByIdType(string? idType, string? code) => (idType, code) switch
    {
        ("AGB", { } c) => Find(PartyRole.Zorgaanbieder, c),
        ("UZOVI", { } c) => Find(PartyRole.Zorgkantoor, c),
        ("KVK", { } c) => Find(PartyRole.Ciz, c),
        _ => null,
    };

    /// <summary>The party whose issued certificate this is (same thumbprint), or <see langword="null"/>.</summary>
    public SimulatedParty? FindByCertificate(X509Certificate2 certificate)
    {
        foreach (var party in All)
        {
            if (party.HasIssuedCertificate && party.Certificate.Thumbprint == certificate.Thumbprint)
            {
                return party;
            }
        }

        return null;
    }

    public SimulatedParty? FindByVecozoId(string vecozoId) => All.FirstOrDefault(p => p.VecozoId == vecozoId);

    /// <summary>Resolves a subject like <c>agbcode:12345678</c> or <c>uzovi:5555</c>.</summary>
    public SimulatedParty? FindBySubjectId(string subject)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var code = subject[(colon + 1)..];
        return subject[..colon].ToUpperInvariant() switch
        {
            "AGBCODE" or "AGB" => Find(PartyRole.Zorgaanbieder, code),
            "UZOVI" => Find(PartyRole.Zorgkantoor, code),
            "KVK" => Find(PartyRole.Ciz, code),
            _ => null,
        };
    }

    /// <summary>The service behind a resource URL (token audience), or <see langword="null"/> when the address book has none.</summary>
    public ServiceTarget? FindService(string audience)
    {
        foreach (var party in All)
        {
            if (SameUrl(party.RegisterUri, audience))
            {
                var kind = party.Role switch
                {
                    PartyRole.Ciz => RegisterKind.Indicatieregister,
                    PartyRole.Zorgkantoor => RegisterKind.Bemiddelingsregister,
                    _ => RegisterKind.Leveringsregister,
                };
                return new ServiceTarget(kind, party, party.RegisterUri, External: false);
            }

            if (SameUrl(party.EffectiveNetwerkpuntUri, audience))
            {
                return new ServiceTarget(RegisterKind.Netwerkpunt, party, party.EffectiveNetwerkpuntUri, External: party.NetwerkpuntUri is not null);
            }
        }

        return null;
    }

    private static bool SameUrl(Uri uri, string audience) =>
        string.Equals(uri.AbsoluteUri, audience, StringComparison.Ordinal);

    private static string DefaultName(PartyRole role, string code) => role switch
    {
        PartyRole.Zorgaanbieder => $"Zorgaanbieder Proefpolder {code}",
        PartyRole.Zorgkantoor => $"Zorgkantoor Testregio {code}",
        _ => "CIZ (simulated)",
    };
}

/// <summary>A service the PEP can route to.</summary>
internal sealed record ServiceTarget(RegisterKind Kind, SimulatedParty Owner, Uri Uri, bool External);
