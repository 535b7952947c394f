using System.Threading.Channels;
using IWlz.Client.Inbox;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Notifications;

namespace Zorgkantoor;

/// <summary>
/// Handles NIEUWE_INDICATIE_ZORGKANTOOR: the CIZ issued an indicatie for which we are initially responsible.
/// The notification is a hint, so the handler reads the indicatie from the Indicatieregister (QIR-0001-ZKi).
/// </summary>
internal sealed class NieuweIndicatieHandler(IIndicatieregisterClient indicatieregister, GelezenIndicaties gelezen)
    : INotificationHandler<NieuweIndicatieZorgkantoor>
{
    public async Task HandleAsync(NieuweIndicatieZorgkantoor notification, InboundMessage context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Received {notification.EventType} from the CIZ ({notification.Afzender.IdType} {notification.Afzender.Id})");

        // <snippet:zorgkantoor-handler>
        // QIR-0001-ZKi: our own UZOVI code fills initieelVerantwoordelijkZorgkantoor; the address book names the CIZ's register.
        var indicaties = await indicatieregister.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(notification.WlzIndicatieID, cancellationToken: cancellationToken);
        foreach (var indicatie in indicaties)
        {
            var zzp = indicatie.GeindiceerdZorgzwaartepakket.OrderByDescending(z => z.Ingangsdatum).First();
            Console.WriteLine($"QIR-0001-ZKi: indicatie {indicatie.WlzindicatieID}, besluit {indicatie.Besluitnummer}, from {indicatie.Ingangsdatum:yyyy-MM-dd}");
            Console.WriteLine($"  zzp {zzp.ZzpCode}, client {indicatie.Client.Geslachtsnaam}, BSN ******{indicatie.Bsn[^3..]}");
            await gelezen.AddAsync(new GelezenIndicatie(indicatie.WlzindicatieID, indicatie.Bsn, indicatie.Ingangsdatum, zzp.ZzpCode), cancellationToken);
        }
        // </snippet:zorgkantoor-handler>
    }
}

/// <summary>What the sample keeps of a read indicatie to allocate care.</summary>
internal sealed record GelezenIndicatie(Guid WlzindicatieID, string Bsn, DateOnly Ingangsdatum, string ZzpCode);

/// <summary>Hands the read indicaties to the main flow.</summary>
internal sealed class GelezenIndicaties
{
    private readonly Channel<GelezenIndicatie> _channel = Channel.CreateUnbounded<GelezenIndicatie>();

    public ValueTask AddAsync(GelezenIndicatie indicatie, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(indicatie, cancellationToken);

    public async Task<GelezenIndicatie> NextAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        return await _channel.Reader.ReadAsync(cancellation.Token);
    }
}
