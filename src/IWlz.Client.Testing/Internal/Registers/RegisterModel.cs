using System.Collections.Frozen;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>Which record type each register root field returns, and which register serves it.</summary>
internal static class RegisterModel
{
    private static readonly FrozenDictionary<string, (RegisterKind Register, Type Type)> Roots = new Dictionary<string, (RegisterKind, Type)>
    {
        ["wlzIndicatie"] = (RegisterKind.Indicatieregister, typeof(WlzIndicatieRecord)),
        ["client"] = (RegisterKind.Bemiddelingsregister, typeof(IWlz.Client.Testing.Data.Bemiddelingsregister.ClientRecord)),
        ["bemiddeling"] = (RegisterKind.Bemiddelingsregister, typeof(BemiddelingRecord)),
        ["bemiddelingspecificatie"] = (RegisterKind.Bemiddelingsregister, typeof(BemiddelingspecificatieRecord)),
        ["overdracht"] = (RegisterKind.Bemiddelingsregister, typeof(OverdrachtRecord)),
        ["regiehouder"] = (RegisterKind.Bemiddelingsregister, typeof(RegiehouderRecord)),
        ["levering"] = (RegisterKind.Leveringsregister, typeof(LeveringRecord)),
        ["leveringperiode"] = (RegisterKind.Leveringsregister, typeof(LeveringperiodeRecord)),
        ["uitstelperiode"] = (RegisterKind.Leveringsregister, typeof(UitstelperiodeRecord)),
        ["afstel"] = (RegisterKind.Leveringsregister, typeof(AfstelRecord)),
        ["verzoek"] = (RegisterKind.Leveringsregister, typeof(VerzoekRecord)),
        ["verzoekAanbieder"] = (RegisterKind.Leveringsregister, typeof(VerzoekAanbiederRecord)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Type? RootType(string field) => Roots.TryGetValue(field, out var root) ? root.Type : null;

    /// <summary>The service a root field belongs to, as the PEP routes it; <see langword="null"/> when unknown.</summary>
    public static RegisterKind? ServiceOf(string rootField) =>
        rootField is "zendNotificatie" or "zendMelding"
            ? RegisterKind.Netwerkpunt
            : Roots.TryGetValue(rootField, out var root) ? root.Register : null;
}
