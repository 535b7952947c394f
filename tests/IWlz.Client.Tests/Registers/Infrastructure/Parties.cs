namespace IWlz.Client.Tests.Registers.Infrastructure;

/// <summary>Fictional parties; the codes match the fixtures where a fixture names the caller.</summary>
internal static class Parties
{
    public const string AgbCode = "98000044";
    public const string UzoviCode = "9902";
    public const string CizKvk = "62253778";

    public static readonly FixedPartyIdentity Zorgaanbieder = new(PartyIdentity.Zorgaanbieder(AgbCode));
    public static readonly FixedPartyIdentity Zorgkantoor = new(PartyIdentity.Zorgkantoor(UzoviCode));
    public static readonly FixedPartyIdentity Ciz = new(PartyIdentity.Indicatieorgaan(CizKvk));
}
