namespace IWlz.Client.Notifications;

/// <summary>The result of running the follow-up query of a notification.</summary>
public sealed class NotificationFollowUpResult
{
    internal NotificationFollowUpResult(NotificationFollowUpOutcome outcome, string? templateId, IReadOnlyList<object> records)
    {
        Outcome = outcome;
        TemplateId = templateId;
        Records = records;
    }

    /// <summary>Whether a query was made, and if not, why.</summary>
    public NotificationFollowUpOutcome Outcome { get; }

    /// <summary>The template that was run (such as <c>QBR-0001-ZA</c>); <see langword="null"/> when none was.</summary>
    public string? TemplateId { get; }

    /// <summary>
    /// The records the register returned, typed as the template's result (for QBR-0001-ZA:
    /// <c>BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData</c>). Empty when the
    /// record no longer exists or is no longer visible to the caller, and when no query was made.
    /// </summary>
    public IReadOnlyList<object> Records { get; }
}
