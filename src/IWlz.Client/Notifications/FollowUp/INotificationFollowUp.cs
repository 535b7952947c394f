namespace IWlz.Client.Notifications;

/// <summary>
/// Runs the follow-up query of a received notification: the template the catalogue names
/// (<see cref="NotificationCatalogueEntry.FollowUpTemplateId"/>), with the IDs from the notification, on the
/// register of the party that sent it. <c>AddIWlzClient</c> registers <see cref="DefaultNotificationFollowUp"/>.
/// </summary>
/// <remarks>
/// Notifications are hints: always re-query, and do not assume they arrive in order. The query returns the
/// register's state at the time of the query, which may already be newer than the notification.
/// </remarks>
public interface INotificationFollowUp
{
    /// <summary>Runs the follow-up query of <paramref name="notification"/>, if it has one.</summary>
    /// <param name="notification">The received event.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>What was queried and what came back; <see cref="NotificationFollowUpOutcome.RecordDeleted"/> for deletions, without a request.</returns>
    Task<NotificationFollowUpResult> RunAsync(NotificationEvent notification, CancellationToken cancellationToken = default);
}
