using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;

namespace Zorgaanbieder;

/// <summary>
/// Handles NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER: a zorgkantoor allocated care to us. Notifications are
/// hints and may come twice or out of order, so the handler always reads the current state and is idempotent.
/// </summary>
internal sealed class NieuweToewijzingHandler(
    INotificationFollowUp followUp, IBemiddelingsregisterClient bemiddelingsregister, Finished finished)
    : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
{
    public async Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Received {notification.EventType} from zorgkantoor {notification.Afzender.Id}");

        // <snippet:zorgaanbieder-handler>
        // QBR-0001-ZA on the Bemiddelingsregister of the zorgkantoor that sent the notification.
        var result = await followUp.RunAsync(notification, cancellationToken);
        var eigen = result.Records.OfType<BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>().SingleOrDefault();
        if (eigen is null)
        {
            return; // withdrawn in the meantime, or no longer ours: nothing to do
        }

        // Then the overview: QBR-0002-ZA when the toewijzing has an end date, QBR-0003-ZA when it has none.
        var register = new RegisterRequestOptions { Bronhouder = notification.Afzender.Id };
        var overzicht = eigen.ToewijzingEinddatum is { } einde
            ? Overzicht.From(await bemiddelingsregister.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(
                eigen.BemiddelingspecificatieID, eigen.ToewijzingIngangsdatum, einde, register, cancellationToken))
            : Overzicht.From(await bemiddelingsregister.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(
                eigen.BemiddelingspecificatieID, eigen.ToewijzingIngangsdatum, register, cancellationToken));
        // </snippet:zorgaanbieder-handler>

        Console.WriteLine($"{result.TemplateId}: specificatie {eigen.BemiddelingspecificatieID}");
        Console.WriteLine($"  zzp {eigen.ZzpCode}, leveringsvorm {eigen.Leveringsvorm}, from {eigen.ToewijzingIngangsdatum:yyyy-MM-dd} until {eigen.ToewijzingEinddatum:yyyy-MM-dd}");
        Console.WriteLine($"  client BSN ******{eigen.Bemiddeling.Client.Bsn[^3..]}, wlzIndicatie {eigen.Bemiddeling.WlzIndicatieID}");
        Console.WriteLine($"{overzicht.TemplateId}: {overzicht.Specificaties} specificatie(s) in the bemiddeling, {overzicht.Contactpersonen} contactpersoon/personen, {overzicht.Regiehouders} regiehouder(s)");
        finished.Signal();
    }
}

/// <summary>What the sample prints of the overview; QBR-0002-ZA and QBR-0003-ZA have their own result types.</summary>
internal sealed record Overzicht(string TemplateId, int Specificaties, int Contactpersonen, int Regiehouders)
{
    public static Overzicht From(IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumResult.BemiddelingspecificatieData> found) =>
        new(IWlzTemplates.QBR0002ZA, found.Sum(s => s.Bemiddeling.Bemiddelingspecificatie.Count), found.Sum(s => s.Bemiddeling.Client.Contactpersoon.Count), found.Sum(s => s.Bemiddeling.Regiehouder.Count));

    public static Overzicht From(IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumResult.BemiddelingspecificatieData> found) =>
        new(IWlzTemplates.QBR0003ZA, found.Sum(s => s.Bemiddeling.Bemiddelingspecificatie.Count), found.Sum(s => s.Bemiddeling.Client.Contactpersoon.Count), found.Sum(s => s.Bemiddeling.Regiehouder.Count));
}

/// <summary>Lets the console app exit once the handler has run.</summary>
internal sealed class Finished
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Signal() => _done.TrySetResult();

    public async Task<bool> WaitAsync(TimeSpan timeout) => await Task.WhenAny(_done.Task, Task.Delay(timeout)) == _done.Task;
}
