using System.Diagnostics.CodeAnalysis;

namespace IWlz.Client.Notifications;

/// <summary>
/// A reference to a register record as notifications and meldingen write it in <c>subject</c> and
/// <c>recordID</c>: <c>Entity/uuid</c>, or with a path in front, such as
/// <c>bemiddeling/bemiddelingspecificatie/uuid</c> or <c>wlzindicatie/Stoornis/uuid</c>.
/// </summary>
/// <remarks>
/// Parsing is tolerant: letter case is free, the UUID may be written in any form <see cref="Guid"/>
/// accepts (with or without hyphens or braces), and white space around the whole value is ignored.
/// The entity is the segment right before the UUID; the segments in front of it form the
/// <see cref="Prefix"/>. Note that the Leveringsregister writes <c>Levering/{id}</c> with a
/// bemiddelingspecificatieID, not a leveringID, as its subject.
/// The reference is an identifier of personal data: <see cref="ToString"/> does not reveal it.
/// </remarks>
public sealed class SubjectRef : IEquatable<SubjectRef>
{
    private SubjectRef(string raw, string prefix, string entity, Guid id)
    {
        Raw = raw;
        Prefix = prefix;
        Entity = entity;
        Id = id;
    }

    /// <summary>The value exactly as received.</summary>
    public string Raw { get; }

    /// <summary>The path segments before the entity, joined by <c>/</c>; empty for <c>Entity/uuid</c>.</summary>
    public string Prefix { get; }

    /// <summary>The entity name as written, such as <c>Bemiddelingspecificatie</c>.</summary>
    public string Entity { get; }

    /// <summary>The record's UUID.</summary>
    public Guid Id { get; }

    /// <summary>Whether <see cref="Entity"/> is <paramref name="entity"/>, ignoring letter case.</summary>
    /// <param name="entity">An entity name, such as <c>Regiehouder</c>.</param>
    /// <returns><see langword="true"/> when the names match.</returns>
    public bool IsEntity(string entity) => string.Equals(Entity, entity, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a reference; see the type remarks for the accepted forms.</summary>
    /// <param name="text">The received <c>subject</c> or <c>recordID</c>.</param>
    /// <param name="reference">The reference, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SubjectRef? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var lastSlash = value.LastIndexOf('/');
        if (lastSlash <= 0 || !Guid.TryParse(value.AsSpan(lastSlash + 1), out var id))
        {
            return false;
        }

        var path = value[..lastSlash];
        var entityStart = path.LastIndexOf('/') + 1;
        var entity = path[entityStart..];
        var prefix = entityStart == 0 ? string.Empty : path[..(entityStart - 1)];
        if (!IsSegmentList(prefix, allowEmpty: true) || !IsSegmentList(entity, allowEmpty: false))
        {
            return false;
        }

        reference = new SubjectRef(text, prefix, entity, id);
        return true;
    }

    /// <summary>Reads a reference like <see cref="TryParse"/>, but throws when it is malformed.</summary>
    /// <param name="text">The received <c>subject</c> or <c>recordID</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="FormatException">The text is not of the form <c>[path/]Entity/uuid</c>. The message does not repeat the text.</exception>
    public static SubjectRef Parse(string? text) =>
        TryParse(text, out var reference)
            ? reference
            : throw new FormatException("The record reference is not of the form Entity/UUID or path/Entity/UUID.");

    /// <inheritdoc />
    public bool Equals(SubjectRef? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Entity, other.Entity, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Prefix, other.Prefix, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SubjectRef);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.OrdinalIgnoreCase.GetHashCode(Entity));

    /// <summary>Names the entity but not the record, so the value is safe to log.</summary>
    /// <returns>For example <c>Bemiddelingspecificatie/…</c>.</returns>
    public override string ToString() => Entity + "/…";

    private static bool IsSegmentList(string path, bool allowEmpty)
    {
        if (path.Length == 0)
        {
            return allowEmpty;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0
                || !char.IsAsciiLetter(segment[0])
                || segment.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.')))
            {
                return false;
            }
        }

        return true;
    }
}
