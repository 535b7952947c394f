using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;

namespace IWlz.Client.Tests.Registers.Infrastructure;

/// <summary>
/// Reaches every generated template operation by its template ID, so that one test can run over all of
/// them: it finds the generated <c>*Operation</c> classes with a <c>TemplateId</c> constant, builds their
/// variables from JSON with the generated reader, and sends them through an executor.
/// </summary>
internal static class GeneratedTemplates
{
    private static readonly Dictionary<string, object> Descriptors = typeof(TemplateCatalogue).Assembly.GetTypes()
        .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Operation", StringComparison.Ordinal)
            && t.GetField("TemplateId", BindingFlags.Public | BindingFlags.Static) is not null)
        .ToDictionary(
            t => (string)t.GetField("TemplateId")!.GetRawConstantValue()!,
            t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!,
            StringComparer.Ordinal);

    public static IReadOnlyCollection<string> TemplateIds => Descriptors.Keys;

    public static object Descriptor(string templateId) => Descriptors[templateId];

    /// <summary>
    /// Variables for a template as the network expects them: fresh UUIDs, a fixed start and end date, the
    /// derived dates computed, and the own-identity variable set to <paramref name="ownCode"/>.
    /// </summary>
    public static JsonObject ValidVariables(string templateId, string ownCode, IDTypeNames? idType = null)
    {
        var template = TemplateCatalogue.Find(templateId)!;
        var json = new JsonObject();
        var start = new DateOnly(2024, 1, 1);
        var end = new DateOnly(2024, 12, 31);
        foreach (var variable in template.Variables)
        {
            json[variable.Name] = variable.Kind switch
            {
                TemplateVariableKind.OwnIdentity => ownCode,
                TemplateVariableKind.DerivedDate => TemplateDates.Compute(variable.DerivedDateRule!.Value, end).ToString("yyyy-MM-dd"),
                _ => variable.GraphQLType switch
                {
                    "UUID!" => Guid.NewGuid().ToString(),
                    "Date!" => (variable.Name.Contains("Einddatum", StringComparison.OrdinalIgnoreCase) ? end : start).ToString("yyyy-MM-dd"),
                    "DateTime!" => "2024-05-01T10:00:00+02:00",
                    "String!" => "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER",
                    "String" => null,
                    "IDTypeEnum!" => variable.Name.StartsWith("afzender", StringComparison.Ordinal) ? (idType ?? IDTypeNames.AGB).ToString() : "UZOVI",
                    "[SubjectEntityInput!]!" => new JsonArray(new JsonObject { ["subject"] = "Bemiddelingspecificatie", ["recordID"] = "Bemiddelingspecificatie/" + Guid.NewGuid() }),
                    _ => throw new InvalidOperationException($"No test value for {variable}."),
                },
            };
        }

        return json;
    }

    /// <summary>Sends a template with the given variables (read by the generated reader, then <paramref name="adjust"/>ed) through <paramref name="executor"/>.</summary>
    public static Task SendAsync(IGraphQLExecutor executor, string templateId, JsonObject variables, GraphQLRequestOptions? options = null, Action<object>? adjust = null)
    {
        var descriptor = Descriptor(templateId);
        var arguments = descriptor.GetType().GetGenericArguments();
        var typeInfo = descriptor.GetType().GetProperty(nameof(GraphQLOperation<object, object>.VariablesTypeInfo))!.GetValue(descriptor)!;
        var typedVariables = JsonSerializer.Deserialize(variables.ToJsonString(), (System.Text.Json.Serialization.Metadata.JsonTypeInfo)typeInfo)!;
        adjust?.Invoke(typedVariables);
        var execute = typeof(IGraphQLExecutor).GetMethod(nameof(IGraphQLExecutor.ExecuteAsync))!.MakeGenericMethod(arguments);
        return (Task)execute.Invoke(executor, [descriptor, typedVariables, options, CancellationToken.None])!;
    }
}

/// <summary>The IDTypeEnum wire names the tests use for <c>afzenderIDType</c>.</summary>
internal enum IDTypeNames
{
    AGB,
    UZOVI,
    KVK,
}
