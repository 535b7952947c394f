using System.Collections.Concurrent;
using GraphQL.Resolvers;
using GraphQL.Types;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// Builds each register's executable schema from the project's SDL once per process: building is
/// the slow part of starting a simulator, and a built schema is safe to share because every
/// resolver reads its data from the request's root value.
/// </summary>
internal static class RegisterSchemas
{
    private static readonly ConcurrentDictionary<RegisterKind, Lazy<ISchema>> Schemas = new();

    public static ISchema Get(RegisterKind kind) =>
        Schemas.GetOrAdd(kind, k => new Lazy<ISchema>(() => Build(k))).Value;

    private static Schema Build(RegisterKind kind)
    {
        var schema = Schema.For(EmbeddedSchemas.GetSchema(kind));
        schema.RegisterType(new UuidScalar());
        schema.RegisterType(new DateScalar());
        schema.RegisterType(new DateTimeScalar());
        schema.Initialize();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields)
            {
                field.Resolver = type.Name == "Mutation" ? NetwerkpuntMutationResolver.Instance : RegisterFieldResolver.Instance;
            }
        }

        return schema;
    }
}

/// <summary>Resolves <c>zendNotificatie</c>/<c>zendMelding</c> on a simulated netwerkpunt by storing the message.</summary>
internal sealed class NetwerkpuntMutationResolver : IFieldResolver
{
    public static readonly NetwerkpuntMutationResolver Instance = new();

    public ValueTask<object?> ResolveAsync(global::GraphQL.IResolveFieldContext context)
    {
        var inbox = (ILocalInbox)context.UserContext["inbox"]!;
        var argument = context.FieldDefinition.Name == "zendNotificatie" ? "notificatieInput" : "meldingInput";
        var input = (IDictionary<string, object?>)context.Arguments![argument].Value!;
        var id = inbox.Accept(context.FieldDefinition.Name, input);
        var result = new Dictionary<string, object?>(input, StringComparer.Ordinal)
        {
            [context.FieldDefinition.Name == "zendNotificatie" ? "notificatieID" : "meldingID"] = id,
        };
        return new ValueTask<object?>(result);
    }
}

/// <summary>Stores a message a simulated netwerkpunt received and returns its new ID.</summary>
internal interface ILocalInbox
{
    Guid Accept(string operation, IDictionary<string, object?> input);
}
