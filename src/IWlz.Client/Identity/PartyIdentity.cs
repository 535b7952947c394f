using IWlz.Client.Notifications;

namespace IWlz.Client;

/// <summary>
/// A party on the iWlz network as its access token identifies it: a zorgaanbieder by its 8-digit AGB code,
/// a zorgkantoor by its 4-digit UZOVI code, or the indicatieorgaan (the CIZ) by its 8-digit KVK number.
/// </summary>
public sealed class PartyIdentity : IEquatable<PartyIdentity>
{
    /// <summary>Creates an identity after checking that the code fits the role.</summary>
    /// <param name="role">The party's role.</param>
    /// <param name="code">The AGB code (8 digits), UZOVI code (4 digits) or KVK number (8 digits).</param>
    /// <exception cref="ArgumentException">The role is unspecified, or the code does not have the role's form.</exception>
    public PartyIdentity(IWlzPartyRole role, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var (idType, digits) = role switch
        {
            IWlzPartyRole.Zorgaanbieder => (IDType.AGB, 8),
            IWlzPartyRole.Zorgkantoor => (IDType.UZOVI, 4),
            IWlzPartyRole.Indicatieorgaan => (IDType.KVK, 8),
            _ => throw new ArgumentException($"The party role must be Zorgaanbieder, Zorgkantoor or Indicatieorgaan, not {role}.", nameof(role)),
        };
        if (code.Length != digits || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A {role}'s {idType} code has exactly {digits} digits.", nameof(code));
        }

        Role = role;
        Code = code;
        IdType = idType;
    }

    /// <summary>The party's role.</summary>
    public IWlzPartyRole Role { get; }

    /// <summary>The AGB code, UZOVI code or KVK number.</summary>
    public string Code { get; }

    /// <summary>The kind of <see cref="Code"/>: <see cref="IDType.AGB"/>, <see cref="IDType.UZOVI"/> or <see cref="IDType.KVK"/>.</summary>
    public IDType IdType { get; }

    /// <summary>A zorgaanbieder.</summary>
    /// <param name="agbCode">Its 8-digit AGB code.</param>
    /// <returns>The identity.</returns>
    public static PartyIdentity Zorgaanbieder(string agbCode) => new(IWlzPartyRole.Zorgaanbieder, agbCode);

    /// <summary>A zorgkantoor.</summary>
    /// <param name="uzoviCode">Its 4-digit UZOVI code.</param>
    /// <returns>The identity.</returns>
    public static PartyIdentity Zorgkantoor(string uzoviCode) => new(IWlzPartyRole.Zorgkantoor, uzoviCode);

    /// <summary>The indicatieorgaan.</summary>
    /// <param name="kvkNumber">Its 8-digit KVK number (the CIZ: 62253778).</param>
    /// <returns>The identity.</returns>
    public static PartyIdentity Indicatieorgaan(string kvkNumber) => new(IWlzPartyRole.Indicatieorgaan, kvkNumber);

    /// <inheritdoc />
    public bool Equals(PartyIdentity? other) =>
        other is not null && Role == other.Role && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartyIdentity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Role, Code);

    /// <summary>For example <c>Zorgkantoor (UZOVI 5501)</c>. Organisation codes are not personal data.</summary>
    /// <returns>The role and code.</returns>
    public override string ToString() => $"{Role} ({IdType} {Code})";
}
