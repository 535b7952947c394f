using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQLParser.AST;
using IWlz.Client.Notifications;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Tokens;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>
/// The PDP checks on <c>zendNotificatie</c> and <c>zendMelding</c> (security.md §4–5, data-services.md
/// §3.2): the sender's <c>instantie_type</c>, its ID type and code, the event type, the receiver and
/// the scope for the receiver's organisation type. Refusals are 400 GRAPHQL_VALIDATION_FAILED.
/// The event types and their sender and receiver ID types are those of the SDK's <see cref="NotificationCatalogue"/>.
/// </summary>
internal static partial class NotificationPolicy
{
    private const string Foutmelding = "IWLZFOUTMELDING";

    public static PepDenial? Evaluate(IssuedToken token, ServiceTarget target, GraphQLField root, GraphQLOperationDefinition operation, JsonObject? variables)
    {
        var op = root.Name.StringValue;
        var melding = op == "zendMelding";
        var anyScope = melding ? AnyMeldingScope() : AnyNotificatieScope();
        if (!token.Scopes.Any(s => anyScope.IsMatch(s)))
        {
            return new PepDenial(400, "BAD_REQUEST", $"{op}: Scope is not allowed");
        }

        var argument = root.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == (melding ? "meldingInput" : "notificatieInput"));
        if (argument is null || GraphQLValues.Resolve(argument.Value, operation, variables) is not JsonObject input)
        {
            // Leave malformed input to the netwerkpunt's schema validation.
            return null;
        }

        string? Field(string name) => input[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var ontvangerType = Field("ontvangerIDType");

        if (token.InstantieType is null)
        {
            return Invalid(op, "instantie_type claim not found");
        }

        var expectedAfzenderType = token.InstantieType switch
        {
            "zorgaanbieder" => "AGB",
            "zorgkantoor" => "UZOVI",
            "indicatieorgaan" => "KVK",
            _ => null,
        };
        if (Field("afzenderIDType") != expectedAfzenderType)
        {
            return Invalid(op, "afzender_type is not valid");
        }

        if (Field("afzenderID") != token.Subject.Code)
        {
            return Invalid(op, "afzender is not valid");
        }

        var eventType = Field("eventType");
        if (melding)
        {
            if (eventType != Foutmelding)
            {
                return Invalid(op, "event_type is not valid");
            }
        }
        else if (Route(eventType) is not { } route || route.Sender != expectedAfzenderType)
        {
            return Invalid(op, "event_type is not valid");
        }
        else if (route.Receiver != ontvangerType)
        {
            return Invalid(op, "ontvanger is not valid");
        }

        if (ontvangerType != target.Owner.IdType || Field("ontvangerID") != target.Owner.Code)
        {
            return Invalid(op, "ontvanger is not valid");
        }

        var organisation = Scopes.OrganisationTypeOfIdType(ontvangerType);
        var required = melding ? Scopes.Melding(organisation!) : Scopes.Notificatie(organisation!);
        if (!token.Scopes.Contains(required))
        {
            return Invalid(op, "Scope for `ontvangerIDType` not valid.");
        }

        return null;
    }

    /// <summary>
    /// The sender's and receiver's ID types of an event type. Only the canonical upper-case spelling is an
    /// event type on the wire; the catalogue's case-insensitive lookup is for reading received messages.
    /// All versions of an event type share their ID types, so the first row answers.
    /// </summary>
    private static (string Sender, string Receiver)? Route(string? eventType)
    {
        var entry = NotificationCatalogue.FindByEventType(eventType).FirstOrDefault(e => string.Equals(e.EventType, eventType, StringComparison.Ordinal));
        return entry is null ? null : (IDTypes.ToWireValue(entry.SenderIdType), IDTypes.ToWireValue(entry.ReceiverIdType));
    }

    private static PepDenial Invalid(string op, string message) => new(400, "GRAPHQL_VALIDATION_FAILED", $"{op}: {message}");

    [GeneratedRegex(@"^organisaties/[^\s/:]+/notificaties/notificatie:create$")]
    private static partial Regex AnyNotificatieScope();

    [GeneratedRegex(@"^organisaties/[^\s/:]+/meldingen/melding:create$")]
    private static partial Regex AnyMeldingScope();
}
