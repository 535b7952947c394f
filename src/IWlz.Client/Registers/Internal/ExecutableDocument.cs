namespace IWlz.Client.Registers.Internal;

/// <summary>The parts of a GraphQL executable document the template rules look at.</summary>
internal sealed class ExecutableDocument(IReadOnlyList<OperationNode> operations, IReadOnlyDictionary<string, FragmentNode> fragments)
{
    public IReadOnlyList<OperationNode> Operations { get; } = operations;

    public IReadOnlyDictionary<string, FragmentNode> Fragments { get; } = fragments;
}

/// <summary>An operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>, its name, variables and selections.</summary>
internal sealed class OperationNode(string kind, string? name, IReadOnlyList<VariableNode> variables, IReadOnlyList<SelectionNode> selections, int line, int column)
{
    public string Kind { get; } = kind;

    public string? Name { get; } = name;

    public IReadOnlyList<VariableNode> Variables { get; } = variables;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A variable definition; <see cref="Type"/> is normalised text such as <c>[UUID!]!</c>.</summary>
internal sealed record VariableNode(string Name, string Type, string? DefaultValue);

internal enum SelectionKind
{
    Field,
    FragmentSpread,
    InlineFragment,
}

/// <summary>
/// A field (with its canonical argument text), a fragment spread or an inline fragment. Of its directives
/// only the first name is kept: a request to an iWlz service may not carry any (the PEP refuses them).
/// </summary>
internal sealed class SelectionNode(SelectionKind kind, string name, string arguments, IReadOnlyList<SelectionNode> selections, int line, int column, string? alias = null)
{
    public SelectionKind Kind { get; } = kind;

    /// <summary>The field name (not the alias), the fragment name, or the inline fragment's type condition (may be empty).</summary>
    public string Name { get; } = name;

    /// <summary>For fields: the key in the response, the alias when there is one.</summary>
    public string ResponseName { get; } = alias ?? name;

    /// <summary>For fields: the arguments, sorted by name, with canonical values; empty when there are none.</summary>
    public string Arguments { get; } = arguments;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The name of the first directive on this selection (without <c>@</c>), or <see langword="null"/>.</summary>
    public string? Directive { get; init; }
}

/// <summary>A named fragment.</summary>
internal sealed class FragmentNode(string name, string typeCondition, IReadOnlyList<SelectionNode> selections)
{
    public string Name { get; } = name;

    public string TypeCondition { get; } = typeCondition;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
