namespace IWlz.Client.Registers.Internal;

/// <summary>
/// The subset rule on parsed documents: a request's variables must be the template's (same name, type and
/// default), it carries no directives, and every selected field must be in the template at the same path
/// with the same arguments.
/// The generator (IWLZGEN019) and the simulator's PEP apply the same rule; the shared corpus in
/// tests/Shared/TemplateSubset keeps the three in agreement.
/// </summary>
internal static class TemplateSubset
{
    /// <summary>Why a request does not fit a template: the variable or field path, and a sentence that ends "… template {id}".</summary>
    internal sealed record Excess(string? Variable, string? FieldPath, string Text);

    /// <summary>Whether every root field of the request is a root field of the template (the first test of a candidate).</summary>
    public static bool SameRoot(SelectionShape request, SelectionShape template) =>
        request.Children.Values.All(r => template.Children.Values.Any(t => t.FieldName == r.FieldName));

    /// <summary>The first way the request goes beyond the template, or <see langword="null"/> when it is a subset.</summary>
    public static Excess? FindExcess(OperationNode request, SelectionShape requestShape, OperationNode template, SelectionShape templateShape, string templateId)
    {
        foreach (var variable in request.Variables)
        {
            var match = template.Variables.FirstOrDefault(v => v.Name == variable.Name);
            if (match is null)
            {
                return new Excess(variable.Name, null, $"declares variable ${variable.Name}, which template {templateId} does not have");
            }

            if (match.Type != variable.Type || match.DefaultValue != variable.DefaultValue)
            {
                return new Excess(variable.Name, null, $"declares variable ${variable.Name} as {variable.Type}{(variable.DefaultValue is null ? string.Empty : " = " + variable.DefaultValue)}, but template {templateId} declares {match.Type}{(match.DefaultValue is null ? string.Empty : " = " + match.DefaultValue)}");
            }
        }

        if (requestShape.FirstDirective is { } directive)
        {
            return new Excess(null, directive.Path, $"puts directive @{directive.Name} on '{directive.Path}'; template {templateId} has none, and the network refuses directives in a request");
        }

        if (requestShape.FindExcess(templateShape) is { } field)
        {
            return new Excess(null, field.Path, $"field '{field.Path}' {field.Problem} template {templateId}");
        }

        return null;
    }
}
