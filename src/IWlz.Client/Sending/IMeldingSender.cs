namespace IWlz.Client.Sending;

/// <summary>
/// Sends meldingen (<c>zendMelding</c>) to the bronhouder's <c>MELDING</c> endpoint through the PEP. One call
/// is one delivery attempt. <c>AddIWlzClient</c> registers <see cref="MeldingSender"/>.
/// </summary>
public interface IMeldingSender
{
    /// <summary>Makes one attempt to deliver <paramref name="melding"/>.</summary>
    /// <param name="melding">The melding, from <see cref="FoutmeldingBuilder"/>.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>Delivered with the receiver's meldingID, or why not (and whether a retry can help).</returns>
    Task<SendResult> SendAsync(OutgoingMelding melding, CancellationToken cancellationToken = default);
}
