using System.Text.RegularExpressions;

namespace IWlz.Client.Tokens.Internal;

/// <summary>What nID accepts in a token request (RFC0014 §4.1, security.md §3).</summary>
internal static partial class TokenRequestRules
{
    [GeneratedRegex("^(agbcode:[0-9]{8}|uzovi:[0-9]{4})$", RegexOptions.CultureInvariant)]
    internal static partial Regex ActorPattern();

    internal static Uri RequireHttpsUrl(Uri? uri, string what)
    {
        if (uri is null || !uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw Config($"The {what} must be an absolute https URL, not '{uri}'.");
        }

        return uri;
    }

    internal static Uri RequireAudience(Uri? audience)
    {
        if (audience is null)
        {
            throw Config("The token request has no audience. Every call needs exactly one audience: the service's resource URL (IWlz:Services:<name>:ResourceUri, the address book, or GraphQLRequestOptions.ResourceUri).");
        }

        RequireHttpsUrl(audience, "token audience (the service's resource URL)");
        if (!string.IsNullOrEmpty(audience.Fragment))
        {
            throw Config($"The token audience '{audience}' must not have a fragment.");
        }

        return audience;
    }

    internal static string[] NormalizeScopes(IEnumerable<string> scopes)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in scopes)
        {
            if (item is null)
            {
                continue;
            }

            foreach (var scope in item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(scope);
            }
        }

        if (set.Count == 0)
        {
            throw Config("The token request has no scope. nID has no default scope: configure IWlz:Services:<name>:Scopes or pass GraphQLRequestOptions.Scopes (see IWlzScopes).");
        }

        return [.. set];
    }

    internal static string? RequireActor(string? actor)
    {
        if (actor is null)
        {
            return null;
        }

        if (!ActorPattern().IsMatch(actor))
        {
            throw Config("The party to act on behalf of must be 'agbcode:' followed by 8 digits or 'uzovi:' followed by 4 digits.");
        }

        return actor;
    }

    private static IWlzException Config(string message) => new(IWlzErrorKind.Configuration, IWlzErrorSource.Client, message);
}
