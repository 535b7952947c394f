using System.Collections.Concurrent;
using System.Reflection;
using IWlz.Client.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// Reads a stored notification into its typed <see cref="NotificationEvent"/> and delivers it to the
/// <see cref="INotificationHandler{TEvent}"/>s of that exact event class. Registered only when a typed handler
/// is: then a notification whose subjects are malformed is dead-lettered with the reason.
/// </summary>
internal sealed class TypedNotificationRoute : IInboundMessageRoute
{
    private static readonly MethodInfo InvokeDefinition =
        typeof(TypedNotificationRoute).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<NotificationEvent, InboundMessage, IServiceProvider, CancellationToken, Task<bool>>> Invokers = new();

    public Task<bool> RouteAsync(InboundMessage message, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != InboundMessageKind.Notificatie)
        {
            return Task.FromResult(false);
        }

        var notification = ToEvent(message);
        var invoke = Invokers.GetOrAdd(notification.GetType(), static type =>
            InvokeDefinition.MakeGenericMethod(type).CreateDelegate<Func<NotificationEvent, InboundMessage, IServiceProvider, CancellationToken, Task<bool>>>());
        return invoke(notification, message, services, cancellationToken);
    }

    /// <summary>Interprets the stored message; throws <see cref="UnprocessableMessageException"/> when it cannot be.</summary>
    internal static NotificationEvent ToEvent(InboundMessage message)
    {
        if (!IDTypes.TryParse(message.AfzenderIDType, out var afzenderType) || !IDTypes.TryParse(message.OntvangerIDType, out var ontvangerType))
        {
            throw new UnprocessableMessageException("The notification names an unknown ID type for afzender or ontvanger.");
        }

        if (string.IsNullOrEmpty(message.AfzenderID) || string.IsNullOrEmpty(message.OntvangerID))
        {
            throw new UnprocessableMessageException("The notification has an empty afzender or ontvanger ID.");
        }

        var notification = new NotificationMessage(
            message.Timestamp,
            new NotificationParty(afzenderType, message.AfzenderID),
            new NotificationParty(ontvangerType, message.OntvangerID),
            message.EventType,
            message.SubjectList.Select(s => new NotificationSubject(s.Subject, s.RecordID)).ToList())
        {
            OntvangerKenmerk = message.OntvangerKenmerk,
        };

        var result = NotificationEventFactory.Create(notification);
        return result.Event
            ?? throw new UnprocessableMessageException($"{result.Failure!.Error}: {result.Failure.Description}");
    }

    private static async Task<bool> InvokeAsync<TEvent>(NotificationEvent notification, InboundMessage message, IServiceProvider services, CancellationToken cancellationToken)
        where TEvent : NotificationEvent
    {
        var handled = false;
        foreach (var handler in services.GetServices<INotificationHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)notification, message, cancellationToken).ConfigureAwait(false);
            handled = true;
        }

        return handled;
    }
}
