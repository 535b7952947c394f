using System.Text.Json;

namespace IWlz.Client.AddressBook.Internal;

/// <summary>Reads the adresboek JSON and checks each entry against the published schema plus our stricter rules (https URLs, known environment).</summary>
internal static class AddressBookReader
{
    internal static List<AddressBookEntry> Read(JsonElement root, List<AddressBookProblem> problems)
    {
        var entries = new List<AddressBookEntry>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new AddressBookProblem(null, null, "(document)", "the document must be a JSON object"));
            return entries;
        }

        if (!root.TryGetProperty("electronicServices", out var services) || services.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AddressBookProblem(null, null, "electronicServices", "a required array is missing"));
            return entries;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in services.EnumerateArray())
        {
            var entry = ReadEntry(index, item, problems);
            if (entry?.GegevensdienstId is { } id)
            {
                var key = GegevensdienstIdParts.Normalize(id);
                if (seen.TryGetValue(key, out var first))
                {
                    problems.Add(new AddressBookProblem(index, id, "gegevensdienstId", $"the same ID is already used by electronicServices[{first}]"));
                }
                else
                {
                    seen.Add(key, index);
                }
            }

            if (entry is not null)
            {
                entries.Add(entry);
            }

            index++;
        }

        return entries;
    }

    private static AddressBookEntry? ReadEntry(int index, JsonElement item, List<AddressBookProblem> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new AddressBookProblem(index, null, "(entry)", "an entry must be a JSON object"));
            return null;
        }

        var before = problems.Count;
        var id = OptionalString(item, "gegevensdienstId", index, null, problems);
        if (id is not null)
        {
            if (!GegevensdienstIdParts.TryParse(id, out var parts))
            {
                problems.Add(new AddressBookProblem(index, id, "gegevensdienstId", "expected [OrganisatieID]-[Functionaliteit]-[Omgeving], such as CIZ_REGISTER_TST"));
            }
            else if (!GegevensdienstIdParts.EnvironmentCodes.Contains(parts.EnvironmentCode))
            {
                problems.Add(new AddressBookProblem(index, id, "gegevensdienstId", $"the environment '{parts.EnvironmentCode}' is not TST, ACC or PRD"));
            }
        }

        var description = RequiredString(item, "description", index, id, problems);
        var name = RequiredString(item, "weergavenaam", index, id, problems);
        var type = OptionalString(item, "type", index, id, problems);
        var entryId = OptionalString(item, "id", index, id, problems);
        var pep = RequiredUri(item, "authorizationEndpoint", "authorizationEndpointuri", index, id, problems);
        var token = RequiredUri(item, "tokenEndpoint", "tokenEndpointuri", index, id, problems);
        var roles = ReadRoles(item, index, id, problems);
        if (problems.Count != before)
        {
            return null;
        }

        return new AddressBookEntry(index, id, description!, name!, pep!, token!, roles)
        {
            Type = type,
            Id = entryId,
        };
    }

    private static List<AddressBookSystemRole> ReadRoles(JsonElement item, int index, string? id, List<AddressBookProblem> problems)
    {
        var roles = new List<AddressBookSystemRole>();
        if (!item.TryGetProperty("systeemrollen", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AddressBookProblem(index, id, "systeemrollen", "a required array is missing"));
            return roles;
        }

        var i = 0;
        foreach (var role in array.EnumerateArray())
        {
            var field = $"systeemrollen[{i}]";
            if (role.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new AddressBookProblem(index, id, field, "must be a JSON object"));
            }
            else
            {
                var code = RequiredString(role, "systeemrolcode", index, id, problems, field + ".");
                var resource = RequiredUri(role, "resourceEndpoint", "resourceEndpointuri", index, id, problems, field + ".");
                if (code is not null && resource is not null)
                {
                    roles.Add(new AddressBookSystemRole(code, resource));
                }
            }

            i++;
        }

        if (i == 0)
        {
            problems.Add(new AddressBookProblem(index, id, "systeemrollen", "must hold at least one role"));
        }

        return roles;
    }

    private static string? RequiredString(JsonElement obj, string name, int index, string? id, List<AddressBookProblem> problems, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new AddressBookProblem(index, id, prefix + name, "a required field is missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new AddressBookProblem(index, id, prefix + name, "must be a non-empty string"));
            return null;
        }

        return value.GetString();
    }

    private static string? OptionalString(JsonElement obj, string name, int index, string? id, List<AddressBookProblem> problems)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new AddressBookProblem(index, id, name, "must be a string"));
            return null;
        }

        return value.GetString();
    }

    private static Uri? RequiredUri(JsonElement obj, string container, string name, int index, string? id, List<AddressBookProblem> problems, string prefix = "")
    {
        var field = $"{prefix}{container}.{name}";
        if (!obj.TryGetProperty(container, out var inner) || inner.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new AddressBookProblem(index, id, prefix + container, "a required object is missing"));
            return null;
        }

        if (!inner.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new AddressBookProblem(index, id, field, "a required URL is missing"));
            return null;
        }

        var text = value.GetString()!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(new AddressBookProblem(index, id, field, $"'{text}' is not an absolute https URL"));
            return null;
        }

        return uri;
    }
}
