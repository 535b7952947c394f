using IWlz.Client.AddressBook;
using IWlz.Client.Netwerkpunt;
using IWlz.Client.Sending.Internal;

namespace IWlz.Client.Sending;

/// <summary>The default <see cref="INotificatieSender"/>, on the generated <c>zendNotificatie</c> operation.</summary>
public class NotificatieSender : INotificatieSender
{
    private readonly NetwerkpuntSender _sender = null!;

    /// <summary>Creates the sender.</summary>
    /// <param name="client">The generated netwerkpunt client (over the SDK's transport).</param>
    /// <param name="directory">The address book that gives the recipient's endpoint.</param>
    /// <param name="identity">The sending party; it fills afzenderIDType and afzenderID.</param>
    public NotificatieSender(INetwerkpuntClient client, IServiceDirectory directory, IWlzPartyIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(identity);
        _sender = new NetwerkpuntSender(client, directory, identity);
    }

    /// <summary>For mocking libraries only.</summary>
    protected NotificatieSender()
    {
    }

    /// <inheritdoc />
    public virtual Task<SendResult> SendAsync(OutgoingNotificatie notificatie, CancellationToken cancellationToken = default) =>
        _sender.SendAsync(notificatie, cancellationToken);
}
