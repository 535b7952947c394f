using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace IWlz.Client.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable: docs/generator.md documents each one, and a
/// new problem gets a new ID rather than reusing one. The message is always complete ("{0}") and says
/// what to change.
/// </summary>
internal static class Descriptors
{
    private const string Category = "IWlz.Client.Generator";
    private const string HelpBase = "https://github.com/iwlz-client/iwlz-client/blob/main/docs/generator.md#";
    private static readonly Dictionary<string, DiagnosticDescriptor> All = new();

    public static readonly DiagnosticDescriptor SyntaxError = Error("IWLZGEN001", "GraphQL syntax error");
    public static readonly DiagnosticDescriptor UnknownType = Error("IWLZGEN002", "Unknown GraphQL type");
    public static readonly DiagnosticDescriptor UnknownField = Error("IWLZGEN003", "Unknown GraphQL field");
    public static readonly DiagnosticDescriptor UnknownArgument = Error("IWLZGEN004", "Unknown GraphQL argument");
    public static readonly DiagnosticDescriptor InvalidValue = Error("IWLZGEN005", "Value has the wrong type");
    public static readonly DiagnosticDescriptor VariableTypeMismatch = Error("IWLZGEN006", "Variable has the wrong type for its position");
    public static readonly DiagnosticDescriptor UndefinedVariable = Error("IWLZGEN007", "Variable is not declared");
    public static readonly DiagnosticDescriptor UnusedVariable = Error("IWLZGEN008", "Variable is never used");
    public static readonly DiagnosticDescriptor AnonymousOperation = Error("IWLZGEN009", "Operation has no name");
    public static readonly DiagnosticDescriptor DuplicateOperation = Error("IWLZGEN010", "Operation name is used twice in a client");
    public static readonly DiagnosticDescriptor Deprecated = Warning("IWLZGEN011", "Deprecated schema element is used");
    public static readonly DiagnosticDescriptor MissingArgument = Error("IWLZGEN012", "Required argument or input field is missing");
    public static readonly DiagnosticDescriptor SelectionOnLeaf = Error("IWLZGEN013", "Selection set on a leaf field");
    public static readonly DiagnosticDescriptor MissingSelection = Error("IWLZGEN014", "Object field without a selection set");
    public static readonly DiagnosticDescriptor ImpossibleSpread = Error("IWLZGEN015", "Fragment can never apply here");
    public static readonly DiagnosticDescriptor UnknownFragment = Error("IWLZGEN016", "Unknown fragment");
    public static readonly DiagnosticDescriptor MissingSchema = Error("IWLZGEN017", "Client has operations but no schema");
    public static readonly DiagnosticDescriptor MultipleSchemas = Error("IWLZGEN018", "Client has more than one schema");
    public static readonly DiagnosticDescriptor NotTemplateSubset = Error("IWLZGEN019", "Operation is not a subset of a published template");
    public static readonly DiagnosticDescriptor InvalidSchema = Error("IWLZGEN020", "Schema is not valid GraphQL");
    public static readonly DiagnosticDescriptor MixedDocument = Error("IWLZGEN021", "File mixes schema and operations");
    public static readonly DiagnosticDescriptor UnusedFragment = Error("IWLZGEN022", "Fragment is never used");
    public static readonly DiagnosticDescriptor DuplicateFragment = Error("IWLZGEN023", "Fragment name is used twice in a client");
    public static readonly DiagnosticDescriptor FragmentCycle = Error("IWLZGEN024", "Fragment spreads itself");
    public static readonly DiagnosticDescriptor InvalidVariable = Error("IWLZGEN025", "Invalid variable definition");
    public static readonly DiagnosticDescriptor InvalidDirective = Error("IWLZGEN026", "Unknown or misplaced directive");
    public static readonly DiagnosticDescriptor FieldConflict = Error("IWLZGEN027", "Two selections share a response name");
    public static readonly DiagnosticDescriptor UnsupportedOperationType = Error("IWLZGEN028", "Schema does not support this operation type");
    public static readonly DiagnosticDescriptor InvalidConfiguration = Error("IWLZGEN029", "Invalid generator configuration");
    public static readonly DiagnosticDescriptor InvalidTypeCondition = Error("IWLZGEN030", "Invalid fragment type condition");
    public static readonly DiagnosticDescriptor DuplicateArgument = Error("IWLZGEN031", "Argument or input field given twice");
    public static readonly DiagnosticDescriptor EmptyFile = Warning("IWLZGEN032", "GraphQL file has no definitions");
    public static readonly DiagnosticDescriptor InvalidTemplateFile = Error("IWLZGEN033", "Invalid template or operation-name metadata for this file");
    public static readonly DiagnosticDescriptor UnknownTemplate = Error("IWLZGEN034", "IWlzTemplateId names no template of the client");
    public static readonly DiagnosticDescriptor SeveralTemplates = Warning("IWLZGEN035", "Operation is a subset of several templates");
    public static readonly DiagnosticDescriptor InternalError = Error("IWLZGEN999", "Unexpected generator error");

    public static DiagnosticDescriptor ById(string id) => All.TryGetValue(id, out var descriptor) ? descriptor : InternalError;

    public static IEnumerable<DiagnosticDescriptor> Every => All.Values;

    private static DiagnosticDescriptor Error(string id, string title) => Create(id, title, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title) => Create(id, title, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity)
    {
        var descriptor = new DiagnosticDescriptor(
            id,
            title,
            "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant());
        All[id] = descriptor;
        return descriptor;
    }
}
