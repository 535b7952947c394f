using System;
using System.Collections.Generic;
using System.Linq;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Emit;
using IWlz.Client.Generator.Model;

namespace IWlz.Client.Generator.Semantics;

/// <summary>
/// Enforces the template rule: when a client has published query templates, every generated
/// non-template operation must be a subset of one of them. Same operation type and root fields; the
/// variables it declares are the template's (name, type and default); no directives on selections (the
/// network refuses them); each selected field must exist in the template at the same path with the same
/// arguments (literal values and variable names); fields may be dropped, never added. Aliases are ignored
/// and fragments expanded. The SDK's run-time TemplateGuard and the simulator's PEP apply the same rule;
/// the shared corpus in tests/Corpus/TemplateSubset keeps the three in agreement.
/// The check also answers which template an operation narrows, so the generated descriptor can carry its
/// <c>TemplateId</c> and the run-time guard checks against that one template: the template that the file's
/// <c>IWlzTemplateId</c> names, else the only template the operation fits. When it fits several and names
/// none, the descriptor names none and the run-time guard chooses among them by the caller's role.
/// </summary>
internal sealed class TemplateSubsetChecker
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentInfo> _fragments;
    private readonly List<(OperationInfo Info, Shape Shape)> _templates = new();

    public TemplateSubsetChecker(Schema schema, IReadOnlyDictionary<string, FragmentInfo> fragments, IEnumerable<OperationInfo> templates)
    {
        _schema = schema;
        _fragments = fragments;
        foreach (var template in templates)
        {
            _templates.Add((template, BuildShape(template)));
        }
    }

    public bool HasTemplates => _templates.Count > 0;

    /// <summary>Checks one operation: the template it narrows, or a diagnostic when it narrows none (or not the one it names).</summary>
    public TemplateCheck Check(OperationInfo operation)
    {
        var shape = BuildShape(operation);
        var definition = operation.Definition;
        var named = operation.File.Metadata.IsTemplate ? null : operation.File.Metadata.TemplateId;
        if (named is not null)
        {
            return CheckNamed(operation, shape, named);
        }

        var candidates = _templates
            .Where(t => t.Info.Definition.Kind == definition.Kind
                && shape.Children.Values.All(c => t.Shape.Children.Values.Any(tc => tc.FieldName == c.FieldName)))
            .ToList();
        var clientName = operation.File.Metadata.ClientName;
        if (candidates.Count == 0)
        {
            var roots = string.Join(", ", shape.Children.Values.Select(c => $"'{c.FieldName}'"));
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.NotTemplateSubset,
                operation.File.Path,
                definition.NameRange,
                $"Operation '{definition.Name}' ({definition.Kind.Keyword()} on {roots}) does not match any published template of client '{clientName}': no {definition.Kind.Keyword()} template selects these root fields. Start from a template ({TemplateIds()}) and only remove fields."));
        }

        if (FindDirective(operation.Definition.Selections, operation.File.Path, string.Empty, 0) is { } directive)
        {
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.NotTemplateSubset,
                directive.Path,
                directive.Range,
                $"Operation '{definition.Name}' is not a subset of a published template of client '{clientName}': {directive.Message}. The network refuses directives in a request; remove it."));
        }

        Violation? best = null;
        string? bestTemplate = null;
        var bestCount = int.MaxValue;
        var matches = new List<string>();
        foreach (var (template, templateShape) in candidates)
        {
            var violations = Violations(operation, shape, template, templateShape);
            if (violations.Count == 0)
            {
                matches.Add(template.File.Metadata.TemplateId!);
            }
            else if (violations.Count < bestCount)
            {
                bestCount = violations.Count;
                best = violations[0];
                bestTemplate = template.File.Metadata.TemplateId;
            }
        }

        if (matches.Count == 1)
        {
            return TemplateCheck.Narrows(matches[0]);
        }

        if (matches.Count > 1)
        {
            // Allowed, but the build cannot say which template's rules apply; the run-time guard picks by role.
            return TemplateCheck.Ambiguous(DiagnosticInfo.Create(
                Descriptors.SeveralTemplates,
                operation.File.Path,
                definition.NameRange,
                $"Operation '{definition.Name}' is a subset of {matches.Count} templates of client '{clientName}' ({string.Join(", ", matches)}), so its descriptor names none, and at run time the SDK uses the first of them that the configured party's role may send. Set IWlzTemplateId=\"{matches[0]}\" (or another of them) on {System.IO.Path.GetFileName(operation.File.Path)} to name the template."));
        }

        return TemplateCheck.Failed(DiagnosticInfo.Create(
            Descriptors.NotTemplateSubset,
            best!.Path,
            best.Range,
            $"Operation '{definition.Name}' is not a subset of a published template of client '{clientName}': {best.Message} (closest template: {bestTemplate}). Templates may only be narrowed by removing fields; remove this or start from another template."));
    }

    /// <summary>The file names the template (IWlzTemplateId): it must exist, and the operation must narrow exactly that one.</summary>
    private TemplateCheck CheckNamed(OperationInfo operation, Shape shape, string named)
    {
        var definition = operation.Definition;
        var clientName = operation.File.Metadata.ClientName;
        var fileName = System.IO.Path.GetFileName(operation.File.Path);
        var index = _templates.FindIndex(t => string.Equals(t.Info.File.Metadata.TemplateId, named, StringComparison.Ordinal));
        if (index < 0)
        {
            var sameIgnoringCase = _templates.FirstOrDefault(t => string.Equals(t.Info.File.Metadata.TemplateId, named, StringComparison.OrdinalIgnoreCase)).Info?.File.Metadata.TemplateId;
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.UnknownTemplate,
                operation.File.Path,
                definition.NameRange,
                $"{fileName} sets IWlzTemplateId=\"{named}\", but client '{clientName}' has no template with that ID{(sameIgnoringCase is null ? string.Empty : $" (IDs are case-sensitive: did you mean {sameIgnoringCase}?)")}. Its templates are {TemplateIds()}. Name one of them, or remove IWlzTemplateId to let the build find the template."));
        }

        var (template, templateShape) = _templates[index];
        if (FindDirective(definition.Selections, operation.File.Path, string.Empty, 0) is { } directive)
        {
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.NotTemplateSubset,
                directive.Path,
                directive.Range,
                $"Operation '{definition.Name}' is not a subset of template {named}, which IWlzTemplateId names: {directive.Message}. The network refuses directives in a request; remove it."));
        }

        if (template.Definition.Kind != definition.Kind)
        {
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.NotTemplateSubset,
                operation.File.Path,
                definition.NameRange,
                $"Operation '{definition.Name}' is a {definition.Kind.Keyword()}, but template {named}, which IWlzTemplateId names, is a {template.Definition.Kind.Keyword()}. Name another template or remove IWlzTemplateId."));
        }

        var violations = Violations(operation, shape, template, templateShape);
        if (violations.Count > 0)
        {
            var first = violations[0];
            return TemplateCheck.Failed(DiagnosticInfo.Create(
                Descriptors.NotTemplateSubset,
                first.Path,
                first.Range,
                $"Operation '{definition.Name}' is not a subset of template {named}, which IWlzTemplateId names: {first.Message}. Templates may only be narrowed by removing fields; remove this, or name the template the operation narrows."));
        }

        return TemplateCheck.Narrows(named);
    }

    private List<Violation> Violations(OperationInfo operation, Shape shape, OperationInfo template, Shape templateShape)
    {
        var violations = new List<Violation>();
        CompareVariables(operation, template, violations);
        Compare(shape, templateShape, string.Empty, template.File.Metadata.TemplateId!, violations);
        return violations;
    }

    private string TemplateIds() => string.Join(", ", _templates.Select(t => t.Info.File.Metadata.TemplateId));

    private static void CompareVariables(OperationInfo operation, OperationInfo template, List<Violation> violations)
    {
        var templateId = template.File.Metadata.TemplateId;
        foreach (var variable in operation.Definition.Variables)
        {
            var match = template.Definition.Variables.FirstOrDefault(v => v.Name == variable.Name);
            if (match is null)
            {
                violations.Add(new Violation($"variable '${variable.Name}' is not in template {templateId}", operation.File.Path, variable.Range));
            }
            else if (!match.Type.SameAs(variable.Type))
            {
                violations.Add(new Violation($"variable '${variable.Name}' has type '{variable.Type}' but '{match.Type}' in template {templateId}", operation.File.Path, variable.Range));
            }
            else if (DefaultText(variable) != DefaultText(match))
            {
                violations.Add(new Violation($"variable '${variable.Name}' has default value {DefaultText(variable) ?? "(none)"} but {DefaultText(match) ?? "(none)"} in template {templateId}", operation.File.Path, variable.Range));
            }
        }
    }

    private static string? DefaultText(VariableDef variable) => variable.DefaultValue is null ? null : DocumentPrinter.Canonical(variable.DefaultValue);

    /// <summary>The first directive on a selection of the operation or of a fragment it spreads.</summary>
    private Violation? FindDirective(IEnumerable<SelectionNode> selections, string file, string path, int depth)
    {
        if (depth > 256)
        {
            return null;
        }

        foreach (var selection in selections)
        {
            var selectionPath = selection.Kind == SelectionKind.Field ? (path.Length == 0 ? selection.Name : path + "." + selection.Name) : path;
            if (selection.Directives.Count > 0)
            {
                var directive = selection.Directives[0];
                return new Violation($"directive '@{directive.Name}' on '{(selectionPath.Length == 0 ? "(root)" : selectionPath)}' is not in any template", file, directive.Range);
            }

            var found = selection.Kind == SelectionKind.FragmentSpread
                ? _fragments.TryGetValue(selection.Name, out var fragment) ? FindDirective(fragment.Definition.Selections, fragment.File.Path, path, depth + 1) : null
                : FindDirective(selection.Selections, file, selectionPath, depth + 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static void Compare(Shape operation, Shape template, string path, string templateId, List<Violation> violations)
    {
        foreach (var child in operation.Children.Values)
        {
            var childPath = path.Length == 0 ? child.FieldName : path + "." + child.FieldName;
            if (child.TypeCondition is not null)
            {
                childPath = path.Length == 0 ? $"(on {child.TypeCondition}).{child.FieldName}" : $"{path}.(on {child.TypeCondition}).{child.FieldName}";
            }

            if (!template.Children.TryGetValue(child.Key, out var match))
            {
                var sameField = template.Children.Values.FirstOrDefault(c => c.FieldName == child.FieldName && c.TypeCondition == child.TypeCondition);
                violations.Add(sameField is null
                    ? new Violation($"field '{childPath}' is not in template {templateId}", child.Path, child.Range)
                    : new Violation($"field '{childPath}' has arguments ({child.Arguments}) that differ from template {templateId} ({sameField.Arguments})", child.Path, child.Range));
                continue;
            }

            Compare(child, match, childPath, templateId, violations);
        }
    }

    private Shape BuildShape(OperationInfo operation)
    {
        var root = new Shape(string.Empty, string.Empty, null, string.Empty, operation.File.Path, TextRange.None);
        if (operation.Root is not null)
        {
            Add(root, operation.Root, operation.Root, operation.Definition.Selections, operation.File.Path, 0);
        }

        return root;
    }

    private void Add(Shape target, SchemaType parent, SchemaType scope, IEnumerable<SelectionNode> selections, string path, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        foreach (var selection in selections)
        {
            switch (selection.Kind)
            {
                case SelectionKind.Field:
                    var condition = scope.Name == parent.Name || _schema.Covers(scope, parent) ? null : scope.Name;
                    var arguments = DocumentPrinter.CanonicalArguments(selection.Arguments);
                    var key = (condition is null ? string.Empty : condition + ":") + selection.Name + "(" + arguments + ")";
                    if (!target.Children.TryGetValue(key, out var child))
                    {
                        child = new Shape(key, selection.Name, condition, arguments, path, selection.NameRange);
                        target.Children[key] = child;
                    }

                    if (selection.HasSelectionSet)
                    {
                        var fieldType = scope.FieldMap.TryGetValue(selection.Name, out var field) ? _schema.Find(field.Type.NamedType.Name) : null;
                        if (fieldType is not null)
                        {
                            Add(child, fieldType, fieldType, selection.Selections, path, depth + 1);
                        }
                    }

                    break;
                case SelectionKind.InlineFragment:
                    var inlineScope = selection.TypeCondition is null ? scope : _schema.Find(selection.TypeCondition.Name);
                    if (inlineScope is not null)
                    {
                        Add(target, parent, inlineScope, selection.Selections, path, depth + 1);
                    }

                    break;
                case SelectionKind.FragmentSpread:
                    if (_fragments.TryGetValue(selection.Name, out var fragment) && fragment.Type is not null)
                    {
                        Add(target, parent, fragment.Type, fragment.Definition.Selections, fragment.File.Path, depth + 1);
                    }

                    break;
            }
        }
    }

    private sealed class Shape
    {
        public Shape(string key, string fieldName, string? typeCondition, string arguments, string path, TextRange range)
        {
            Key = key;
            FieldName = fieldName;
            TypeCondition = typeCondition;
            Arguments = arguments;
            Path = path;
            Range = range;
        }

        public string Key { get; }

        public string FieldName { get; }

        public string? TypeCondition { get; }

        public string Arguments { get; }

        public string Path { get; }

        public TextRange Range { get; }

        public Dictionary<string, Shape> Children { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Violation(string Message, string Path, TextRange Range);
}

/// <summary>
/// The answer of <see cref="TemplateSubsetChecker.Check"/>: the template the operation narrows (its ID goes into
/// the generated descriptor), and a diagnostic: an error when it narrows none, a warning when it narrows several.
/// </summary>
internal sealed class TemplateCheck
{
    private TemplateCheck(string? templateId, DiagnosticInfo? diagnostic, bool isError)
    {
        TemplateId = templateId;
        Diagnostic = diagnostic;
        IsError = isError;
    }

    public string? TemplateId { get; }

    public DiagnosticInfo? Diagnostic { get; }

    public bool IsError { get; }

    public static TemplateCheck Narrows(string templateId) => new(templateId, null, isError: false);

    public static TemplateCheck Ambiguous(DiagnosticInfo warning) => new(null, warning, isError: false);

    public static TemplateCheck Failed(DiagnosticInfo error) => new(null, error, isError: true);
}
