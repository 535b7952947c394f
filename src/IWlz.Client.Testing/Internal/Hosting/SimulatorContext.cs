using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Faults;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Testing.Internal.Data;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Testing.Internal.Hosting;

/// <summary>Everything the simulated services of one simulator share.</summary>
internal sealed class SimulatorContext : IDisposable
{
    public const string TokenPath = "/tst/netwerkmodel/v3/auth/token";
    public const string PepPath = "/tst/netwerkmodel/v3/pep";

    private readonly ECDsa signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public SimulatorContext(SimulatorOptions options, Uri baseAddress, TestCertificateAuthority certificateAuthority)
    {
        Options = options;
        BaseAddress = baseAddress;
        CertificateAuthority = certificateAuthority;
        Parties = new PartyDirectory(baseAddress, certificateAuthority);
        TokenEndpoint = new Uri(baseAddress, TokenPath.TrimStart('/'));
        PepEndpoint = new Uri(baseAddress, PepPath.TrimStart('/'));
        SigningKey = new ECDsaSecurityKey(signingKey) { KeyId = "simulated-nid" };
        var inner = new byte[32];
        RandomNumberGenerator.Fill(inner);
        ClaimSourceKey = new SymmetricSecurityKey(inner) { KeyId = "simulated-nid-claims" };
        PepCertificate = new Lazy<X509Certificate2>(() => certificateAuthority.IssueClient("VECOZO PEP (simulated)", "20000000000001"));
    }

    public SimulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public Uri BaseAddress { get; }

    public Uri TokenEndpoint { get; }

    public Uri PepEndpoint { get; }

    public TestCertificateAuthority CertificateAuthority { get; }

    public PartyDirectory Parties { get; }

    public SimulatorFaults Faults { get; } = new();

    public DataStore Store { get; } = new();

    public RequestJournal Journal { get; } = new();

    /// <summary>nID's signing key; only the simulated PEP verifies with it, as only nID can in the real network.</summary>
    public SecurityKey SigningKey { get; }

    /// <summary>The HS256 key of the inner JWT in <c>_claim_sources</c>.</summary>
    public SymmetricSecurityKey ClaimSourceKey { get; }

    /// <summary>The certificate the PEP presents to netwerkpunten it forwards to.</summary>
    public Lazy<X509Certificate2> PepCertificate { get; }

    /// <summary>Token ID → the fault epoch it was issued in.</summary>
    public ConcurrentDictionary<string, long> IssuedTokenEpochs { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        signingKey.Dispose();
    }
}
