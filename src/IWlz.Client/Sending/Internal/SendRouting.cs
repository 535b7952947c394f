using IWlz.Client.AddressBook;
using IWlz.Client.Configuration;
using IWlz.Client.Notifications;

namespace IWlz.Client.Sending.Internal;

/// <summary>Works out where a message goes (endpoint by address-book role) and with which scope.</summary>
internal static class SendRouting
{
    public static IWlzPartyRole RecipientRole(IDType idType, bool melding) => idType switch
    {
        IDType.AGB => IWlzPartyRole.Zorgaanbieder,
        IDType.UZOVI => IWlzPartyRole.Zorgkantoor,
        IDType.KVK when melding => IWlzPartyRole.Indicatieorgaan,
        _ => IWlzPartyRole.Unspecified,
    };

    /// <summary>The address-book role: meldingen go to MELDING; notifications about indications to NOTIFICATIE_INDICATIE, the rest to NOTIFICATIE_BEMIDDELING.</summary>
    public static string SystemRole(OutgoingMessage message) =>
        message is OutgoingMelding ? "MELDING"
        : NotificationCatalogue.FindPreferred(message.EventType)?.Register == Registers.IWlzRegister.Indicatieregister ? "NOTIFICATIE_INDICATIE"
        : "NOTIFICATIE_BEMIDDELING";

    public static ServiceEndpoint? FindEndpoint(IServiceDirectory directory, OutgoingMessage message, string role) =>
        directory.FindByOrganisation(message.Ontvanger.Id, role)
        ?? (message.Ontvanger.IdType == IDType.KVK ? directory.FindByOrganisation("CIZ", role) : null);
}
