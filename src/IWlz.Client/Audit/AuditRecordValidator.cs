namespace IWlz.Client.Audit;

/// <summary>Finds empty mandatory NEN 7513 fields in an audit record.</summary>
public static class AuditRecordValidator
{
    /// <summary>
    /// Returns the NEN 7513 names of mandatory fields that are empty, such as
    /// <c>Gebeurtenis.Actiecode</c> or <c>Object[0].Autorisatieprotocol</c>. Values are never included.
    /// </summary>
    /// <param name="record">The record to check.</param>
    /// <returns>The names; empty when the record is complete.</returns>
    public static IReadOnlyList<string> FindMissingFields(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var missing = new List<string>();
        if (record.Event.Code is null || string.IsNullOrWhiteSpace(record.Event.Code.Code))
        {
            missing.Add("Gebeurtenis.Gebeurteniscode");
        }

        if (record.Event.Action is null)
        {
            missing.Add("Gebeurtenis.Actiecode");
        }

        if (record.Event.StartedAt is null)
        {
            missing.Add("Gebeurtenis.DatumTijd");
        }

        if (record.Users.Count == 0)
        {
            missing.Add("Gebruiker");
        }

        for (var i = 0; i < record.Users.Count; i++)
        {
            var user = record.Users[i];
            if (string.IsNullOrWhiteSpace(user.UserId))
            {
                missing.Add($"Gebruiker[{i}].GebruikersID");
            }

            if (string.IsNullOrWhiteSpace(user.RoleCode))
            {
                missing.Add($"Gebruiker[{i}].Rol");
            }
        }

        if (record.Objects.Count == 0)
        {
            missing.Add("Object");
        }

        for (var i = 0; i < record.Objects.Count; i++)
        {
            var obj = record.Objects[i];
            if (string.IsNullOrWhiteSpace(obj.IdentifierType))
            {
                missing.Add($"Object[{i}].Identificatortype");
            }

            if (string.IsNullOrWhiteSpace(obj.Identifier))
            {
                missing.Add($"Object[{i}].Identificator");
            }

            if (string.IsNullOrWhiteSpace(obj.AuthorizationProtocol))
            {
                missing.Add($"Object[{i}].Autorisatieprotocol");
            }

            if (obj.Class == AuditObjectClass.Person && string.IsNullOrWhiteSpace(obj.ConsentProfile))
            {
                missing.Add($"Object[{i}].Toestemmingsprofiel");
            }
        }

        if (string.IsNullOrWhiteSpace(record.LogData.Source))
        {
            missing.Add("Loggegevens.Bron");
        }

        return missing;
    }
}
