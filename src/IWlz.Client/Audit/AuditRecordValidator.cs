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
        Walk(record, missing);
        return missing;
    }

    /// <summary>Whether every mandatory field is filled; allocates nothing (the names are made only by <see cref="FindMissingFields"/>).</summary>
    internal static bool IsComplete(AuditRecord record) => Walk(record, null);

    /// <summary>
    /// The one walk over the mandatory fields. With <paramref name="missing"/> it collects every missing name;
    /// without, it stops at the first gap and formats nothing.
    /// </summary>
    /// <returns>Whether the record is complete.</returns>
    private static bool Walk(AuditRecord record, List<string>? missing)
    {
        var complete = true;
        complete &= Has(record.Event.Code is not null && !string.IsNullOrWhiteSpace(record.Event.Code.Code), missing, "Gebeurtenis.Gebeurteniscode");
        complete &= Has(record.Event.Action is not null, missing, "Gebeurtenis.Actiecode");
        complete &= Has(record.Event.StartedAt is not null, missing, "Gebeurtenis.DatumTijd");
        complete &= Has(record.Users.Count > 0, missing, "Gebruiker");
        if (!complete && missing is null)
        {
            return false;
        }

        for (var i = 0; i < record.Users.Count; i++)
        {
            var user = record.Users[i];
            complete &= Has(!string.IsNullOrWhiteSpace(user.UserId), missing, "Gebruiker", i, "GebruikersID");
            complete &= Has(!string.IsNullOrWhiteSpace(user.RoleCode), missing, "Gebruiker", i, "Rol");
            if (!complete && missing is null)
            {
                return false;
            }
        }

        complete &= Has(record.Objects.Count > 0, missing, "Object");
        for (var i = 0; i < record.Objects.Count; i++)
        {
            var obj = record.Objects[i];
            complete &= Has(!string.IsNullOrWhiteSpace(obj.IdentifierType), missing, "Object", i, "Identificatortype");
            complete &= Has(!string.IsNullOrWhiteSpace(obj.Identifier), missing, "Object", i, "Identificator");
            complete &= Has(!string.IsNullOrWhiteSpace(obj.AuthorizationProtocol), missing, "Object", i, "Autorisatieprotocol");
            complete &= Has(obj.Class != AuditObjectClass.Person || !string.IsNullOrWhiteSpace(obj.ConsentProfile), missing, "Object", i, "Toestemmingsprofiel");
            if (!complete && missing is null)
            {
                return false;
            }
        }

        complete &= Has(!string.IsNullOrWhiteSpace(record.LogData.Source), missing, "Loggegevens.Bron");
        return complete;
    }

    private static bool Has(bool present, List<string>? missing, string name)
    {
        if (!present)
        {
            missing?.Add(name);
        }

        return present;
    }

    // The indexed name is formatted only when it is collected.
    private static bool Has(bool present, List<string>? missing, string block, int index, string field)
    {
        if (!present)
        {
            missing?.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{block}[{index}].{field}"));
        }

        return present;
    }
}
