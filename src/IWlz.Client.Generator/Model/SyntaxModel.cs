using System;
using IWlz.Client.Generator.Infrastructure;

namespace IWlz.Client.Generator.Model;

// Equatable copies of the GraphQL syntax the generator needs. The parser's AST is not kept in pipeline
// values: it does not implement value equality and would pin the source text in memory.

/// <summary>A type reference such as <c>[String!]!</c>.</summary>
internal sealed record TypeRef(TypeRefKind Kind, string Name, TypeRef? OfType, TextRange Range)
{
    public static TypeRef Named(string name, TextRange range) => new(TypeRefKind.Named, name, null, range);

    public TypeRef NamedType => Kind == TypeRefKind.Named ? this : OfType!.NamedType;

    public bool IsNonNull => Kind == TypeRefKind.NonNull;

    public bool IsList => Kind == TypeRefKind.List || (Kind == TypeRefKind.NonNull && OfType!.Kind == TypeRefKind.List);

    public TypeRef Nullable => Kind == TypeRefKind.NonNull ? OfType! : this;

    public override string ToString() => Kind switch
    {
        TypeRefKind.Named => Name,
        TypeRefKind.List => "[" + OfType + "]",
        _ => OfType + "!",
    };

    /// <summary>Structural equality that ignores source positions.</summary>
    public bool SameAs(TypeRef other) => Kind == other.Kind && Name == other.Name
        && (OfType is null ? other.OfType is null : other.OfType is not null && OfType.SameAs(other.OfType));
}

internal enum TypeRefKind
{
    Named,
    List,
    NonNull,
}

internal enum ValueKind
{
    Variable,
    Int,
    Float,
    String,
    Boolean,
    Null,
    Enum,
    List,
    Object,
}

/// <summary>A literal value or variable reference. <see cref="Text"/> holds the name, the raw number, the decoded string or "true"/"false".</summary>
internal sealed record ValueNode(ValueKind Kind, string Text, EquatableArray<ValueNode> Items, EquatableArray<ObjectFieldNode> Fields, TextRange Range);

internal sealed record ObjectFieldNode(string Name, ValueNode Value, TextRange NameRange);

internal sealed record ArgumentNode(string Name, ValueNode Value, TextRange NameRange);

internal sealed record DirectiveNode(string Name, EquatableArray<ArgumentNode> Arguments, TextRange Range);

// ---- type system ----

internal enum TypeDefKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

internal sealed record InputValueDef(
    string Name,
    string? Description,
    TypeRef Type,
    ValueNode? DefaultValue,
    EquatableArray<DirectiveNode> Directives,
    TextRange NameRange);

internal sealed record FieldDef(
    string Name,
    string? Description,
    EquatableArray<InputValueDef> Arguments,
    TypeRef Type,
    EquatableArray<DirectiveNode> Directives,
    TextRange NameRange);

internal sealed record EnumValueDef(string Name, string? Description, EquatableArray<DirectiveNode> Directives, TextRange NameRange);

internal sealed record NamedRef(string Name, TextRange Range);

internal sealed record TypeDef(
    TypeDefKind Kind,
    bool IsExtension,
    string Name,
    string? Description,
    EquatableArray<NamedRef> Interfaces,
    EquatableArray<FieldDef> Fields,
    EquatableArray<InputValueDef> InputFields,
    EquatableArray<EnumValueDef> Values,
    EquatableArray<NamedRef> Members,
    EquatableArray<DirectiveNode> Directives,
    TextRange NameRange);

internal sealed record DirectiveDef(
    string Name,
    string? Description,
    EquatableArray<InputValueDef> Arguments,
    bool Repeatable,
    EquatableArray<string> Locations,
    TextRange NameRange);

internal sealed record RootOperationDef(OperationKind Operation, NamedRef Type);

internal sealed record SchemaDocument(
    EquatableArray<TypeDef> Types,
    EquatableArray<DirectiveDef> Directives,
    EquatableArray<RootOperationDef> RootOperations,
    bool HasSchemaDefinition,
    TextRange FirstDefinitionRange);

// ---- executable documents ----

internal enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

internal enum SelectionKind
{
    Field,
    FragmentSpread,
    InlineFragment,
}

/// <summary>
/// One selection. For a field: <see cref="Name"/>, optional <see cref="Alias"/>, arguments and optional
/// children. For a fragment spread: <see cref="Name"/> is the fragment. For an inline fragment: optional
/// <see cref="TypeCondition"/> and children.
/// </summary>
internal sealed record SelectionNode(
    SelectionKind Kind,
    string? Alias,
    string Name,
    EquatableArray<ArgumentNode> Arguments,
    EquatableArray<DirectiveNode> Directives,
    NamedRef? TypeCondition,
    EquatableArray<SelectionNode> Selections,
    bool HasSelectionSet,
    TextRange Range,
    TextRange NameRange)
{
    public string ResponseKey => Alias ?? Name;
}

internal sealed record VariableDef(string Name, TypeRef Type, ValueNode? DefaultValue, EquatableArray<DirectiveNode> Directives, TextRange Range);

internal sealed record OperationDef(
    OperationKind Kind,
    string? Name,
    EquatableArray<VariableDef> Variables,
    EquatableArray<DirectiveNode> Directives,
    EquatableArray<SelectionNode> Selections,
    TextRange Range,
    TextRange NameRange);

internal sealed record FragmentDef(
    string Name,
    NamedRef TypeCondition,
    EquatableArray<DirectiveNode> Directives,
    EquatableArray<SelectionNode> Selections,
    TextRange Range,
    TextRange NameRange);

internal sealed record OperationsDocument(EquatableArray<OperationDef> Operations, EquatableArray<FragmentDef> Fragments);

internal static class OperationKindExtensions
{
    public static string Keyword(this OperationKind kind) => kind switch
    {
        OperationKind.Mutation => "mutation",
        OperationKind.Subscription => "subscription",
        _ => "query",
    };

    public static string DefaultRootTypeName(this OperationKind kind) => kind switch
    {
        OperationKind.Mutation => "Mutation",
        OperationKind.Subscription => "Subscription",
        _ => "Query",
    };
}
