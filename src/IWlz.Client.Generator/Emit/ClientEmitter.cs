using IWlz.Client.Generator.Infrastructure;
using static IWlz.Client.Generator.Emit.CSharpNames;

namespace IWlz.Client.Generator.Emit;

/// <summary>Writes <c>I{Client}Client</c> and <c>{Client}Client</c>: one async method per operation.</summary>
internal static class ClientEmitter
{
    private const string CancellationTokenType = "global::System.Threading.CancellationToken";

    public static string Emit(ClientModel client)
    {
        var writer = TypeEmitter.Begin(client, "client");
        var ns = client.Namespace;

        writer.Line($"/// <summary>The typed GraphQL client for {Escape(client.ClientName)}: one method per operation.</summary>");
        writer.Line(TypeEmitter.GeneratedCodeAttribute);
        writer.Open($"public partial interface {client.InterfaceName}");
        for (var i = 0; i < client.Operations.Count; i++)
        {
            var operation = client.Operations[i];
            Documentation(writer, operation);
            Template(writer, operation);
            writer.Line(Signature(client, operation) + ";");
            if (i < client.Operations.Count - 1)
            {
                writer.Line();
            }
        }

        writer.Close();
        writer.Line();

        writer.Line($"/// <summary>The typed GraphQL client for {Escape(client.ClientName)}. Each method sends one operation through an <see cref=\"{Runtime}.IGraphQLExecutor\"/>.</summary>");
        writer.Line("/// <remarks>The methods are virtual so that tests can replace them.</remarks>");
        writer.Line(TypeEmitter.GeneratedCodeAttribute);
        writer.Open($"public partial class {client.ClientClassName} : global::{ns}.{client.InterfaceName}");
        writer.Line($"private readonly {Runtime}.IGraphQLExecutor _executor;");
        writer.Line();
        writer.Line("/// <summary>Creates the client.</summary>");
        writer.Line("/// <param name=\"executor\">Sends the operations, for example the SDK's transport.</param>");
        writer.Open($"public {client.ClientClassName}({Runtime}.IGraphQLExecutor executor)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(executor);");
        writer.Line("_executor = executor;");
        writer.Close();
        foreach (var operation in client.Operations)
        {
            writer.Line();
            writer.Line("/// <inheritdoc />");
            Template(writer, operation);
            writer.Open("public virtual " + Signature(client, operation));
            if (operation.Variables.Fields.Count > 0)
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(variables);");
                writer.Line($"return _executor.ExecuteAsync(global::{ns}.{operation.OperationClassName}.Descriptor, variables, options, cancellationToken);");
            }
            else
            {
                writer.Line($"return _executor.ExecuteAsync(global::{ns}.{operation.OperationClassName}.Descriptor, new global::{ns}.{operation.Variables.Name}(), options, cancellationToken);");
            }

            writer.Close();
        }

        writer.Close();
        return TypeEmitter.End(writer);
    }

    private static void Documentation(CodeWriter writer, OperationModel operation)
    {
        writer.Line($"/// <summary>Sends the {operation.Kind.ToString().ToLowerInvariant()} {Code(operation.GraphQLName)}.</summary>");
        if (operation.TemplateId is not null)
        {
            writer.Line(operation.NarrowsTemplate
                ? $"/// <remarks>A subset of the published query template {Code(operation.TemplateId)}, whose rules apply to it.</remarks>"
                : $"/// <remarks>Implements the published query template {Code(operation.TemplateId)}.</remarks>");
        }

        if (operation.Variables.Fields.Count > 0)
        {
            writer.Line("/// <param name=\"variables\">The operation's variables; only what is set is sent.</param>");
        }

        writer.Line("/// <param name=\"options\">Per-call options, such as the target service; <see langword=\"null\"/> for the defaults.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        writer.Line("/// <returns>The response: data, errors, or both. Check <see cref=\"global::IWlz.Client.GraphQL.GraphQLResponse{TData}.Errors\"/> or call <see cref=\"global::IWlz.Client.GraphQL.GraphQLResponse{TData}.GetDataOrThrow\"/>.</returns>");
    }

    private static void Template(CodeWriter writer, OperationModel operation)
    {
        if (operation.TemplateId is not null)
        {
            writer.Line($"[{Runtime}.GraphQLTemplate({Naming.ToStringLiteral(operation.TemplateId)})]");
        }
    }

    private static string Signature(ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        var returns = $"global::System.Threading.Tasks.Task<{Runtime}.GraphQLResponse<global::{ns}.{operation.Result.Name}>>";
        var variables = operation.Variables.Fields.Count > 0 ? $"global::{ns}.{operation.Variables.Name} variables, " : string.Empty;
        return $"{returns} {operation.Name}Async({variables}{Runtime}.GraphQLRequestOptions? options = null, {CancellationTokenType} cancellationToken = default)";
    }
}
