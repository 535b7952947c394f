using System.Text;
using System.Text.Json;
using IWlz.Client.GraphQL;

namespace Demo;

/// <summary>
/// Stands in for the SDK's network transport, which does not exist yet: it prints the exact request
/// body the transport would send and answers with a fixed sample response.
/// </summary>
internal sealed class InProcessExecutor(string sampleDataJson) : IGraphQLExecutor
{
    public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("query", operation.Document);
            writer.WriteString("operationName", operation.Name);
            writer.WritePropertyName("variables");
            JsonSerializer.Serialize(writer, variables, operation.VariablesTypeInfo);
            writer.WriteEndObject();
        }

        Console.WriteLine($"Request body ({operation}, document hash {operation.DocumentHash[..12]}…):");
        Console.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        Console.WriteLine();

        var data = JsonSerializer.Deserialize(sampleDataJson, operation.DataTypeInfo);
        return Task.FromResult(new GraphQLResponse<TData>(data, errors: null));
    }
}
