using System.Collections.Frozen;

namespace IWlz.Client.Notifications;

/// <summary>
/// Every notification event type the iWlz specifications define, keyed by (event type, register
/// version). An event type can appear in several register versions; for received notifications,
/// which do not say their version, <see cref="FindPreferred"/> picks the version in use.
/// </summary>
public static partial class NotificationCatalogue
{
    // Both fields live in this file so that their initialisation order is defined.
    private static readonly NotificationCatalogueEntry[] Rows = CreateRows();

    private static readonly FrozenDictionary<string, NotificationCatalogueEntry[]> ByEventType =
        Rows.GroupBy(r => r.EventType, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>All rows, in specification order (Indicatieregister, Bemiddelingsregister, Leveringsregister).</summary>
    public static IReadOnlyList<NotificationCatalogueEntry> All => Rows;

    /// <summary>All versions of an event type.</summary>
    /// <param name="eventType">The event type in any letter case; surrounding white space is ignored.</param>
    /// <returns>The rows for that event type; empty when it is unknown.</returns>
    public static IReadOnlyList<NotificationCatalogueEntry> FindByEventType(string? eventType) =>
        eventType is not null && ByEventType.TryGetValue(eventType.Trim(), out var rows) ? rows : [];

    /// <summary>The row for an event type in one register version.</summary>
    /// <param name="eventType">The event type in any letter case.</param>
    /// <param name="registerVersion">The register version, such as <c>IR-2</c>, in any letter case.</param>
    /// <returns>The row, or <see langword="null"/> when there is none.</returns>
    public static NotificationCatalogueEntry? Find(string? eventType, string? registerVersion) =>
        FindByEventType(eventType).FirstOrDefault(r => string.Equals(r.RegisterVersion, registerVersion?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The preferred row for an event type: the version in use (<see cref="Registers.SpecificationStatus.Current"/>)
    /// when there is one, otherwise the first version in development.
    /// </summary>
    /// <param name="eventType">The event type in any letter case.</param>
    /// <returns>The row, or <see langword="null"/> when the event type is unknown.</returns>
    public static NotificationCatalogueEntry? FindPreferred(string? eventType)
    {
        var rows = FindByEventType(eventType);
        foreach (var row in rows)
        {
            if (row.Status == Registers.SpecificationStatus.Current)
            {
                return row;
            }
        }

        return rows.Count > 0 ? rows[0] : null;
    }
}
