using GraphQLParser;
using GraphQLParser.AST;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>What kind of named type a schema type is.</summary>
internal enum SchemaTypeKind
{
    Scalar,
    Enum,
    InputObject,
    Object,
    Interface,
}

/// <summary>A type reference: a named type wrapped in lists and non-null markers.</summary>
internal sealed class TypeRef
{
    private TypeRef(string? name, TypeRef? inner, bool isList, bool isNonNull)
    {
        Name = name;
        Inner = inner;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    public string? Name { get; }

    public TypeRef? Inner { get; }

    public bool IsList { get; }

    public bool IsNonNull { get; }

    public string NamedType => Name ?? Inner!.NamedType;

    public static TypeRef From(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => new TypeRef(null, From(nonNull.Type), isList: false, isNonNull: true),
        GraphQLListType list => new TypeRef(null, From(list.Type), isList: true, isNonNull: false),
        GraphQLNamedType named => new TypeRef(named.Name.StringValue, null, isList: false, isNonNull: false),
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    public override string ToString() => IsNonNull ? $"{Inner}!" : IsList ? $"[{Inner}]" : Name!;
}

/// <summary>A field of an object or interface type, or an argument or input field.</summary>
internal sealed record SchemaField(string Name, TypeRef Type, IReadOnlyDictionary<string, SchemaInputValue> Arguments);

/// <summary>An argument or input-object field, with its default literal if any.</summary>
internal sealed record SchemaInputValue(string Name, TypeRef Type, GraphQLValue? DefaultValue);

/// <summary>A named type of the schema.</summary>
internal sealed class SchemaType
{
    public required string Name { get; init; }

    public required SchemaTypeKind Kind { get; init; }

    public IReadOnlyDictionary<string, SchemaField> Fields { get; init; } = new Dictionary<string, SchemaField>();

    public IReadOnlyDictionary<string, SchemaInputValue> InputFields { get; init; } = new Dictionary<string, SchemaInputValue>();

    public IReadOnlyList<string> EnumValues { get; init; } = [];

    public IReadOnlyList<string> Interfaces { get; init; } = [];

    public bool IsComposite => Kind is SchemaTypeKind.Object or SchemaTypeKind.Interface;

    public bool IsInput => Kind is SchemaTypeKind.Scalar or SchemaTypeKind.Enum or SchemaTypeKind.InputObject;
}

/// <summary>
/// The netwerkpunt schema, parsed once from the SDL embedded in this assembly (a link to the project's
/// <c>schema.graphql</c>). Requests are validated against exactly this file.
/// </summary>
internal sealed class SchemaModel
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private SchemaModel(Dictionary<string, SchemaType> types, string? queryType, string? mutationType, string? subscriptionType)
    {
        Types = types;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
    }

    public IReadOnlyDictionary<string, SchemaType> Types { get; }

    public string? QueryType { get; }

    public string? MutationType { get; }

    public string? SubscriptionType { get; }

    public static SchemaModel Netwerkpunt { get; } = Load();

    public static SchemaModel Parse(string sdl)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        var types = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars)
        {
            types[scalar] = new SchemaType { Name = scalar, Kind = SchemaTypeKind.Scalar };
        }

        string? query = null, mutation = null, subscription = null;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var root in schema.OperationTypes)
                    {
                        var name = root.Type!.Name.StringValue;
                        switch (root.Operation)
                        {
                            case OperationType.Query: query = name; break;
                            case OperationType.Mutation: mutation = name; break;
                            case OperationType.Subscription: subscription = name; break;
                        }
                    }

                    break;
                case GraphQLScalarTypeDefinition scalar:
                    Add(types, new SchemaType { Name = scalar.Name.StringValue, Kind = SchemaTypeKind.Scalar });
                    break;
                case GraphQLEnumTypeDefinition enumType:
                    Add(types, new SchemaType
                    {
                        Name = enumType.Name.StringValue,
                        Kind = SchemaTypeKind.Enum,
                        EnumValues = enumType.Values?.Items.Select(v => v.Name.StringValue).ToArray() ?? [],
                    });
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    Add(types, new SchemaType
                    {
                        Name = input.Name.StringValue,
                        Kind = SchemaTypeKind.InputObject,
                        InputFields = InputValues(input.Fields?.Items),
                    });
                    break;
                case GraphQLObjectTypeDefinition objectType:
                    Add(types, new SchemaType
                    {
                        Name = objectType.Name.StringValue,
                        Kind = SchemaTypeKind.Object,
                        Fields = Fields(objectType.Fields?.Items),
                        Interfaces = objectType.Interfaces?.Items.Select(i => i.Name.StringValue).ToArray() ?? [],
                    });
                    break;
                case GraphQLInterfaceTypeDefinition interfaceType:
                    Add(types, new SchemaType
                    {
                        Name = interfaceType.Name.StringValue,
                        Kind = SchemaTypeKind.Interface,
                        Fields = Fields(interfaceType.Fields?.Items),
                    });
                    break;
            }
        }

        query ??= types.ContainsKey("Query") ? "Query" : null;
        mutation ??= types.ContainsKey("Mutation") ? "Mutation" : null;
        return new SchemaModel(types, query, mutation, subscription);
    }

    /// <summary>Whether a value of object type <paramref name="objectType"/> can be of type <paramref name="condition"/>.</summary>
    public bool Applies(string condition, string objectType) =>
        condition == objectType || (Types.TryGetValue(objectType, out var type) && type.Interfaces.Contains(condition));

    /// <summary>Whether some object can be of both types (for fragment spreads).</summary>
    public bool Overlaps(string a, string b)
    {
        var objectsA = PossibleObjects(a);
        return PossibleObjects(b).Any(objectsA.Contains);
    }

    private HashSet<string> PossibleObjects(string name)
    {
        if (!Types.TryGetValue(name, out var type))
        {
            return [];
        }

        return type.Kind == SchemaTypeKind.Object
            ? [name]
            : Types.Values.Where(t => t.Kind == SchemaTypeKind.Object && t.Interfaces.Contains(name)).Select(t => t.Name).ToHashSet();
    }

    private static SchemaModel Load()
    {
        const string Resource = "IWlz.Client.AspNetCore.Netwerkpunt.schema.graphql";
        using var stream = typeof(SchemaModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded netwerkpunt schema '{Resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static void Add(Dictionary<string, SchemaType> types, SchemaType type) => types[type.Name] = type;

    private static Dictionary<string, SchemaInputValue> InputValues(IEnumerable<GraphQLInputValueDefinition>? values) =>
        (values ?? []).ToDictionary(
            v => v.Name.StringValue,
            v => new SchemaInputValue(v.Name.StringValue, TypeRef.From(v.Type), v.DefaultValue),
            StringComparer.Ordinal);

    private static Dictionary<string, SchemaField> Fields(IEnumerable<GraphQLFieldDefinition>? fields) =>
        (fields ?? []).ToDictionary(
            f => f.Name.StringValue,
            f => new SchemaField(f.Name.StringValue, TypeRef.From(f.Type), InputValues(f.Arguments?.Items)),
            StringComparer.Ordinal);
}
