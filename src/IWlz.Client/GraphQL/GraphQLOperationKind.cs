namespace IWlz.Client.GraphQL;

/// <summary>The kind of a GraphQL operation. Only queries are retried freely; see the resilience docs.</summary>
public enum GraphQLOperationKind
{
    /// <summary>A read-only <c>query</c>.</summary>
    Query = 0,

    /// <summary>A <c>mutation</c>, such as <c>zendNotificatie</c> or <c>zendMelding</c>.</summary>
    Mutation = 1,

    /// <summary>A <c>subscription</c>. The iWlz network does not use subscriptions.</summary>
    Subscription = 2,
}
