namespace IWlz.Client.Sending;

/// <summary>
/// Sends notifications (<c>zendNotificatie</c>) to the recipient's netwerkpunt through the PEP. One call is
/// one delivery attempt: the recipient's endpoint comes from the address book (<c>NOTIFICATIE_BEMIDDELING</c>
/// or <c>NOTIFICATIE_INDICATIE</c>), the token audience is its resource URL and the scope follows the
/// recipient's ID type. <c>AddIWlzClient</c> registers <see cref="NotificatieSender"/>.
/// </summary>
public interface INotificatieSender
{
    /// <summary>Makes one attempt to deliver <paramref name="notificatie"/>.</summary>
    /// <param name="notificatie">The notification.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>Delivered with the receiver's notificatieID, or why not (and whether a retry can help).</returns>
    Task<SendResult> SendAsync(OutgoingNotificatie notificatie, CancellationToken cancellationToken = default);
}
