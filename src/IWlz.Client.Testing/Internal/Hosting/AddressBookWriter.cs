using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Hosting;

/// <summary>
/// Writes the simulated network in the iWlz adresboek format (<c>electronicServices[]</c>, JSON
/// Schema <c>zab_electronicservices</c>): one REGISTER, NOTIFICATIE and MELDING service per party,
/// each with the simulator's PEP and token endpoint.
/// </summary>
internal static class AddressBookWriter
{
    public static JsonObject Build(SimulatorContext context)
    {
        var services = new JsonArray();
        foreach (var party in context.Parties.All)
        {
            var id = party.Role == PartyRole.Ciz ? "CIZ" : party.Code;
            var register = party.Role switch
            {
                PartyRole.Ciz => "Wlz Indicatieregister",
                PartyRole.Zorgkantoor => "Bemiddelingsregister",
                _ => "Leveringsregister",
            };
            services.Add(Service(context, $"{id}_REGISTER_TST", $"Simulated {register} of {party.Name}", $"TEST - {register} {party.Name}", [("REGISTER", party.RegisterUri)]));
            if (party.Role != PartyRole.Ciz)
            {
                var roles = party.Role == PartyRole.Zorgkantoor
                    ? new[] { ("NOTIFICATIE_INDICATIE", party.EffectiveNetwerkpuntUri), ("NOTIFICATIE_BEMIDDELING", party.EffectiveNetwerkpuntUri) }
                    : [("NOTIFICATIE_BEMIDDELING", party.EffectiveNetwerkpuntUri)];
                services.Add(Service(context, $"{id}_NOTIFICATIE_TST", $"Notifications for {party.Name}", $"TEST - Notificaties {party.Name}", roles));
            }

            services.Add(Service(context, $"{id}_MELDING_TST", $"Meldingen for {party.Name}", $"TEST - Meldingen {party.Name}", [("MELDING", party.EffectiveNetwerkpuntUri)]));
        }

        return new JsonObject
        {
            ["_comment"] = "Simulated iWlz network (IWlz.Client.Testing); fictional parties on 127.0.0.1.",
            ["electronicServices"] = services,
        };
    }

    public static string ToJson(SimulatorContext context) =>
        Build(context).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Service(SimulatorContext context, string gegevensdienstId, string description, string weergavenaam, IEnumerable<(string Code, Uri Uri)> roles) => new()
    {
        ["description"] = description,
        ["gegevensdienstId"] = gegevensdienstId,
        ["weergavenaam"] = weergavenaam,
        ["authorizationEndpoint"] = new JsonObject { ["authorizationEndpointuri"] = context.PepEndpoint.AbsoluteUri },
        ["tokenEndpoint"] = new JsonObject { ["tokenEndpointuri"] = context.TokenEndpoint.AbsoluteUri },
        ["systeemrollen"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject
        {
            ["systeemrolcode"] = r.Code,
            ["resourceEndpoint"] = new JsonObject { ["resourceEndpointuri"] = r.Uri.AbsoluteUri },
        })]),
    };
}
