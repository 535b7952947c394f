using System.Text.Json;
using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Schemas;

namespace IWlz.Client.Tests.Registers.Infrastructure;

/// <summary>One request as an executor received it, with the variables serialised by the operation's own metadata.</summary>
internal sealed record RecordedRequest(
    string OperationName,
    GraphQLOperationKind Kind,
    string Document,
    string ClientName,
    string? TemplateId,
    string VariablesJson,
    GraphQLRequestOptions? Options);

/// <summary>
/// A test double for the transport: it serialises the variables with the operation's
/// <see cref="GraphQLOperation{TVariables,TData}.VariablesTypeInfo"/> (the generated JSON writer) and answers
/// with a response body whose <c>data</c> it deserialises with <see cref="GraphQLOperation{TVariables,TData}.DataTypeInfo"/>
/// (the generated JSON reader), so tests run the real generated serialisation code both ways.
/// </summary>
internal sealed class RecordingExecutor : IGraphQLExecutor
{
    private readonly Func<RecordedRequest, string> _respond;

    private RecordingExecutor(Func<RecordedRequest, string> respond)
    {
        _respond = respond;
    }

    public List<RecordedRequest> Requests { get; } = [];

    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>Answers every request with the fixture of its template (Fixtures/&lt;TemplateId&gt;.response.json).</summary>
    public static RecordingExecutor AnsweringWithFixtures() =>
        new(request => File.ReadAllText(FixturePath(request.TemplateId ?? throw new InvalidOperationException($"{request.OperationName} has no template ID."))));

    /// <summary>Answers every request with the same response body.</summary>
    public static RecordingExecutor Answering(string responseBody) => new(_ => responseBody);

    public static string FixturePath(string templateId) => TestFiles.OutputFixture("Fixtures", templateId + ".response.json");

    public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new RecordedRequest(
            operation.Name,
            operation.Kind,
            operation.Document,
            operation.ClientName,
            options?.TemplateId ?? operation.TemplateId,
            JsonSerializer.Serialize(variables, operation.VariablesTypeInfo),
            options);
        Requests.Add(request);

        using var body = JsonDocument.Parse(_respond(request));
        var data = body.RootElement.TryGetProperty("data", out var dataElement) && dataElement.ValueKind != JsonValueKind.Null
            ? dataElement.Deserialize(operation.DataTypeInfo)
            : default;
        var errors = body.RootElement.TryGetProperty("errors", out var errorsElement)
            ? errorsElement.EnumerateArray().Select(e => new GraphQLError(e.GetProperty("message").GetString()!)).ToList()
            : null;
        return Task.FromResult(new GraphQLResponse<TData>(data, errors));
    }
}
