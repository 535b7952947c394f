using System.Globalization;
using System.Text.Json.Nodes;
using GraphQLParser.AST;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Internal.Data;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Tokens;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>
/// The PDP's template policies for register queries (security.md §5), in C#: the request must be a
/// subset of a template published for the caller's role; the template's own-identity variables must
/// equal the caller's AGB/UZOVI; derived date variables must be derived correctly and today must be
/// inside the window they open; and some templates need a PIP fact from the Bemiddelingsregister.
/// </summary>
internal static class TemplatePolicy
{
    /// <summary>Template variables that must carry the caller's own code (compared case-insensitively).</summary>
    internal static readonly HashSet<string> OwnIdentityVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "instelling", "agbCodeInstelling", "aanbieder", "uitvoerendZorgkantoor", "verantwoordelijkZorgkantoor",
        "initieelVerantwoordelijkZorgkantoor", "uzoviCode",
    };

    public static (PepDenial? Denial, string? TemplateId) Evaluate(
        SimulatorContext context,
        IssuedToken token,
        ServiceTarget target,
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        GraphQLField root,
        JsonObject? variables)
    {
        var rootName = root.Name.StringValue;
        var role = token.Subject.Role;
        var reasons = new List<string>();
        foreach (var template in QueryTemplate.For(target.Kind).Where(t => t.RootField == rootName))
        {
            if (template.Role is { } templateRole && templateRole != role)
            {
                reasons.Add($"{template.Id} is for a {templateRole.ToString().ToLowerInvariant()}");
                continue;
            }

            var matcher = new SelectionMatcher(document, operation, variables);
            var reason = matcher.Match(template.Operation, template.Root, root)
                ?? CheckIdentity(template, matcher, token)
                ?? CheckDateWindows(context, matcher)
                ?? CheckPip(context, template, matcher, token);
            if (reason is null)
            {
                return (null, template.Id);
            }

            reasons.Add($"{template.Id}: {reason}");
        }

        if (OwnRegisterQuery(token, target, root, operation, variables))
        {
            return (null, null);
        }

        var detail = reasons.Count == 0 ? "no template allows this query" : string.Join("; ", reasons);
        return (new PepDenial(403, "FORBIDDEN", $"{rootName}: Policy: Access Denied ({detail})"), null);
    }

    private static string? CheckIdentity(QueryTemplate template, SelectionMatcher matcher, IssuedToken token)
    {
        foreach (var variable in template.Variables.Where(OwnIdentityVariables.Contains))
        {
            var own = token.Subject.Role switch
            {
                PartyRole.Zorgaanbieder => token.Agb,
                PartyRole.Zorgkantoor => token.Uzovi,
                _ => null,
            };
            var kind = token.Subject.Role == PartyRole.Zorgkantoor ? "UZOVI" : "AGB";
            if (!matcher.Bindings.TryGetValue(variable, out var value) || own is null || Text(value) != own)
            {
                return $"${variable} must be the caller's own {kind} code";
            }
        }

        return null;
    }

    private static string? CheckDateWindows(SimulatorContext context, SelectionMatcher matcher)
    {
        var today = DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var einddatum = Date(Find(matcher, "ToewijzingEinddatum"));
        if (Find(matcher, "ToewijzingEinddatum2Jaar") is { } twoYears)
        {
            var until = Date(twoYears);
            if (einddatum is null || until != einddatum.Value.AddYears(2))
            {
                return "$ToewijzingEinddatum2Jaar must be $ToewijzingEinddatum plus 2 years";
            }

            if (today > until)
            {
                return $"contact data is only available until toewijzingEinddatum + 2 years ({Format(until.Value)})";
            }
        }

        if (Find(matcher, "ToewijzingEinddatum31Mei") is { } may31)
        {
            var until = Date(may31);
            if (einddatum is null || until != new DateOnly(einddatum.Value.Year + 1, 5, 31))
            {
                return "$ToewijzingEinddatum31Mei must be 31 May of the year after $ToewijzingEinddatum";
            }

            if (today > until)
            {
                return $"overlapping specificaties are only available until 31 May of the year after toewijzingEinddatum ({Format(until.Value)})";
            }
        }

        return null;
    }

    private static string? CheckPip(SimulatorContext context, QueryTemplate template, SelectionMatcher matcher, IssuedToken token)
    {
        var snapshot = context.Store.Current;
        var indicatieId = Guid.TryParse(Text(Find(matcher, "wlzIndicatieID")), out var id) ? id : (Guid?)null;
        if (template.Id.StartsWith("QIR-0004", StringComparison.Ordinal))
        {
            var executes = snapshot.All<BemiddelingspecificatieRecord>().Any(s =>
                s.UitvoerendZorgkantoor == token.Uzovi && snapshot.Find<BemiddelingRecord>(s.BemiddelingID)?.WlzIndicatieID == indicatieId);
            return executes ? null : "PIP: the caller is not the uitvoerend zorgkantoor of a bemiddelingspecificatie for this indicatie";
        }

        if (template.Id.StartsWith("QIR-0003", StringComparison.Ordinal))
        {
            var takesOver = snapshot.All<OverdrachtRecord>().Any(o =>
                o.VerantwoordelijkZorgkantoor == token.Uzovi && snapshot.Find<BemiddelingRecord>(o.BemiddelingID)?.WlzIndicatieID == indicatieId);
            return takesOver ? null : "PIP: there is no overdracht of this indicatie to the caller";
        }

        if (template.Id.StartsWith("QIR-0002", StringComparison.Ordinal))
        {
            var delivers = snapshot.All<BemiddelingspecificatieRecord>().Any(s =>
                s.Instelling == token.Agb && snapshot.Find<BemiddelingRecord>(s.BemiddelingID)?.WlzIndicatieID == indicatieId);
            return delivers ? null : "PIP: the caller has no bemiddelingspecificatie for this indicatie";
        }

        return null;
    }

    /// <summary>
    /// POL110/POL111: a zorgkantoor may query the <c>bemiddeling</c> and <c>client</c> roots of its own
    /// register when the filter restricts the result to its own responsibility.
    /// </summary>
    private static bool OwnRegisterQuery(IssuedToken token, ServiceTarget target, GraphQLField root, GraphQLOperationDefinition operation, JsonObject? variables)
    {
        if (token.Subject.Role != PartyRole.Zorgkantoor || target.Owner.Code != token.Uzovi)
        {
            return false;
        }

        var where = root.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "where");
        if (where is null || GraphQLValues.Resolve(where.Value, operation, variables) is not JsonObject filter)
        {
            return false;
        }

        return root.Name.StringValue switch
        {
            "bemiddeling" => Eq(filter["verantwoordelijkZorgkantoor"], token.Uzovi),
            "client" => filter["bemiddeling"] is JsonObject list && (Eq(list["some"]?["verantwoordelijkZorgkantoor"], token.Uzovi) || Eq(list["all"]?["verantwoordelijkZorgkantoor"], token.Uzovi)),
            _ => false,
        };
    }

    private static bool Eq(JsonNode? operation, string? expected) =>
        expected is not null && operation is JsonObject o && o.Count == 1 && Text(o["eq"]) == expected;

    private static JsonNode? Find(SelectionMatcher matcher, string name) =>
        matcher.Bindings.FirstOrDefault(b => string.Equals(b.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateOnly? Date(JsonNode? node) =>
        DateOnly.TryParseExact(Text(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
