using System.Globalization;
using System.Xml;

namespace IWlz.Client.Audit;

/// <summary>
/// Writes audit records as XML with one element per RFC0021 §5 (NEN 7513) field, for export. RFC0021
/// has no XML schema yet; element names follow its Dutch field names. Empty optional fields are omitted.
/// </summary>
public static class AuditRecordXmlSerializer
{
    /// <summary>The XML namespace of the elements.</summary>
    public const string Namespace = "urn:iwlz-client:audit:nen7513:1";

    /// <summary>Serialises one record to an XML string.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The XML document text.</returns>
    public static string Serialize(AuditRecord record)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            Write(writer, record);
        }

        return text.ToString();
    }

    /// <summary>Writes one record as an <c>Auditlogregel</c> element.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="record">The record.</param>
    public static void Write(XmlWriter writer, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);

        writer.WriteStartElement("Auditlogregel", Namespace);

        writer.WriteStartElement("Gebeurtenis", Namespace);
        if (record.Event.Code is { } code)
        {
            writer.WriteStartElement("Gebeurteniscode", Namespace);
            writer.WriteAttributeString("code", code.Code);
            WriteAttributeIfSet(writer, "codeSystem", code.CodeSystem);
            WriteAttributeIfSet(writer, "codeSystemName", code.CodeSystemName);
            WriteAttributeIfSet(writer, "displayName", code.DisplayName);
            WriteAttributeIfSet(writer, "originalText", code.OriginalText);
            writer.WriteEndElement();
        }

        WriteIfSet(writer, "Actiecode", record.Event.Action is { } action ? ActionCode(action) : null);
        WriteIfSet(writer, "DatumTijd", record.Event.StartedAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        WriteIfSet(writer, "Resultaat", record.Event.Result is { } result ? ((int)result).ToString(CultureInfo.InvariantCulture) : null);
        WriteIfSet(writer, "Controles", record.Event.Checks?.ToString());
        writer.WriteEndElement();

        foreach (var user in record.Users)
        {
            writer.WriteStartElement("Gebruiker", Namespace);
            WriteIfSet(writer, "GebruikersID", user.UserId);
            WriteIfSet(writer, "Rol", user.RoleCode);
            WriteIfSet(writer, "Gebruikersnaam", user.Name);
            WriteIfSet(writer, "VerantwoordelijkeGebruikersID", user.ResponsibleUserId);
            WriteIfSet(writer, "VerantwoordelijkeRol", user.ResponsibleUserRoleCode);
            WriteIfSet(writer, "VerantwoordelijkeGebruikersnaam", user.ResponsibleUserName);
            WriteIfSet(writer, "ToegangspuntID", user.AccessPoint);
            WriteIfSet(writer, "ToegangspuntType", user.AccessPointType is { } type ? ((int)type).ToString(CultureInfo.InvariantCulture) : null);
            writer.WriteEndElement();
        }

        foreach (var obj in record.Objects)
        {
            writer.WriteStartElement("Object", Namespace);
            WriteIfSet(writer, "Identificatortype", obj.IdentifierType);
            WriteIfSet(writer, "Identificator", obj.Identifier);
            WriteIfSet(writer, "Klasse", obj.Class is { } cls ? ((int)cls).ToString(CultureInfo.InvariantCulture) : null);
            WriteIfSet(writer, "Autorisatieprotocol", obj.AuthorizationProtocol);
            WriteIfSet(writer, "Toestemmingsprofiel", obj.ConsentProfile);
            WriteIfSet(writer, "Behandelrelatieprotocol", obj.TreatmentRelationProtocol);
            WriteIfSet(writer, "Zoekvraag", obj.Query);
            writer.WriteEndElement();
        }

        writer.WriteStartElement("Loggegevens", Namespace);
        WriteIfSet(writer, "Bron", record.LogData.Source);
        WriteIfSet(writer, "Locatie", record.LogData.Location);
        writer.WriteEndElement();

        WriteIfSet(writer, "TraceId", record.TraceId);
        WriteIfSet(writer, "SpanId", record.SpanId);

        writer.WriteEndElement();
    }

    private static string ActionCode(AuditAction action) => action switch
    {
        AuditAction.Create => "C",
        AuditAction.Read => "R",
        AuditAction.Update => "U",
        AuditAction.Delete => "D",
        AuditAction.Execute => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown Actiecode."),
    };

    private static void WriteIfSet(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(name, Namespace, value);
        }
    }

    private static void WriteAttributeIfSet(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteAttributeString(name, value);
        }
    }
}
