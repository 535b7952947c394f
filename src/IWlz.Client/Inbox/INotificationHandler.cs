using IWlz.Client.Notifications;

namespace IWlz.Client.Inbox;

/// <summary>
/// Handles received notifications of one typed event, such as
/// <see cref="NieuweBemiddelingspecificatieZorgaanbieder"/>, or <see cref="UnknownNotificationEvent"/> for
/// event types the SDK does not know. Register with
/// <see cref="NotificationInboxBuilder.AddNotificationHandler{TEvent, THandler}"/>.
/// </summary>
/// <typeparam name="TEvent">The exact event class handled; handlers of a base class are not called.</typeparam>
/// <remarks>
/// A notification is a hint that a record changed, not the change itself: re-query the register (see
/// <c>INotificationFollowUp</c>). Delivery is at-least-once and the order of notifications is not
/// guaranteed (a <c>GEWIJZIGDE_*</c> can arrive before its <c>NIEUWE_*</c>), so handlers must be idempotent
/// and must not rely on order.
/// </remarks>
public interface INotificationHandler<in TEvent>
    where TEvent : NotificationEvent
{
    /// <summary>Handles one notification. Throw to have it retried with backoff.</summary>
    /// <param name="notification">The typed event.</param>
    /// <param name="context">The stored message the event was read from (IDs, caller, receive time).</param>
    /// <param name="cancellationToken">Signals the handler timeout or host shutdown.</param>
    /// <returns>A task that completes when the notification is handled.</returns>
    Task HandleAsync(TEvent notification, InboundMessage context, CancellationToken cancellationToken);
}
