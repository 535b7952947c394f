namespace IWlz.Client.Testing.Internal.Schemas;

/// <summary>The services the simulator hosts behind its PEP.</summary>
internal enum RegisterKind
{
    /// <summary>The CIZ's Indicatieregister (IR-2).</summary>
    Indicatieregister,

    /// <summary>A zorgkantoor's Bemiddelingsregister (BR-1).</summary>
    Bemiddelingsregister,

    /// <summary>A zorgaanbieder's Leveringsregister (LR-1 release candidate).</summary>
    Leveringsregister,

    /// <summary>A netwerkpunt that receives zendNotificatie and zendMelding.</summary>
    Netwerkpunt,
}
