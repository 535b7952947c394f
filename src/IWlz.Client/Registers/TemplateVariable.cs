namespace IWlz.Client.Registers;

/// <summary>One variable a template declares, with its GraphQL type as written in the template.</summary>
public sealed class TemplateVariable
{
    internal TemplateVariable(string name, string graphQLType, TemplateVariableKind kind, DerivedDateRule? derivedDateRule = null, string? derivedFrom = null)
    {
        Name = name;
        GraphQLType = graphQLType;
        Kind = kind;
        DerivedDateRule = derivedDateRule;
        DerivedFrom = derivedFrom;
    }

    /// <summary>The variable name without <c>$</c>, in the template's own spelling (for example <c>Instelling</c> or <c>uitvoerendZorgkantoor</c>).</summary>
    public string Name { get; }

    /// <summary>The GraphQL type, such as <c>UUID!</c> or <c>String</c>.</summary>
    public string GraphQLType { get; }

    /// <summary>Whether the type is non-null, so the variable must be sent with a value.</summary>
    public bool IsRequired => GraphQLType.EndsWith('!');

    /// <summary>Where the value comes from.</summary>
    public TemplateVariableKind Kind { get; }

    /// <summary>For <see cref="TemplateVariableKind.DerivedDate"/>: how the value is computed.</summary>
    public DerivedDateRule? DerivedDateRule { get; }

    /// <summary>For <see cref="TemplateVariableKind.DerivedDate"/>: the variable the value is computed from.</summary>
    public string? DerivedFrom { get; }

    /// <inheritdoc />
    public override string ToString() => $"${Name}: {GraphQLType}";
}
