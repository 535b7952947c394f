namespace IWlz.Client.Notifications;

/// <summary>What <see cref="INotificationFollowUp.RunAsync"/> did for a notification.</summary>
public enum NotificationFollowUpOutcome
{
    /// <summary>The follow-up template was run; <see cref="NotificationFollowUpResult.Records"/> holds what the register returned (possibly nothing).</summary>
    Queried = 0,

    /// <summary>The event reports a deleted record (<c>VERWIJDERDE_*</c>); there is nothing to query and no request was made.</summary>
    RecordDeleted = 1,

    /// <summary>The catalogue names no follow-up template for the event, or the SDK cannot run it yet; no request was made.</summary>
    NoFollowUp = 2,
}
