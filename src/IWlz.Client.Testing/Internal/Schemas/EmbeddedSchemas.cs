using System.Collections.Frozen;
using System.Reflection;

namespace IWlz.Client.Testing.Internal.Schemas;

/// <summary>
/// The project's own schemas and template operations (src/IWlz.Client/Schemas), embedded in this
/// assembly at build time. The simulator serves exactly the schemas the SDK is generated from.
/// </summary>
internal static class EmbeddedSchemas
{
    private const string Prefix = "IWlz.Client.Testing.Schemas.";

    private static readonly Lazy<FrozenDictionary<string, string>> Resources = new(LoadAll);

    /// <summary>The SDL of a register's schema.</summary>
    /// <exception cref="InvalidOperationException">The schema was not embedded (a build problem).</exception>
    public static string GetSchema(RegisterKind kind)
    {
        var key = $"{FolderOf(kind)}/schema.graphql";
        return Resources.Value.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException(
                $"The {kind} schema is not embedded in IWlz.Client.Testing (expected resource '{Prefix}{key}'). Rebuild the package from a tree that contains src/IWlz.Client/Schemas/{FolderOf(kind)}/schema.graphql.");
    }

    /// <summary>The template operations of a register: template ID (file name) to document text.</summary>
    public static IReadOnlyDictionary<string, string> GetOperations(RegisterKind kind)
    {
        var prefix = $"{FolderOf(kind)}/operations/";
        return Resources.Value
            .Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(r => Path.GetFileNameWithoutExtension(r.Key[prefix.Length..]), r => r.Value, StringComparer.Ordinal);
    }

    public static string FolderOf(RegisterKind kind) => kind switch
    {
        RegisterKind.Indicatieregister => "Indicatieregister",
        RegisterKind.Bemiddelingsregister => "Bemiddelingsregister",
        RegisterKind.Leveringsregister => "Leveringsregister",
        RegisterKind.Netwerkpunt => "Netwerkpunt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown register."),
    };

    private static FrozenDictionary<string, string> LoadAll()
    {
        var assembly = typeof(EmbeddedSchemas).Assembly;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            // MSBuild writes RecursiveDir with the host's separator; normalise to '/'.
            var key = name[Prefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            result[key] = reader.ReadToEnd();
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
