using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IWlz.Client;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using Microsoft.Extensions.DependencyInjection;

namespace Demo;

/// <summary>Step 6: two queries the network does not allow, and the typed errors that say why.</summary>
internal static class Refusals
{
    // QBR-0001-ZA plus the client's contact data, which that template does not publish.
    private const string WithContactData = """
        query MetContactgegevens($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
          bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) {
            bemiddelingspecificatieID
            bemiddeling { client { bsn contactgegevens { telefoonnummer01 } } }
          }
        }
        """;

    /// <summary>A hand-written query with a field outside the template: the SDK refuses it before sending.</summary>
    public static async Task OutOfTemplateFieldAsync(IServiceProvider services, Uri register, string agb, Guid specificatieId, CancellationToken ct)
    {
        var operation = new GraphQLOperation<Dictionary<string, string>, JsonElement>(
            "MetContactgegevens", GraphQLOperationKind.Query, WithContactData,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(WithContactData))),
            "Bemiddelingsregister", ["bemiddelingspecificatie"],
            DemoJson.Default.DictionaryStringString, DemoJson.Default.JsonElement)
        { TemplateId = IWlzTemplates.QBR0001ZA };
        var variables = new Dictionary<string, string> { ["BemiddelingspecificatieID"] = specificatieId.ToString(), ["Instelling"] = agb };
        try
        {
            await services.GetRequiredService<IGraphQLExecutor>().ExecuteAsync(operation, variables, new GraphQLRequestOptions { ResourceUri = register }, ct);
            throw new InvalidOperationException("The out-of-template query was not refused.");
        }
        catch (TemplateViolationException refused)
        {
            Show.Detail("a) query", "QBR-0001-ZA plus client.contactgegevens");
            Show.Detail("   refused by", "the SDK's template guard, before anything was sent");
            Show.Detail("   error", $"{nameof(TemplateViolationException)}: {refused.Violation}");
            Show.Detail("   reason", $"field '{refused.FieldPath}' is not in template {refused.TemplateId}");
        }
    }

    /// <summary>
    /// QBR-0002-ZA for a toewijzing that ended three years ago: the template's contact data are only available
    /// until two years after the end date. The request is a valid template, so only the PEP can refuse it.
    /// </summary>
    public static async Task OutsideDateWindowAsync(IBemiddelingsregisterClient register, NieuweBemiddelingspecificatieZorgaanbieder notification, DateOnly today, CancellationToken ct)
    {
        try
        {
            await register.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(
                notification.BemiddelingspecificatieID, today.AddYears(-4), today.AddYears(-3),
                new RegisterRequestOptions { Bronhouder = notification.Afzender.Id }, ct);
            throw new InvalidOperationException("The query outside the date window was not refused.");
        }
        catch (IWlzException refused) when (refused.Kind == IWlzErrorKind.AccessDenied)
        {
            Show.Detail("b) query", "QBR-0002-ZA with a toewijzing that ended three years ago");
            Show.Detail("   refused by", $"the PEP (HTTP {refused.StatusCode} {refused.ErrorCode})");
            Show.Detail("   error", $"{nameof(IWlzException)}: {refused.Kind} ({refused.ErrorSource}), template {refused.TemplateId}");
            // The simulated PEP gives a reason per template it compared; the real PEP says less.
            var reasons = (refused.ServerMessage ?? "").Split(" (", 2);
            Show.Detail("   reason", reasons[0]);
            Show.Detail("   detail", reasons.Length > 1 ? reasons[1].Split("; ").FirstOrDefault(r => r.StartsWith(IWlzTemplates.QBR0002ZA, StringComparison.Ordinal)) : null);
            Show.Detail("   trace id", refused.TraceId);
        }
    }
}

[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DemoJson : JsonSerializerContext;
