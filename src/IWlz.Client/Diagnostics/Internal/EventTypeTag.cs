using IWlz.Client.Notifications;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// The <c>iwlz.event_type</c> tag value: an event type from the SDK's notification catalogue or
/// <c>IWLZFOUTMELDING</c>, else <c>other</c>. Event types arrive from the network, so an unknown value is
/// never used as a tag: it could be free text and would make the metric's cardinality unbounded.
/// </summary>
internal static class EventTypeTag
{
    internal const string Melding = "IWLZFOUTMELDING";

    internal static string For(string? eventType)
    {
        if (string.IsNullOrEmpty(eventType))
        {
            return SafeTag.Other;
        }

        if (string.Equals(eventType, Melding, StringComparison.Ordinal))
        {
            return Melding;
        }

        return NotificationCatalogue.FindByEventType(eventType) is { Count: > 0 } entries ? entries[0].EventType : SafeTag.Other;
    }
}
