using System.Runtime.CompilerServices;
using IWlz.Client.Certificates;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Audit.Internal;

/// <summary>
/// Builds the records the SDK writes, with what the SDK knows: Gebeurteniscode, Actiecode, the UTC start
/// time, Resultaat, the system user (the certificate's subject), the objects, Zoekvraag (the operation name
/// only, never the document or its variables) and Locatie. The host adds the responsible user, Controles,
/// Autorisatieprotocol and Toestemmingsprofiel through <see cref="AuditContext"/> or an enricher;
/// <see cref="DefaultAuditTrail"/> fills Bron and the system user's role from <see cref="AuditOptions"/>.
/// </summary>
internal static class AuditRecordFactory
{
    private const string RegisterIdentifierType = "iwlz.register";
    private const string AudienceIdentifierType = "iwlz.audience";

    // The access point does not change while the process runs; reading it asks the operating system each time.
    private static readonly string MachineName = Environment.MachineName;

    // Locatie of an endpoint, per Uri instance (the same instance call after call), so it is cut once.
    private static readonly ConditionalWeakTable<Uri, string> Locations = [];

    /// <summary>
    /// A query (R), a notification or melding sent (C), or another mutation (C). The record takes the list of
    /// objects read from the request body over (it is not copied); <see langword="null"/> when nothing was sent.
    /// </summary>
    internal static AuditRecord ForOperation(
        string operationName,
        GraphQLOperationKind kind,
        IReadOnlyList<string> rootFields,
        string register,
        List<AuditObject>? objects,
        DateTimeOffset startedAt,
        AuditResult result,
        ClientCertificate? certificate,
        Uri? location)
    {
        var (code, action) = kind == GraphQLOperationKind.Query
            ? (IWlzAuditEventCodes.Query, AuditAction.Read)
            : (CodeForMutation(rootFields), AuditAction.Create);
        var record = Create(code, action, startedAt, result, certificate, location, objects);
        if (record.Objects.Count == 0)
        {
            record.Objects.Add(new AuditObject { IdentifierType = RegisterIdentifierType, Identifier = register, Class = AuditObjectClass.SystemObject });
        }

        for (var i = 0; i < record.Objects.Count; i++)
        {
            record.Objects[i].Query ??= operationName;
        }

        return record;
    }

    /// <summary>A token request to nID (E). The object is the audience the token is for.</summary>
    internal static AuditRecord ForTokenRequest(Uri audience, Uri tokenEndpoint, DateTimeOffset startedAt, AuditResult result, ClientCertificate certificate)
    {
        var record = Create(IWlzAuditEventCodes.TokenRequest, AuditAction.Execute, startedAt, result, certificate, tokenEndpoint, objects: null);
        record.Objects.Add(new AuditObject { IdentifierType = AudienceIdentifierType, Identifier = audience.OriginalString, Class = AuditObjectClass.SystemObject });
        return record;
    }

    /// <summary>
    /// A notification or melding received (R), or sent (C) outside the executor. The objects are the
    /// subjects' record IDs.
    /// </summary>
    internal static AuditRecord ForMessage(
        AuditCode code,
        AuditAction action,
        string eventType,
        IReadOnlyList<AuditObject> objects,
        DateTimeOffset startedAt,
        AuditResult result,
        ClientCertificate? certificate,
        Uri? location)
    {
        var record = Create(code, action, startedAt, result, certificate, location, objects: null);
        foreach (var obj in objects)
        {
            obj.Query ??= eventType;
            record.Objects.Add(obj);
        }

        return record;
    }

    private static AuditCode CodeForMutation(IReadOnlyList<string> rootFields)
    {
        if (rootFields.Contains("zendNotificatie", StringComparer.Ordinal))
        {
            return IWlzAuditEventCodes.NotificatieSent;
        }

        return rootFields.Contains("zendMelding", StringComparer.Ordinal) ? IWlzAuditEventCodes.MeldingSent : IWlzAuditEventCodes.Mutation;
    }

    private static AuditRecord Create(AuditCode code, AuditAction action, DateTimeOffset startedAt, AuditResult result, ClientCertificate? certificate, Uri? location, List<AuditObject>? objects)
    {
        // The record's own Event and LogData are filled, not replaced: no throw-away objects per record.
        var record = objects is null ? new AuditRecord() : new AuditRecord(objects);
        record.Event.Code = code;
        record.Event.Action = action;
        record.Event.StartedAt = startedAt.ToUniversalTime();
        record.Event.Result = result;
        record.LogData.Location = location is null ? null : Locations.GetValue(location, static uri => uri.GetLeftPart(UriPartial.Path));
        record.Users.Add(new AuditUser
        {
            UserId = certificate?.Certificate.Subject,
            AccessPoint = MachineName,
            AccessPointType = AuditAccessPointType.MachineName,
        });
        return record;
    }
}
