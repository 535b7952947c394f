using System.Text.Json;

namespace IWlz.Client.GraphQL;

/// <summary>One entry of a GraphQL response's <c>errors</c> list.</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The error message.</param>
    public GraphQLError(string message)
    {
        Message = message ?? string.Empty;
    }

    /// <summary>The message, as the server wrote it.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error occurred; empty when unknown.</summary>
    public IReadOnlyList<GraphQLErrorLocation> Locations { get; init; } = [];

    /// <summary>The response path of the failing field: strings for fields, integers for list indexes.</summary>
    public IReadOnlyList<JsonElement> Path { get; init; } = [];

    /// <summary>The <c>extensions</c> member, or <see langword="null"/>.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>The <c>extensions.code</c> value, such as <c>GRAPHQL_VALIDATION_FAILED</c>, when present.</summary>
    public string? Code =>
        Extensions is { ValueKind: JsonValueKind.Object } ext
        && ext.TryGetProperty("code", out var code)
        && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;

    /// <inheritdoc />
    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";
}

/// <summary>A line and column in a GraphQL document, both 1-based.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct GraphQLErrorLocation(int Line, int Column);
