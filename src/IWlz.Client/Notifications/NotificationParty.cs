namespace IWlz.Client.Notifications;

/// <summary>A sender (afzender) or receiver (ontvanger) of a notification: an ID type and an ID.</summary>
public sealed class NotificationParty : IEquatable<NotificationParty>
{
    /// <summary>Creates a party.</summary>
    /// <param name="idType">The kind of identifier.</param>
    /// <param name="id">The identifier, such as an AGB or UZOVI code.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public NotificationParty(IDType idType, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        IdType = idType;
        Id = id;
    }

    /// <summary>The kind of identifier (<c>afzenderIDType</c> / <c>ontvangerIDType</c>).</summary>
    public IDType IdType { get; }

    /// <summary>The identifier (<c>afzenderID</c> / <c>ontvangerID</c>).</summary>
    public string Id { get; }

    /// <inheritdoc />
    public bool Equals(NotificationParty? other) => other is not null && IdType == other.IdType && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NotificationParty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IdType, Id);

    /// <summary>The party as <c>IDType:ID</c>, such as <c>UZOVI:5151</c>; a BSN is masked.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IdType == IDType.BSN ? "BSN:" + Privacy.SensitiveText.Mask : $"{IDTypes.ToWireValueOrNumber(IdType)}:{Id}";
}
