using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.Exceptions;
using GraphQLParser.AST;
using IWlz.Client.Testing.Internal.Schemas;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>A published query template: the most a caller of its role may ask for.</summary>
internal sealed class QueryTemplate
{
    private static readonly ConcurrentDictionary<RegisterKind, Lazy<IReadOnlyList<QueryTemplate>>> Catalog = new();

    private QueryTemplate(string id, RegisterKind register, PartyRole? role, GraphQLOperationDefinition operation, GraphQLField root)
    {
        Id = id;
        Register = register;
        Role = role;
        Operation = operation;
        Root = root;
        Variables = operation.Variables?.Items.Select(v => v.Variable.Name.StringValue).ToArray() ?? [];
    }

    public string Id { get; }

    public RegisterKind Register { get; }

    /// <summary>The role the template is for, from its ID suffix (ZA, ZK…, CIZ); <see langword="null"/> when the ID has none.</summary>
    public PartyRole? Role { get; }

    public GraphQLOperationDefinition Operation { get; }

    public GraphQLField Root { get; }

    public string RootField => Root.Name.StringValue;

    public IReadOnlyList<string> Variables { get; }

    /// <summary>The templates of a register. Operation files that do not parse or have several root fields are left out.</summary>
    public static IReadOnlyList<QueryTemplate> For(RegisterKind register) =>
        Catalog.GetOrAdd(register, r => new Lazy<IReadOnlyList<QueryTemplate>>(() => Load(r))).Value;

    private static List<QueryTemplate> Load(RegisterKind register)
    {
        var templates = new List<QueryTemplate>();
        foreach (var (id, text) in EmbeddedSchemas.GetOperations(register))
        {
            GraphQLDocument document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (GraphQLParserException)
            {
                continue;
            }

            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
            if (operations is not [{ Operation: OperationType.Query } operation]
                || operation.SelectionSet.Selections is not [GraphQLField root])
            {
                continue;
            }

            templates.Add(new QueryTemplate(id, register, RoleOf(id), operation, root));
        }

        return templates;
    }

    private static PartyRole? RoleOf(string id)
    {
        var suffix = id[(id.LastIndexOf('-') + 1)..];
        return suffix switch
        {
            _ when suffix.StartsWith("ZA", StringComparison.Ordinal) => PartyRole.Zorgaanbieder,
            _ when suffix.StartsWith("ZK", StringComparison.Ordinal) => PartyRole.Zorgkantoor,
            "CIZ" => PartyRole.Ciz,
            _ => null,
        };
    }
}
