using Microsoft.Extensions.Options;

namespace IWlz.Client.Identity.Internal;

/// <summary>
/// The identity the access token carries: the party acted on behalf of (<c>IWlz:ActingOnBehalfOf</c>) when
/// set, because nID then issues the token for that party; otherwise the own party (<c>IWlz:Party</c>).
/// Read per call, so a reloaded configuration applies to the next request.
/// </summary>
internal sealed class ConfiguredPartyIdentity(IOptionsMonitor<IWlzClientOptions> options) : IWlzPartyIdentity
{
    private const string AgbPrefix = "agbcode:";
    private const string UzoviPrefix = "uzovi:";

    // The last identity made, with the values it was made from: this is read on every call (by the typed
    // client and the template guard), and the configuration rarely changes, so it is compared, not rebuilt.
    private Snapshot? _last;

    public PartyIdentity GetIdentity()
    {
        var current = options.CurrentValue;
        var last = _last;
        if (last is not null && last.Matches(current))
        {
            return last.Identity;
        }

        var identity = Create(current);
        _last = new Snapshot(current.ActingOnBehalfOf, current.Party.Role, current.Party.Code, identity);
        return identity;
    }

    private static PartyIdentity Create(IWlzClientOptions current)
    {
        try
        {
            if (current.ActingOnBehalfOf is { Length: > 0 } actor)
            {
                return actor.StartsWith(AgbPrefix, StringComparison.Ordinal) ? PartyIdentity.Zorgaanbieder(actor[AgbPrefix.Length..])
                    : actor.StartsWith(UzoviPrefix, StringComparison.Ordinal) ? PartyIdentity.Zorgkantoor(actor[UzoviPrefix.Length..])
                    : throw new ArgumentException("It must be 'agbcode:' followed by 8 digits or 'uzovi:' followed by 4 digits.");
            }

            return new PartyIdentity(current.Party.Role, current.Party.Code?.Trim() ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            var key = current.ActingOnBehalfOf is { Length: > 0 } ? "IWlz:ActingOnBehalfOf" : "IWlz:Party";
            throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client, $"{key} does not name a valid party: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
    }

    private sealed record Snapshot(string? ActingOnBehalfOf, IWlzPartyRole Role, string? Code, PartyIdentity Identity)
    {
        internal bool Matches(IWlzClientOptions current) =>
            ReferenceEquals(ActingOnBehalfOf, current.ActingOnBehalfOf) && Role == current.Party.Role && ReferenceEquals(Code, current.Party.Code);
    }
}
