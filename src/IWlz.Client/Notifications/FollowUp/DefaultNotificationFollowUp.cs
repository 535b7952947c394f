using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Registers;

namespace IWlz.Client.Notifications;

/// <summary>
/// The default <see cref="INotificationFollowUp"/>, on the typed register clients. It runs QBR-0001-ZA
/// (<see cref="IBemiddelingsregisterClient.GetBemiddelingspecificatieVoorZorgaanbiederAsync"/>) for
/// <c>NIEUWE_</c>/<c>GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c> on the Bemiddelingsregister of the
/// zorgkantoor that sent the notification (its UZOVI code, looked up in the address book). Deletions make no
/// request; other events report <see cref="NotificationFollowUpOutcome.NoFollowUp"/> until their templates are wired.
/// </summary>
public class DefaultNotificationFollowUp : INotificationFollowUp
{
    private static readonly IReadOnlyList<object> None = [];
    private readonly IBemiddelingsregisterClient _bemiddelingsregister;

    /// <summary>Creates the follow-up runner.</summary>
    /// <param name="bemiddelingsregister">The typed Bemiddelingsregister client (with an address book, so the sender's register can be found).</param>
    public DefaultNotificationFollowUp(IBemiddelingsregisterClient bemiddelingsregister)
    {
        ArgumentNullException.ThrowIfNull(bemiddelingsregister);
        _bemiddelingsregister = bemiddelingsregister;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="notification"/> is null.</exception>
    /// <exception cref="IWlzException">The query failed, or the sender's register is not in the address book.</exception>
    public virtual async Task<NotificationFollowUpResult> RunAsync(NotificationEvent notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.IsDeletion)
        {
            return new NotificationFollowUpResult(NotificationFollowUpOutcome.RecordDeleted, null, None);
        }

        Guid? specificatie = notification switch
        {
            NieuweBemiddelingspecificatieZorgaanbieder e => e.BemiddelingspecificatieID,
            GewijzigdeBemiddelingspecificatieZorgaanbieder e => e.BemiddelingspecificatieID,
            _ => null,
        };

        if (specificatie is null)
        {
            return new NotificationFollowUpResult(NotificationFollowUpOutcome.NoFollowUp, null, None);
        }

        // The zorgkantoor that sent the notification holds the Bemiddelingsregister to ask.
        if (notification.Afzender.IdType != IDType.UZOVI)
        {
            throw new IWlzException(IWlzErrorKind.BadRequest, IWlzErrorSource.Client,
                $"{notification.EventType} must come from a zorgkantoor (UZOVI), not from an {IDTypes.ToWireValueOrNumber(notification.Afzender.IdType)} party; its follow-up register is unknown.");
        }

        var options = new RegisterRequestOptions { Bronhouder = notification.Afzender.Id };
        var records = await _bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatie.Value, options, cancellationToken).ConfigureAwait(false);
        return new NotificationFollowUpResult(NotificationFollowUpOutcome.Queried, IWlzTemplates.QBR0001ZA, records.Cast<object>().ToList());
    }
}
