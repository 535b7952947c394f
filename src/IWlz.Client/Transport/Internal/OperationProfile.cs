using System.Runtime.CompilerServices;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// What the executor derives from an operation alone: the span name, the checked tag values and the request
/// body's constant part. Operations
/// are long-lived (the generated descriptors are static), so this is worked out once per operation instead of
/// once per call (a string concatenation, a lower-casing and three pattern matches). The table holds its keys
/// weakly: an operation built per call by a vendor is collected with its profile.
/// </summary>
internal sealed class OperationProfile
{
    private static readonly ConditionalWeakTable<object, OperationProfile> Profiles = [];

    private OperationProfile(GraphQLOperationKind kind, string name, string? templateId, string clientName, string document)
    {
        BodyPrefix = GraphQLRequestWriter.EncodeBodyPrefix(document, name);
        Kind = kind switch
        {
            GraphQLOperationKind.Query => "query",
            GraphQLOperationKind.Mutation => "mutation",
            GraphQLOperationKind.Subscription => "subscription",
            _ => kind.ToString().ToLowerInvariant(),
        };
        SpanName = $"{Kind} {name}";
        Name = SafeTag.NameOrOther(name)!;
        TemplateId = SafeTag.NameOrOther(templateId);
        Register = SafeTag.NameOrOther(clientName)!;
    }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    internal string Kind { get; }

    /// <summary>The span's display name: kind and operation name.</summary>
    internal string SpanName { get; }

    /// <summary>The operation name as a tag value.</summary>
    internal string Name { get; }

    /// <summary>The operation's own template ID as a tag value, or <see langword="null"/>.</summary>
    internal string? TemplateId { get; }

    /// <summary>The client (register) name as a tag value.</summary>
    internal string Register { get; }

    /// <summary>The request body up to the variables (<see cref="GraphQLRequestWriter"/>), the same for every call of the operation.</summary>
    internal byte[] BodyPrefix { get; }

    internal static OperationProfile For<TVariables, TData>(GraphQLOperation<TVariables, TData> operation) =>
        Profiles.TryGetValue(operation, out var profile)
            ? profile
            : Profiles.GetValue(operation, static o => Create((GraphQLOperation<TVariables, TData>)o));

    private static OperationProfile Create<TVariables, TData>(GraphQLOperation<TVariables, TData> operation) =>
        new(operation.Kind, operation.Name, operation.TemplateId, operation.ClientName, operation.Document);
}
