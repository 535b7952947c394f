using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Leveringsregister;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DocSnippets;

/// <summary>docs/registers.md.</summary>
internal static class RegisterSnippets
{
    public static async Task UseAsync(
        HostApplicationBuilder builder, IServiceProvider services, NieuweBemiddelingspecificatieZorgaanbieder notificatie, CancellationToken cancellationToken)
    {
        // <snippet:registers-use>
        builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz"));
        // ...
        var bemiddelingsregister = services.GetRequiredService<IBemiddelingsregisterClient>();
        var specificaties = await bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(
            notificatie.BemiddelingspecificatieID,
            new RegisterRequestOptions { Bronhouder = notificatie.Afzender.Id },   // the zorgkantoor that notified
            cancellationToken);
        // </snippet:registers-use>
    }

    public static async Task IndicatieAsync(IIndicatieregisterClient indicatieregister, NieuweIndicatieZorgkantoor e, CancellationToken ct)
    {
        // <snippet:registers-indicatie>
        var indicaties = await indicatieregister.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(e.WlzIndicatieID, cancellationToken: ct);
        foreach (var zzp in indicaties.SelectMany(i => i.GeindiceerdZorgzwaartepakket))
        {
            Console.WriteLine($"{zzp.ZzpCode} from {zzp.Ingangsdatum:yyyy-MM-dd}");
        }
        // </snippet:registers-indicatie>
    }

    public static async Task OverzichtAsync(IBemiddelingsregisterClient bemiddelingsregister, Guid id, RegisterRequestOptions options, CancellationToken ct)
    {
        // <snippet:registers-overzicht>
        var eigen = (await bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(id, options, ct)).Single();
        if (eigen.ToewijzingEinddatum is { } einde)
        {
            var overzicht = await bemiddelingsregister.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(
                id, eigen.ToewijzingIngangsdatum, einde, options, ct);
        }
        else
        {
            var overzicht = await bemiddelingsregister.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(
                id, eigen.ToewijzingIngangsdatum, options, ct);
        }
        // </snippet:registers-overzicht>
    }

    public static void EnableLeveringsregister(HostApplicationBuilder builder, IConfiguration configuration)
    {
        // <snippet:registers-leveringsregister-enable>
#pragma warning disable IWLZEXP001
        builder.Services.AddIWlzClient(configuration.GetSection("IWlz")).AddLeveringsregisterClient();
#pragma warning restore IWLZEXP001
        // </snippet:registers-leveringsregister-enable>
    }

#pragma warning disable IWLZEXP001
    public static async Task VerzoekAsync(ILeveringsregisterClient leveringsregister, NieuwVerzoekZorgkantoor e, CancellationToken ct)
    {
        // <snippet:registers-leveringsregister-verzoek>
        var verzoeken = await leveringsregister.GetVerzoekVoorZorgkantoorAsync(e.VerzoekID, new() { Bronhouder = e.Afzender.Id }, ct);
        // </snippet:registers-leveringsregister-verzoek>
    }
#pragma warning restore IWLZEXP001
}
