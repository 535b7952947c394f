using System;
using System.Collections.Generic;
using System.Linq;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Semantics;

namespace IWlz.Client.Generator.Emit;

/// <summary>
/// Builds the result classes of one validated operation. Fields are collected through fragments and
/// merged by response name; a field that only applies under a type condition narrower than its parent
/// (or under @skip/@include) becomes nullable. Selections that share a response name must select the same
/// field with the same arguments and the same shape, otherwise one property could not hold both.
/// </summary>
internal sealed class ResultModelBuilder
{
    private const int MaxDepth = 64;

    private readonly Schema _schema;
    private readonly TypeRegistry _types;
    private readonly IReadOnlyDictionary<string, FragmentInfo> _fragments;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly bool _register;

    public ResultModelBuilder(Schema schema, TypeRegistry types, IReadOnlyDictionary<string, FragmentInfo> fragments, List<DiagnosticInfo> diagnostics, bool register)
    {
        _schema = schema;
        _types = types;
        _fragments = fragments;
        _diagnostics = diagnostics;
        _register = register;
    }

    public bool HasErrors { get; private set; }

    public ResultClass Build(OperationInfo operation, string className)
    {
        var root = operation.Root!;
        return BuildClass(className, className, root, new[] { new Source(operation.Definition.Selections, operation.File.Path) }, 0);
    }

    /// <summary>The root field names, in document order, with fragments expanded.</summary>
    public List<string> RootFields(OperationInfo operation)
    {
        var groups = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(operation.Root!, operation.Root!, operation.Definition.Selections, operation.File.Path, false, false, order, groups, 0);
        return order.Select(key => groups[key][0].Selection.Name).Where(n => n != "__typename").Distinct().ToList();
    }

    private ResultClass BuildClass(string name, string fullName, SchemaType type, IEnumerable<Source> sources, int depth)
    {
        var result = new ResultClass(name, fullName, type.Name, type.Description);
        var groups = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var source in sources)
        {
            Collect(type, type, source.Selections, source.Path, false, false, order, groups, depth);
        }

        var scope = new NameScope(name);
        var nested = new List<(ResultProperty Property, List<Occurrence> Occurrences, SchemaType Type, CsType Innermost)>();
        foreach (var key in order)
        {
            var occurrences = groups[key];
            if (!CheckConflicts(key, type, occurrences))
            {
                continue;
            }

            var first = occurrences.FirstOrDefault(o => !o.Conditional && !o.Skippable) ?? occurrences[0];
            var fieldType = FieldType(first);
            var forcedNullable = occurrences.All(o => o.Conditional || o.Skippable);
            var named = first.Field is null ? _schema.Find("String")! : _schema.Find(fieldType.NamedType.Name);
            if (named is null)
            {
                continue;
            }

            var csType = OutputType(fieldType, named, out var innermost);
            string? reason = null;
            if (forcedNullable && !csType.Nullable && !csType.EmptyWhenNull)
            {
                csType.Nullable = true;
                reason = occurrences.All(o => o.Skippable)
                    ? "It is null when @skip or @include leaves the field out."
                    : "It is only selected for some types (a fragment with a narrower type condition), so it is null for the others.";
            }

            var property = new ResultProperty
            {
                JsonName = key,
                Name = scope.Allocate(Naming.ToPascalCase(key)),
                Type = csType,
                GraphQLField = first.Field is null ? "__typename" : $"{first.Scope.Name}.{first.Field.Name}",
                GraphQLType = fieldType.ToString(),
                Description = first.Field?.Description ?? (first.Field is null ? "The name of the object's GraphQL type." : null),
                Deprecation = first.Field is not null && Schema.IsDeprecated(first.Field.Directives, out var deprecation) ? deprecation : null,
                NullableReason = reason,
            };
            result.Properties.Add(property);
            if (named.IsComposite)
            {
                nested.Add((property, occurrences, named, innermost));
            }
        }

        // Nested classes are named after every property, so properties keep the plain names.
        foreach (var (property, occurrences, nestedType, innermost) in nested)
        {
            if (depth >= MaxDepth)
            {
                Report(occurrences[0].Path, Descriptors.FieldConflict, occurrences[0].Selection.NameRange, $"The selection nests deeper than {MaxDepth} object levels. Select fewer levels.");
                return result;
            }

            var className = scope.Allocate(Naming.ToPascalCase(property.JsonName) + "Data");
            var child = BuildClass(
                className,
                fullName + "." + className,
                nestedType,
                occurrences.Select(o => new Source(o.Selection.Selections, o.Path)).ToList(),
                depth + 1);
            innermost.Class = child;
            result.Nested.Add(child);
        }

        return result;
    }

    private CsType OutputType(TypeRef type, SchemaType named, out CsType innermost)
    {
        if (type.Kind == TypeRefKind.NonNull)
        {
            var inner = OutputType(type.OfType!, named, out innermost);
            inner.Nullable = false;
            return inner;
        }

        if (type.Kind == TypeRefKind.List)
        {
            // Result lists are never null: a null or absent list reads as empty.
            var element = OutputType(type.OfType!, named, out innermost);
            return new CsType { Kind = CsKind.List, Nullable = false, EmptyWhenNull = true, Element = element };
        }

        innermost = named.IsComposite
            ? new CsType { Kind = CsKind.Object, Nullable = true }
            : _types.Leaf(named, _register);
        return innermost;
    }

    private static TypeRef FieldType(Occurrence occurrence) => occurrence.Field?.Type
        ?? new TypeRef(TypeRefKind.NonNull, string.Empty, TypeRef.Named("String", TextRange.None), TextRange.None);

    private bool CheckConflicts(string key, SchemaType parent, List<Occurrence> occurrences)
    {
        var first = occurrences[0];
        var firstArguments = DocumentPrinter.CanonicalArguments(first.Selection.Arguments);
        foreach (var other in occurrences.Skip(1))
        {
            string? problem = null;
            if (other.Selection.Name != first.Selection.Name)
            {
                problem = $"'{key}' selects field '{first.Selection.Name}' in one place and '{other.Selection.Name}' in another";
            }
            else if (DocumentPrinter.CanonicalArguments(other.Selection.Arguments) != firstArguments)
            {
                problem = $"'{key}' selects '{first.Selection.Name}' with different arguments in two places";
            }
            else if (!SameShape(FieldType(first), FieldType(other)))
            {
                problem = $"'{key}' has type '{FieldType(first)}' in one place and '{FieldType(other)}' in another";
            }

            if (problem is not null)
            {
                Report(other.Path, Descriptors.FieldConflict, other.Selection.NameRange, $"Response name {problem} (inside '{parent.Name}'). Give one of them a different alias, such as '{key}2: {other.Selection.Name}'.");
                return false;
            }
        }

        return true;
    }

    private static bool SameShape(TypeRef a, TypeRef b)
    {
        a = a.Nullable;
        b = b.Nullable;
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind == TypeRefKind.List ? SameShape(a.OfType!, b.OfType!) : a.Name == b.Name;
    }

    private void Collect(
        SchemaType parent,
        SchemaType scope,
        EquatableArray<SelectionNode> selections,
        string path,
        bool conditional,
        bool skippable,
        List<string> order,
        Dictionary<string, List<Occurrence>> groups,
        int depth)
    {
        if (depth > MaxDepth * 4)
        {
            return;
        }

        foreach (var selection in selections)
        {
            var skippableHere = skippable || selection.Directives.Any(d => d.Name is "skip" or "include");
            switch (selection.Kind)
            {
                case SelectionKind.Field:
                    FieldDef? field = null;
                    if (selection.Name != "__typename" && !scope.FieldMap.TryGetValue(selection.Name, out field))
                    {
                        continue; // reported by validation
                    }

                    if (!groups.TryGetValue(selection.ResponseKey, out var list))
                    {
                        list = new List<Occurrence>();
                        groups[selection.ResponseKey] = list;
                        order.Add(selection.ResponseKey);
                    }

                    list.Add(new Occurrence(selection, field, scope, conditional, skippableHere, path));
                    break;
                case SelectionKind.InlineFragment:
                    var condition = selection.TypeCondition is null ? scope : _schema.Find(selection.TypeCondition.Name);
                    if (condition is null)
                    {
                        continue;
                    }

                    Collect(parent, condition, selection.Selections, path, conditional || !_schema.Covers(condition, parent), skippableHere, order, groups, depth + 1);
                    break;
                case SelectionKind.FragmentSpread:
                    if (!_fragments.TryGetValue(selection.Name, out var fragment) || fragment.Type is null)
                    {
                        continue;
                    }

                    Collect(parent, fragment.Type, fragment.Definition.Selections, fragment.File.Path, conditional || !_schema.Covers(fragment.Type, parent), skippableHere, order, groups, depth + 1);
                    break;
            }
        }
    }

    private void Report(string path, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextRange range, string message)
    {
        HasErrors = true;
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, path, range, message));
    }

    private sealed record Source(EquatableArray<SelectionNode> Selections, string Path);

    private sealed record Occurrence(SelectionNode Selection, FieldDef? Field, SchemaType Scope, bool Conditional, bool Skippable, string Path);
}
