using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.GraphQL;

/// <summary>
/// Describes one GraphQL operation as the build-time generator emitted it: its minified document,
/// the document's SHA-256 hash, and the serialization metadata of its variables and result.
/// </summary>
/// <typeparam name="TVariables">The generated variables type.</typeparam>
/// <typeparam name="TData">The generated type of the response's <c>data</c> member.</typeparam>
public sealed class GraphQLOperation<TVariables, TData>
{
    /// <summary>Creates an operation descriptor. Called by generated code.</summary>
    /// <param name="name">The operation name as written in the document.</param>
    /// <param name="kind">Query, mutation or subscription.</param>
    /// <param name="document">The minified document text that is sent on the wire.</param>
    /// <param name="documentHash">The lower-case hex SHA-256 of <paramref name="document"/> (UTF-8).</param>
    /// <param name="clientName">The generated client the operation belongs to, such as <c>Bemiddelingsregister</c>.</param>
    /// <param name="rootFields">The root fields the operation selects, in document order.</param>
    /// <param name="variablesTypeInfo">Serialization metadata for the variables.</param>
    /// <param name="dataTypeInfo">Serialization metadata for the result data.</param>
    public GraphQLOperation(
        string name,
        GraphQLOperationKind kind,
        string document,
        string documentHash,
        string clientName,
        IReadOnlyList<string> rootFields,
        JsonTypeInfo<TVariables> variablesTypeInfo,
        JsonTypeInfo<TData> dataTypeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(document);
        ArgumentException.ThrowIfNullOrEmpty(documentHash);
        ArgumentException.ThrowIfNullOrEmpty(clientName);
        ArgumentNullException.ThrowIfNull(rootFields);
        ArgumentNullException.ThrowIfNull(variablesTypeInfo);
        ArgumentNullException.ThrowIfNull(dataTypeInfo);
        Name = name;
        Kind = kind;
        Document = document;
        DocumentHash = documentHash;
        ClientName = clientName;
        RootFields = rootFields;
        VariablesTypeInfo = variablesTypeInfo;
        DataTypeInfo = dataTypeInfo;
    }

    /// <summary>The operation name, sent as <c>operationName</c>.</summary>
    public string Name { get; }

    /// <summary>Query, mutation or subscription.</summary>
    public GraphQLOperationKind Kind { get; }

    /// <summary>The minified document text, sent as <c>query</c>.</summary>
    public string Document { get; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Document"/>.</summary>
    public string DocumentHash { get; }

    /// <summary>The generated client the operation belongs to.</summary>
    public string ClientName { get; }

    /// <summary>The root fields the operation selects.</summary>
    public IReadOnlyList<string> RootFields { get; }

    /// <summary>
    /// The iWlz query template this operation implements (for example <c>QBR-0001-ZA</c>), or
    /// <see langword="null"/> when the operation is not a published template.
    /// </summary>
    public string? TemplateId { get; init; }

    /// <summary>Serialization metadata for the variables.</summary>
    public JsonTypeInfo<TVariables> VariablesTypeInfo { get; }

    /// <summary>Serialization metadata for the result data.</summary>
    public JsonTypeInfo<TData> DataTypeInfo { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}
