namespace IWlz.Client.Notifications;

/// <summary>
/// The kind of identifier of a sender or receiver on the iWlz network: the values of the
/// netwerkpunt's <c>IDTypeEnum</c>, and nothing else.
/// </summary>
/// <remarks>
/// This is the SDK's domain type. The generated Netwerkpunt client will also contain an
/// <c>IDTypeEnum</c> mirroring the schema; both have the same five members with the same names, so
/// they convert by name. Parse received text with <see cref="IDTypes.TryParse(string?, out IDType)"/>,
/// which also accepts the spellings some specifications use (<c>AGBCODE</c>, <c>Uzovi</c>); write
/// with <see cref="IDTypes.ToWireValue(IDType)"/>, which only ever emits the five enum names.
/// The members start at 1 so that an uninitialised value is never mistaken for <see cref="AGB"/>.
/// </remarks>
public enum IDType
{
    /// <summary>AGB code: zorgaanbieders.</summary>
    AGB = 1,

    /// <summary>Citizen service number; defined, but not used on the network yet.</summary>
    BSN = 2,

    /// <summary>Chamber of Commerce number: the CIZ (62253778) and VECOZO.</summary>
    KVK = 3,

    /// <summary>Government organisation identifier (OIN).</summary>
    OIN = 4,

    /// <summary>UZOVI code: zorgkantoren.</summary>
    UZOVI = 5,
}
