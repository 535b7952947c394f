using System.Runtime.CompilerServices;

namespace IWlz.Client.Tests.Schemas;

/// <summary>Locates the schema, operation and fixture files the test project copies to its output.</summary>
internal static class TestFiles
{
    public static readonly string[] Clients = ["Indicatieregister", "Bemiddelingsregister", "Leveringsregister", "Netwerkpunt"];

    /// <summary>The project's own schemas and operations, copied from src/IWlz.Client/Schemas.</summary>
    public static string ShippedSchemasDirectory => Path.Combine(AppContext.BaseDirectory, "ShippedSchemas");

    public static string SchemaPath(string client) => Path.Combine(ShippedSchemasDirectory, client, "schema.graphql");

    public static IEnumerable<string> OperationPaths(string client)
    {
        var directory = Path.Combine(ShippedSchemasDirectory, client, "operations");
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal)
            : [];
    }

    public static string OutputFixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>The fixture folder in the source tree, for regenerating fixtures.</summary>
    public static string SourceFixture(string fileName, [CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Fixtures", fileName);
}
