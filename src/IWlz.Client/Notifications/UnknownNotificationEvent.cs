namespace IWlz.Client.Notifications;

/// <summary>
/// A notification whose event type is not in the <see cref="NotificationCatalogue"/>. It is kept as
/// received, so a newer specification's events reach the application instead of failing the receiver.
/// </summary>
public sealed class UnknownNotificationEvent : NotificationEvent
{
    internal UnknownNotificationEvent(NotificationMessage message)
        : base(message, definition: null)
    {
    }
}
