using System.Text.Json.Nodes;
using GraphQLParser.AST;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>
/// Checks that a request's root field is a subset of a template's: every requested field (by name;
/// aliases are free) must be in the template at the same place, and every argument must be written as
/// the template writes it: where the template has a variable, the same variable (the PDP reads required
/// variables by name from the request's <c>variables</c>, so a renamed variable or an inline value leaves
/// it missing), whose value the request sends rather than leaving it to a default in the document; where
/// the template has a literal, the same literal. Fragments are expanded; directives and a
/// <c>__typename</c> the template does not select are refused. The values bound to the template's
/// variables are collected for the identity and date rules. The SDK's TemplateGuard and the generator's
/// IWLZGEN019 apply the same rule on syntax and also compare the variables' declared types and defaults
/// (see tests/Corpus/TemplateSubset/template-subset-cases.txt, lines "pep:", and docs/spec-decisions.md).
/// </summary>
internal sealed class SelectionMatcher
{
    private readonly GraphQLDocument request;
    private readonly GraphQLOperationDefinition operation;
    private readonly JsonObject? variables;
    private readonly Dictionary<string, JsonNode?> bindings = new(StringComparer.Ordinal);

    public SelectionMatcher(GraphQLDocument request, GraphQLOperationDefinition operation, JsonObject? variables)
    {
        this.request = request;
        this.operation = operation;
        this.variables = variables;
    }

    /// <summary>Template variable name → the request's value for it.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Bindings => bindings;

    /// <summary>The sub-paths of the request's selection, such as <c>bemiddeling.client.contactpersoon</c>.</summary>
    public HashSet<string> SelectedPaths { get; } = new(StringComparer.Ordinal);

    /// <summary>Matches; returns <see langword="null"/> on success or the reason it does not match.</summary>
    public string? Match(GraphQLField template, GraphQLField field) => MatchField(template, field, field.Name.StringValue);

    private string? MatchField(GraphQLField template, GraphQLField field, string path)
    {
        SelectedPaths.Add(path);
        if (field.Directives is { Count: > 0 })
        {
            return $"directives are not allowed (on '{path}')";
        }

        var templateArgs = template.Arguments?.Items ?? [];
        var requestArgs = field.Arguments?.Items ?? [];
        foreach (var extra in requestArgs.Where(a => templateArgs.All(t => t.Name.StringValue != a.Name.StringValue)))
        {
            return $"argument '{extra.Name.StringValue}' on '{path}' is not in the template";
        }

        foreach (var argument in templateArgs)
        {
            var supplied = requestArgs.FirstOrDefault(a => a.Name.StringValue == argument.Name.StringValue);
            if (supplied is null)
            {
                return $"argument '{argument.Name.StringValue}' on '{path}' is required by the template";
            }

            var reason = MatchValue(argument.Value, supplied.Value, $"{path}({argument.Name.StringValue})");
            if (reason is not null)
            {
                return reason;
            }
        }

        if (field.SelectionSet is null)
        {
            return null;
        }

        if (template.SelectionSet is null)
        {
            return $"'{path}' has no sub-selection in the template";
        }

        return MatchSelections(template.SelectionSet, field.SelectionSet, path);
    }

    private string? MatchSelections(GraphQLSelectionSet template, GraphQLSelectionSet selections, string path)
    {
        foreach (var selection in selections.Selections)
        {
            string? reason;
            switch (selection)
            {
                case GraphQLField { Name.StringValue: "__typename" } typename when typename.Directives is not { Count: > 0 }
                    && template.Selections.OfType<GraphQLField>().Any(t => t.Name.StringValue == "__typename"):
                    continue;
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var allowed = template.Selections.OfType<GraphQLField>().FirstOrDefault(t => t.Name.StringValue == name);
                    reason = allowed is null
                        ? $"field '{path}.{name}' is not in the template"
                        : MatchField(allowed, field, $"{path}.{name}");
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = request.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    reason = spread.Directives is { Count: > 0 }
                        ? $"directives are not allowed (on '{path}')"
                        : fragment is null
                            ? $"fragment '{spread.FragmentName.Name.StringValue}' is not defined"
                            : MatchSelections(template, fragment.SelectionSet, path);
                    break;
                case GraphQLInlineFragment inline:
                    reason = inline.Directives is { Count: > 0 }
                        ? $"directives are not allowed (on '{path}')"
                        : MatchSelections(template, inline.SelectionSet, path);
                    break;
                default:
                    reason = $"unsupported selection in '{path}'";
                    break;
            }

            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    private string? MatchValue(GraphQLValue template, GraphQLValue value, string path)
    {
        switch (template)
        {
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (value is not GraphQLVariable given || given.Name.StringValue != name)
                {
                    return $"{path} must be the template's variable ${name}, sent in the request's variables";
                }

                if (variables is null || !variables.TryGetPropertyValue(name, out var supplied))
                {
                    // A value the document's default supplies is not in the variables the PDP reads.
                    var definition = operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name);
                    if (definition?.DefaultValue is not null)
                    {
                        return $"${name} must be sent in the request's variables, not as a default value in the document";
                    }

                    supplied = null;
                }

                bindings[name] = supplied?.DeepClone();
                return null;
            case GraphQLObjectValue obj:
                if (value is not GraphQLObjectValue givenObject)
                {
                    return $"{path} must be an object written as in the template";
                }

                var fields = obj.Fields ?? [];
                var givenFields = givenObject.Fields ?? [];
                foreach (var extra in givenFields.Where(g => fields.All(f => f.Name.StringValue != g.Name.StringValue)))
                {
                    return $"{path}.{extra.Name.StringValue} is not in the template";
                }

                foreach (var field in fields)
                {
                    var key = field.Name.StringValue;
                    var child = givenFields.FirstOrDefault(g => g.Name.StringValue == key);
                    if (child is null)
                    {
                        return $"{path}.{key} is required by the template";
                    }

                    var reason = MatchValue(field.Value, child.Value, $"{path}.{key}");
                    if (reason is not null)
                    {
                        return reason;
                    }
                }

                return null;
            case GraphQLListValue list:
                var items = list.Values ?? [];
                var givenItems = (value as GraphQLListValue)?.Values ?? [];
                if (value is not GraphQLListValue || givenItems.Count != items.Count)
                {
                    return $"{path} must be a list of {items.Count} written as in the template";
                }

                for (var i = 0; i < items.Count; i++)
                {
                    var reason = MatchValue(items[i], givenItems[i], $"{path}[{i}]");
                    if (reason is not null)
                    {
                        return reason;
                    }
                }

                return null;
            default:
                var expected = GraphQLValues.Canonical(GraphQLValues.Literal(template));
                if (value is GraphQLVariable)
                {
                    return $"{path} must be the literal {expected} as in the template, not a variable";
                }

                return expected == GraphQLValues.Canonical(GraphQLValues.Literal(value))
                    ? null
                    : $"{path} must be {expected} as in the template";
        }
    }
}
