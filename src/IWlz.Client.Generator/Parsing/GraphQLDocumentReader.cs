using System.Collections.Generic;
using System.Linq;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;

namespace IWlz.Client.Generator.Parsing;

/// <summary>
/// Parses one .graphql file with GraphQL-Parser and copies what the generator needs into the equatable
/// syntax model. Syntax errors become diagnostics with the parser's line and column.
/// </summary>
internal sealed class GraphQLDocumentReader
{
    /// <summary>Parser recursion limit. Deeper documents get a syntax diagnostic instead of a stack overflow.</summary>
    public const int MaxDepth = 128;

    private readonly string _path;
    private readonly LineMap _lines;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private GraphQLDocumentReader(string path, string text)
    {
        _path = path;
        _lines = new LineMap(text);
    }

    public static ParsedFile Read(GraphQLFileInput input)
    {
        var reader = new GraphQLDocumentReader(input.Path, input.Text);
        return reader.ReadFile(input);
    }

    private ParsedFile ReadFile(GraphQLFileInput input)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(input.Text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxDepth });
        }
        catch (GraphQLMaxDepthExceededException ex)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.SyntaxError,
                _path,
                _lines.FromLineColumn(ex.Location.Line, ex.Location.Column),
                $"GraphQL syntax error in {FileName}: the document nests deeper than {MaxDepth} levels. Flatten the selection or value at this position."));
            return Result(input, GraphQLFileKind.Invalid, null, null);
        }
        catch (GraphQLParserException ex)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.SyntaxError,
                _path,
                _lines.FromLineColumn(ex.Location.Line, ex.Location.Column),
                $"GraphQL syntax error in {FileName}: {TrimHelp(ex.Description)}. Fix the GraphQL at this position."));
            return Result(input, GraphQLFileKind.Invalid, null, null);
        }

        if (document.Definitions.Count == 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.EmptyFile,
                _path,
                _lines.Range(0, 0),
                $"{FileName} contains no GraphQL definitions and is ignored. Add a schema or an operation, or remove the file from AdditionalFiles."));
            return Result(input, GraphQLFileKind.Empty, null, null);
        }

        var first = document.Definitions[0];
        var isSchema = IsTypeSystem(first);
        foreach (var definition in document.Definitions.Skip(1))
        {
            if (IsTypeSystem(definition) != isSchema)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.MixedDocument,
                    _path,
                    Range(definition),
                    isSchema
                        ? $"{FileName} starts as a schema but also contains an operation or fragment; it is ignored. Move operations to their own .graphql file."
                        : $"{FileName} starts with operations but also contains a schema definition; it is ignored. Move the schema to its own .graphql file."));
            }
        }

        return isSchema
            ? Result(input, GraphQLFileKind.Schema, ReadSchema(document), null)
            : Result(input, GraphQLFileKind.Operations, null, ReadOperations(document));
    }

    private string FileName => System.IO.Path.GetFileName(_path);

    private ParsedFile Result(GraphQLFileInput input, GraphQLFileKind kind, SchemaDocument? schema, OperationsDocument? operations) =>
        new(input.Path, input.Metadata, kind, schema, operations, _diagnostics.ToEquatableArray());

    private static string TrimHelp(string description)
    {
        var index = description.IndexOf("; for more information", System.StringComparison.Ordinal);
        return index >= 0 ? description.Substring(0, index) : description;
    }

    private static bool IsTypeSystem(ASTNode node) =>
        node is not GraphQLOperationDefinition and not GraphQLFragmentDefinition;

    private TextRange Range(ASTNode? node) => node is null ? TextRange.None : _lines.Range(node.Location.Start, node.Location.End);

    private static string? Text(GraphQLDescription? description) => description is null ? null : description.Value.ToString();

    // ---------------- schema ----------------

    private SchemaDocument ReadSchema(GraphQLDocument document)
    {
        var types = new List<TypeDef>();
        var directives = new List<DirectiveDef>();
        var roots = new List<RootOperationDef>();
        var hasSchema = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    hasSchema = true;
                    roots.AddRange(schema.OperationTypes.Select(ReadRoot));
                    break;
                case GraphQLSchemaExtension extension:
                    if (extension.OperationTypes is not null)
                    {
                        roots.AddRange(extension.OperationTypes.Select(ReadRoot));
                    }

                    break;
                case GraphQLDirectiveDefinition directive:
                    directives.Add(new DirectiveDef(
                        directive.Name.StringValue,
                        Text(directive.Description),
                        ReadInputValues(directive.Arguments?.Items),
                        directive.Repeatable,
                        (directive.Locations?.Items ?? new List<DirectiveLocation>()).Select(LocationName).ToEquatableArray(),
                        Range(directive.Name)));
                    break;
                case GraphQLTypeDefinition type:
                    types.Add(ReadType(type));
                    break;
                case GraphQLTypeExtension extension:
                    types.Add(ReadExtension(extension));
                    break;
            }
        }

        return new SchemaDocument(types.ToEquatableArray(), directives.ToEquatableArray(), roots.ToEquatableArray(), hasSchema, Range(document.Definitions[0]));
    }

    private RootOperationDef ReadRoot(GraphQLRootOperationTypeDefinition root) =>
        new(ToKind(root.Operation), new NamedRef(root.Type!.Name.StringValue, Range(root.Type)));

    private TypeDef ReadType(GraphQLTypeDefinition type)
    {
        var description = Text(type.Description);
        var name = type.Name.StringValue;
        var range = Range(type.Name);
        return type switch
        {
            GraphQLObjectTypeDefinition o => Type(TypeDefKind.Object, false, name, description, o.Interfaces?.Items, o.Fields?.Items, null, null, null, o.Directives, range),
            GraphQLInterfaceTypeDefinition i => Type(TypeDefKind.Interface, false, name, description, i.Interfaces?.Items, i.Fields?.Items, null, null, null, i.Directives, range),
            GraphQLUnionTypeDefinition u => Type(TypeDefKind.Union, false, name, description, null, null, null, null, u.Types?.Items, u.Directives, range),
            GraphQLEnumTypeDefinition e => Type(TypeDefKind.Enum, false, name, description, null, null, null, e.Values?.Items, null, e.Directives, range),
            GraphQLInputObjectTypeDefinition io => Type(TypeDefKind.InputObject, false, name, description, null, null, io.Fields?.Items, null, null, io.Directives, range),
            GraphQLScalarTypeDefinition s => Type(TypeDefKind.Scalar, false, name, description, null, null, null, null, null, s.Directives, range),
            _ => Type(TypeDefKind.Scalar, false, name, description, null, null, null, null, null, null, range),
        };
    }

    private TypeDef ReadExtension(GraphQLTypeExtension type)
    {
        var name = type.Name.StringValue;
        var range = Range(type.Name);
        return type switch
        {
            GraphQLObjectTypeExtension o => Type(TypeDefKind.Object, true, name, null, o.Interfaces?.Items, o.Fields?.Items, null, null, null, o.Directives, range),
            GraphQLInterfaceTypeExtension i => Type(TypeDefKind.Interface, true, name, null, i.Interfaces?.Items, i.Fields?.Items, null, null, null, i.Directives, range),
            GraphQLUnionTypeExtension u => Type(TypeDefKind.Union, true, name, null, null, null, null, null, u.Types?.Items, u.Directives, range),
            GraphQLEnumTypeExtension e => Type(TypeDefKind.Enum, true, name, null, null, null, null, e.Values?.Items, null, e.Directives, range),
            GraphQLInputObjectTypeExtension io => Type(TypeDefKind.InputObject, true, name, null, null, null, io.Fields?.Items, null, null, io.Directives, range),
            GraphQLScalarTypeExtension s => Type(TypeDefKind.Scalar, true, name, null, null, null, null, null, null, s.Directives, range),
            _ => Type(TypeDefKind.Scalar, true, name, null, null, null, null, null, null, null, range),
        };
    }

    private TypeDef Type(
        TypeDefKind kind,
        bool isExtension,
        string name,
        string? description,
        List<GraphQLNamedType>? interfaces,
        List<GraphQLFieldDefinition>? fields,
        List<GraphQLInputValueDefinition>? inputFields,
        List<GraphQLEnumValueDefinition>? values,
        List<GraphQLNamedType>? members,
        GraphQLDirectives? directives,
        TextRange range) =>
        new(
            kind,
            isExtension,
            name,
            description,
            (interfaces ?? new List<GraphQLNamedType>()).Select(i => new NamedRef(i.Name.StringValue, Range(i))).ToEquatableArray(),
            (fields ?? new List<GraphQLFieldDefinition>()).Select(ReadField).ToEquatableArray(),
            ReadInputValues(inputFields),
            (values ?? new List<GraphQLEnumValueDefinition>()).Select(v => new EnumValueDef(v.Name.StringValue, Text(v.Description), ReadDirectives(v.Directives), Range(v.Name))).ToEquatableArray(),
            (members ?? new List<GraphQLNamedType>()).Select(m => new NamedRef(m.Name.StringValue, Range(m))).ToEquatableArray(),
            ReadDirectives(directives),
            range);

    private FieldDef ReadField(GraphQLFieldDefinition field) => new(
        field.Name.StringValue,
        Text(field.Description),
        ReadInputValues(field.Arguments?.Items),
        ReadType(field.Type),
        ReadDirectives(field.Directives),
        Range(field.Name));

    private EquatableArray<InputValueDef> ReadInputValues<T>(List<T>? values)
        where T : GraphQLInputValueDefinition =>
        (values ?? new List<T>()).Select(v => new InputValueDef(
            v.Name.StringValue,
            Text(v.Description),
            ReadType(v.Type),
            v.DefaultValue is null ? null : ReadValue(v.DefaultValue),
            ReadDirectives(v.Directives),
            Range(v.Name))).ToEquatableArray();

    private static string LocationName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => location.ToString().ToUpperInvariant(),
    };

    // ---------------- operations ----------------

    private OperationsDocument ReadOperations(GraphQLDocument document)
    {
        var operations = new List<OperationDef>();
        var fragments = new List<FragmentDef>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations.Add(new OperationDef(
                        ToKind(operation.Operation),
                        operation.Name?.StringValue,
                        (operation.Variables?.Items ?? new List<GraphQLVariableDefinition>()).Select(v => new VariableDef(
                            v.Variable.Name.StringValue,
                            ReadType(v.Type),
                            v.DefaultValue is null ? null : ReadValue(v.DefaultValue),
                            ReadDirectives(v.Directives),
                            Range(v))).ToEquatableArray(),
                        ReadDirectives(operation.Directives),
                        ReadSelections(operation.SelectionSet),
                        Range(operation),
                        operation.Name is null ? _lines.Range(operation.Location.Start, operation.Location.Start + 1) : Range(operation.Name)));
                    break;
                case GraphQLFragmentDefinition fragment:
                    fragments.Add(new FragmentDef(
                        fragment.FragmentName.Name.StringValue,
                        new NamedRef(fragment.TypeCondition.Type.Name.StringValue, Range(fragment.TypeCondition.Type)),
                        ReadDirectives(fragment.Directives),
                        ReadSelections(fragment.SelectionSet),
                        Range(fragment),
                        Range(fragment.FragmentName)));
                    break;
            }
        }

        return new OperationsDocument(operations.ToEquatableArray(), fragments.ToEquatableArray());
    }

    private EquatableArray<SelectionNode> ReadSelections(GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            return EquatableArray<SelectionNode>.Empty;
        }

        var result = new List<SelectionNode>(set.Selections.Count);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    result.Add(new SelectionNode(
                        SelectionKind.Field,
                        field.Alias?.Name.StringValue,
                        field.Name.StringValue,
                        ReadArguments(field.Arguments),
                        ReadDirectives(field.Directives),
                        null,
                        ReadSelections(field.SelectionSet),
                        field.SelectionSet is not null,
                        Range(field),
                        Range(field.Name)));
                    break;
                case GraphQLFragmentSpread spread:
                    result.Add(new SelectionNode(
                        SelectionKind.FragmentSpread,
                        null,
                        spread.FragmentName.Name.StringValue,
                        EquatableArray<ArgumentNode>.Empty,
                        ReadDirectives(spread.Directives),
                        null,
                        EquatableArray<SelectionNode>.Empty,
                        false,
                        Range(spread),
                        Range(spread.FragmentName.Name)));
                    break;
                case GraphQLInlineFragment inline:
                    result.Add(new SelectionNode(
                        SelectionKind.InlineFragment,
                        null,
                        string.Empty,
                        EquatableArray<ArgumentNode>.Empty,
                        ReadDirectives(inline.Directives),
                        inline.TypeCondition is null ? null : new NamedRef(inline.TypeCondition.Type.Name.StringValue, Range(inline.TypeCondition.Type)),
                        ReadSelections(inline.SelectionSet),
                        true,
                        Range(inline),
                        _lines.Range(inline.Location.Start, inline.Location.Start + 3)));
                    break;
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<ArgumentNode> ReadArguments(GraphQLArguments? arguments) =>
        arguments is null
            ? EquatableArray<ArgumentNode>.Empty
            : arguments.Items.Select(a => new ArgumentNode(a.Name.StringValue, ReadValue(a.Value), Range(a.Name))).ToEquatableArray();

    private EquatableArray<DirectiveNode> ReadDirectives(GraphQLDirectives? directives) =>
        directives is null
            ? EquatableArray<DirectiveNode>.Empty
            : directives.Items.Select(d => new DirectiveNode(d.Name.StringValue, ReadArguments(d.Arguments), Range(d))).ToEquatableArray();

    private TypeRef ReadType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => new TypeRef(TypeRefKind.NonNull, string.Empty, ReadType(nonNull.Type), Range(type)),
        GraphQLListType list => new TypeRef(TypeRefKind.List, string.Empty, ReadType(list.Type), Range(type)),
        GraphQLNamedType named => TypeRef.Named(named.Name.StringValue, Range(type)),
        _ => TypeRef.Named("?", Range(type)),
    };

    private ValueNode ReadValue(GraphQLValue value)
    {
        var range = Range(value);
        return value switch
        {
            GraphQLVariable variable => Leaf(ValueKind.Variable, variable.Name.StringValue, range),
            GraphQLIntValue i => Leaf(ValueKind.Int, i.Value.ToString(), range),
            GraphQLFloatValue f => Leaf(ValueKind.Float, f.Value.ToString(), range),
            GraphQLStringValue s => Leaf(ValueKind.String, s.Value.ToString(), range),
            GraphQLBooleanValue b => Leaf(ValueKind.Boolean, b.BoolValue ? "true" : "false", range),
            GraphQLNullValue => Leaf(ValueKind.Null, "null", range),
            GraphQLEnumValue e => Leaf(ValueKind.Enum, e.Name.StringValue, range),
            GraphQLListValue list => new ValueNode(
                ValueKind.List,
                string.Empty,
                (list.Values ?? new List<GraphQLValue>()).Select(ReadValue).ToEquatableArray(),
                EquatableArray<ObjectFieldNode>.Empty,
                range),
            GraphQLObjectValue obj => new ValueNode(
                ValueKind.Object,
                string.Empty,
                EquatableArray<ValueNode>.Empty,
                (obj.Fields ?? new List<GraphQLObjectField>()).Select(f => new ObjectFieldNode(f.Name.StringValue, ReadValue(f.Value), Range(f.Name))).ToEquatableArray(),
                range),
            _ => Leaf(ValueKind.Null, "null", range),
        };
    }

    private static ValueNode Leaf(ValueKind kind, string text, TextRange range) =>
        new(kind, text, EquatableArray<ValueNode>.Empty, EquatableArray<ObjectFieldNode>.Empty, range);

    private static OperationKind ToKind(OperationType type) => type switch
    {
        OperationType.Mutation => OperationKind.Mutation,
        OperationType.Subscription => OperationKind.Subscription,
        _ => OperationKind.Query,
    };
}
