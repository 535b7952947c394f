using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using Microsoft.CodeAnalysis;

namespace IWlz.Client.Generator.Semantics;

internal sealed record VariableUsage(string Name, TypeRef Expected, bool HasLocationDefault, TextRange Range, string Path, string Where);

/// <summary>A fragment definition of a client, with what validating it found.</summary>
internal sealed class FragmentInfo
{
    public FragmentInfo(FragmentDef definition, ParsedFile file)
    {
        Definition = definition;
        File = file;
    }

    public FragmentDef Definition { get; }

    public ParsedFile File { get; }

    public SchemaType? Type { get; set; }

    public List<VariableUsage> Usages { get; } = new();

    public List<string> Spreads { get; } = new();

    public HashSet<string> LooseVariables { get; } = new(StringComparer.Ordinal);

    public bool HasErrors { get; set; }
}

/// <summary>An operation of a client, with what validating it found.</summary>
internal sealed class OperationInfo
{
    public OperationInfo(OperationDef definition, ParsedFile file)
    {
        Definition = definition;
        File = file;
    }

    public OperationDef Definition { get; }

    public ParsedFile File { get; }

    public SchemaType? Root { get; set; }

    /// <summary>Fragments the operation uses, directly or through other fragments, in first-use order.</summary>
    public List<string> Fragments { get; } = new();

    public bool HasErrors { get; set; }
}

/// <summary>
/// Validates operations and fragments against a schema, following the validation section of the
/// GraphQL specification, and reports each problem with the position it concerns.
/// </summary>
internal sealed class OperationValidator
{
    private readonly Schema _schema;
    private readonly ScalarMap _scalars;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, FragmentInfo> _fragments = new(StringComparer.Ordinal);

    // State of the definition being walked.
    private string _path = string.Empty;
    private bool _reportWarnings = true;
    private int _errors;
    private List<VariableUsage> _usages = new();
    private List<string> _spreads = new();

    // Variables referenced under selections that could not be validated (unknown fields): counted as
    // used, so one mistake does not also report "unused variable".
    private HashSet<string> _looseVariables = new(StringComparer.Ordinal);

    public OperationValidator(Schema schema, ScalarMap scalars, List<DiagnosticInfo> diagnostics)
    {
        _schema = schema;
        _scalars = scalars;
        _diagnostics = diagnostics;
    }

    public IReadOnlyDictionary<string, FragmentInfo> Fragments => _fragments;

    public void AddFragments(IEnumerable<ParsedFile> files)
    {
        foreach (var file in files)
        {
            foreach (var fragment in file.Operations!.Fragments)
            {
                if (_fragments.TryGetValue(fragment.Name, out var existing))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        Descriptors.DuplicateFragment,
                        file.Path,
                        fragment.NameRange,
                        $"Fragment '{fragment.Name}' is already defined in {System.IO.Path.GetFileName(existing.File.Path)} of client '{file.Metadata.ClientName}'. Fragment names are shared by all operation files of a client; rename one of them."));
                    continue;
                }

                _fragments[fragment.Name] = new FragmentInfo(fragment, file);
            }
        }
    }

    public void ValidateFragments()
    {
        foreach (var fragment in _fragments.Values)
        {
            Begin(fragment.File);
            var definition = fragment.Definition;
            ValidateDirectives(definition.Directives, "FRAGMENT_DEFINITION");
            var type = _schema.Find(definition.TypeCondition.Name);
            if (type is null)
            {
                Report(Descriptors.UnknownType, definition.TypeCondition.Range, $"Fragment '{definition.Name}' is on unknown type '{definition.TypeCondition.Name}'.{Suggestions.Hint(definition.TypeCondition.Name, _schema.Types.Keys)} Use a type from the schema.");
            }
            else if (!type.IsComposite)
            {
                Report(Descriptors.InvalidTypeCondition, definition.TypeCondition.Range, $"Fragment '{definition.Name}' is on '{type.Name}', which is {Schema.Article(type.Kind)}. Fragments need an object, interface or union type.");
            }
            else
            {
                fragment.Type = type;
                ValidateSelections(type, definition.Selections);
            }

            fragment.Usages.AddRange(_usages);
            fragment.Spreads.AddRange(_spreads);
            fragment.LooseVariables.UnionWith(_looseVariables);
            fragment.HasErrors = _errors > 0;
        }

        ReportCycles();
    }

    public OperationInfo ValidateOperation(OperationDef operation, ParsedFile file)
    {
        Begin(file);
        var info = new OperationInfo(operation, file);
        if (operation.Name is null)
        {
            Report(Descriptors.AnonymousOperation, operation.NameRange, $"An operation in {System.IO.Path.GetFileName(file.Path)} has no name. Name it, as in '{operation.Kind.Keyword()} GetBooks {{ ... }}': the name becomes the generated method and types.");
        }

        var root = _schema.RootType(operation.Kind);
        if (root is null)
        {
            Report(Descriptors.UnsupportedOperationType, operation.NameRange, $"The schema of client '{file.Metadata.ClientName}' has no {operation.Kind.Keyword()} root type, so operation '{operation.Name}' cannot run. Use an operation type the schema declares.");
            info.HasErrors = true;
            return info;
        }

        info.Root = root;
        var variables = ValidateVariableDefinitions(operation);
        ValidateDirectives(operation.Directives, operation.Kind.Keyword().ToUpperInvariant());
        ValidateSelections(root, operation.Selections);

        var usages = new List<VariableUsage>(_usages);
        var loose = new HashSet<string>(_looseVariables, StringComparer.Ordinal);
        var hasErrors = _errors > 0;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_spreads.AsEnumerable().Reverse());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!visited.Add(name) || !_fragments.TryGetValue(name, out var fragment))
            {
                continue;
            }

            info.Fragments.Add(name);
            usages.AddRange(fragment.Usages);
            loose.UnionWith(fragment.LooseVariables);
            hasErrors |= fragment.HasErrors;
            for (var i = fragment.Spreads.Count - 1; i >= 0; i--)
            {
                pending.Push(fragment.Spreads[i]);
            }
        }

        // Variable usages are checked per operation: a fragment may be used by several operations.
        Begin(file);
        var used = new HashSet<string>(loose, StringComparer.Ordinal);
        var reported = new HashSet<(string, int)>();
        foreach (var usage in usages)
        {
            used.Add(usage.Name);
            if (!variables.TryGetValue(usage.Name, out var definition))
            {
                if (reported.Add((usage.Path, usage.Range.Start)))
                {
                    ReportAt(usage.Path, Descriptors.UndefinedVariable, usage.Range, $"Variable '${usage.Name}' is used in {usage.Where} but operation '{operation.Name}' does not declare it. Add '${usage.Name}: {usage.Expected}' to the operation's variables.");
                }

                continue;
            }

            if (!IsUsageAllowed(definition, usage))
            {
                ReportAt(usage.Path, Descriptors.VariableTypeMismatch, usage.Range, $"Variable '${usage.Name}' has type '{definition.Type}' but {usage.Where} expects '{usage.Expected}'. Declare it as '${usage.Name}: {usage.Expected}' or pass a different variable.");
            }
        }

        foreach (var definition in operation.Variables)
        {
            if (!used.Contains(definition.Name))
            {
                Report(Descriptors.UnusedVariable, definition.Range, $"Variable '${definition.Name}' is declared by operation '{operation.Name}' but never used. Remove it or use it in an argument.");
            }
        }

        info.HasErrors = hasErrors || _errors > 0;
        return info;
    }

    public void ReportUnusedFragments(HashSet<string> used)
    {
        foreach (var fragment in _fragments.Values)
        {
            if (!used.Contains(fragment.Definition.Name))
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.UnusedFragment,
                    fragment.File.Path,
                    fragment.Definition.NameRange,
                    $"Fragment '{fragment.Definition.Name}' is not used by any operation of client '{fragment.File.Metadata.ClientName}'. Spread it with '...{fragment.Definition.Name}' or remove it."));
            }
        }
    }

    private void Begin(ParsedFile file)
    {
        _path = file.Path;
        _reportWarnings = file.Metadata.Generate;
        _errors = 0;
        _usages = new List<VariableUsage>();
        _spreads = new List<string>();
        _looseVariables = new HashSet<string>(StringComparer.Ordinal);
    }

    private void ReportCycles()
    {
        foreach (var fragment in _fragments.Values)
        {
            var stack = new Stack<string>(fragment.Spreads);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (stack.Count > 0)
            {
                var name = stack.Pop();
                if (name == fragment.Definition.Name)
                {
                    fragment.HasErrors = true;
                    _diagnostics.Add(DiagnosticInfo.Create(
                        Descriptors.FragmentCycle,
                        fragment.File.Path,
                        fragment.Definition.NameRange,
                        $"Fragment '{fragment.Definition.Name}' spreads itself, directly or through other fragments. Break the cycle: a fragment cannot contain itself."));
                    break;
                }

                if (seen.Add(name) && _fragments.TryGetValue(name, out var next))
                {
                    foreach (var spread in next.Spreads)
                    {
                        stack.Push(spread);
                    }
                }
            }
        }
    }

    private Dictionary<string, VariableDef> ValidateVariableDefinitions(OperationDef operation)
    {
        var variables = new Dictionary<string, VariableDef>(StringComparer.Ordinal);
        foreach (var variable in operation.Variables)
        {
            if (variables.ContainsKey(variable.Name))
            {
                Report(Descriptors.InvalidVariable, variable.Range, $"Operation '{operation.Name}' declares variable '${variable.Name}' twice. Remove one declaration.");
                continue;
            }

            variables[variable.Name] = variable;
            ValidateDirectives(variable.Directives, "VARIABLE_DEFINITION");
            var named = _schema.Find(variable.Type.NamedType.Name);
            if (named is null)
            {
                Report(Descriptors.UnknownType, variable.Type.NamedType.Range, $"Variable '${variable.Name}' has unknown type '{variable.Type.NamedType.Name}'.{Suggestions.Hint(variable.Type.NamedType.Name, _schema.Types.Values.Where(t => t.IsInput).Select(t => t.Name))} Use a scalar, enum or input type from the schema.");
                continue;
            }

            if (!named.IsInput)
            {
                Report(Descriptors.InvalidVariable, variable.Type.NamedType.Range, $"Variable '${variable.Name}' has type '{named.Name}', which is {Schema.Article(named.Kind)}. Variables need a scalar, enum or input type.");
                continue;
            }

            if (variable.DefaultValue is not null)
            {
                ValidateValue(variable.DefaultValue, variable.Type, $"the default value of '${variable.Name}'", false, constOnly: true);
            }
        }

        return variables;
    }

    private void ValidateSelections(SchemaType parent, EquatableArray<SelectionNode> selections)
    {
        foreach (var selection in selections)
        {
            switch (selection.Kind)
            {
                case SelectionKind.Field:
                    ValidateField(parent, selection);
                    break;
                case SelectionKind.FragmentSpread:
                    ValidateDirectives(selection.Directives, "FRAGMENT_SPREAD");
                    ValidateSpread(parent, selection);
                    break;
                case SelectionKind.InlineFragment:
                    ValidateDirectives(selection.Directives, "INLINE_FRAGMENT");
                    ValidateInlineFragment(parent, selection);
                    break;
            }
        }
    }

    private void ValidateField(SchemaType parent, SelectionNode selection)
    {
        ValidateDirectives(selection.Directives, "FIELD");
        if (selection.Name == "__typename")
        {
            ValidateArguments(selection.Arguments, EquatableArray<InputValueDef>.Empty, "field '__typename'", selection.NameRange);
            if (selection.HasSelectionSet)
            {
                Report(Descriptors.SelectionOnLeaf, selection.NameRange, "Field '__typename' returns 'String!', a scalar, so it cannot have a selection set. Remove the '{ ... }' after it.");
            }

            return;
        }

        if (selection.Name.StartsWith("__", StringComparison.Ordinal))
        {
            Report(Descriptors.UnknownField, selection.NameRange, $"Introspection field '{selection.Name}' is not supported in generated operations. Only '__typename' can be selected; query the schema file instead.");
            return;
        }

        if (parent.Kind == TypeDefKind.Union)
        {
            MarkVariablesUsed(selection);
            Report(Descriptors.UnknownField, selection.NameRange, $"Union '{parent.Name}' has no fields, so '{selection.Name}' cannot be selected on it. Select it inside an inline fragment such as '... on {parent.Members.FirstOrDefault()?.Name ?? "Member"} {{ {selection.Name} }}'.");
            return;
        }

        if (!parent.FieldMap.TryGetValue(selection.Name, out var field))
        {
            Report(Descriptors.UnknownField, selection.NameRange, $"Type '{parent.Name}' has no field '{selection.Name}'.{Suggestions.Hint(selection.Name, parent.FieldMap.Keys)} Remove the field or correct its name.");
            MarkVariablesUsed(selection);
            return;
        }

        if (Schema.IsDeprecated(field.Directives, out var reason))
        {
            Report(Descriptors.Deprecated, selection.NameRange, $"Field '{parent.Name}.{field.Name}' is deprecated: {reason}. Stop selecting it before the schema removes it.");
        }

        ValidateArguments(selection.Arguments, field.Arguments, $"field '{parent.Name}.{field.Name}'", selection.NameRange);
        var type = _schema.Find(field.Type.NamedType.Name);
        if (type is null)
        {
            return; // reported on the schema
        }

        if (type.IsLeaf)
        {
            if (selection.HasSelectionSet)
            {
                Report(Descriptors.SelectionOnLeaf, selection.NameRange, $"Field '{selection.Name}' returns '{field.Type}', {Schema.Article(type.Kind)}, so it cannot have a selection set. Remove the '{{ ... }}' after '{selection.Name}'.");
            }

            return;
        }

        if (!selection.HasSelectionSet)
        {
            var example = type.Kind == TypeDefKind.Union ? "__typename" : type.Fields.FirstOrDefault()?.Name ?? "__typename";
            Report(Descriptors.MissingSelection, selection.NameRange, $"Field '{selection.Name}' returns '{field.Type}', {Schema.Article(type.Kind)}; select the fields you need, for example '{selection.ResponseKey} {{ {example} }}'.");
            return;
        }

        ValidateSelections(type, selection.Selections);
    }

    private void ValidateSpread(SchemaType parent, SelectionNode selection)
    {
        if (!_fragments.TryGetValue(selection.Name, out var fragment))
        {
            Report(Descriptors.UnknownFragment, selection.NameRange, $"Fragment '{selection.Name}' is not defined in any operation file of this client.{Suggestions.Hint(selection.Name, _fragments.Keys)} Define 'fragment {selection.Name} on {parent.Name} {{ ... }}' or correct the name.");
            return;
        }

        _spreads.Add(selection.Name);
        var type = _schema.Find(fragment.Definition.TypeCondition.Name);
        if (type is not null && type.IsComposite && !_schema.Overlaps(type, parent))
        {
            Report(Descriptors.ImpossibleSpread, selection.NameRange, $"Fragment '{selection.Name}' is on '{type.Name}', which can never be '{parent.Name}', so it never applies here. Spread it where a '{type.Name}' is selected, or change its type condition.");
        }
    }

    private void ValidateInlineFragment(SchemaType parent, SelectionNode selection)
    {
        var scope = parent;
        if (selection.TypeCondition is { } condition)
        {
            var type = _schema.Find(condition.Name);
            if (type is null)
            {
                Report(Descriptors.UnknownType, condition.Range, $"Unknown type '{condition.Name}' in inline fragment.{Suggestions.Hint(condition.Name, _schema.Types.Values.Where(t => t.IsComposite).Select(t => t.Name))} Use a type from the schema.");
                return;
            }

            if (!type.IsComposite)
            {
                Report(Descriptors.InvalidTypeCondition, condition.Range, $"Inline fragment is on '{type.Name}', which is {Schema.Article(type.Kind)}. Fragments need an object, interface or union type.");
                return;
            }

            if (!_schema.Overlaps(type, parent))
            {
                Report(Descriptors.ImpossibleSpread, condition.Range, $"Inline fragment on '{type.Name}' can never apply inside '{parent.Name}'. Remove it or use a type that '{parent.Name}' can be.");
                return;
            }

            scope = type;
        }

        ValidateSelections(scope, selection.Selections);
    }

    private void MarkVariablesUsed(SelectionNode selection)
    {
        foreach (var argument in selection.Arguments)
        {
            MarkVariablesUsed(argument.Value);
        }

        foreach (var directive in selection.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                MarkVariablesUsed(argument.Value);
            }
        }

        foreach (var child in selection.Selections)
        {
            MarkVariablesUsed(child);
        }
    }

    private void MarkVariablesUsed(ValueNode value)
    {
        if (value.Kind == ValueKind.Variable)
        {
            _looseVariables.Add(value.Text);
        }

        foreach (var item in value.Items)
        {
            MarkVariablesUsed(item);
        }

        foreach (var field in value.Fields)
        {
            MarkVariablesUsed(field.Value);
        }
    }

    private void ValidateArguments(EquatableArray<ArgumentNode> arguments, EquatableArray<InputValueDef> definitions, string owner, TextRange ownerRange)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!given.Add(argument.Name))
            {
                Report(Descriptors.DuplicateArgument, argument.NameRange, $"Argument '{argument.Name}' is given twice to {owner}. Remove one of them.");
                continue;
            }

            var definition = definitions.FirstOrDefault(d => d.Name == argument.Name);
            if (definition is null)
            {
                var names = definitions.Select(d => d.Name).ToList();
                var known = names.Count == 0 ? " It takes no arguments." : $" Its arguments are: {string.Join(", ", names)}.";
                Report(Descriptors.UnknownArgument, argument.NameRange, $"{Capitalize(owner)} has no argument '{argument.Name}'.{Suggestions.Hint(argument.Name, names)}{known}");
                MarkVariablesUsed(argument.Value);
                continue;
            }

            if (Schema.IsDeprecated(definition.Directives, out var reason))
            {
                Report(Descriptors.Deprecated, argument.NameRange, $"Argument '{argument.Name}' of {owner} is deprecated: {reason}. Stop passing it before the schema removes it.");
            }

            ValidateValue(argument.Value, definition.Type, $"argument '{argument.Name}' of {owner}", definition.DefaultValue is not null, constOnly: false);
        }

        foreach (var definition in definitions)
        {
            if (definition.Type.IsNonNull && definition.DefaultValue is null && !given.Contains(definition.Name))
            {
                Report(Descriptors.MissingArgument, ownerRange, $"{Capitalize(owner)} requires argument '{definition.Name}: {definition.Type}'. Add '{definition.Name}: ...' to the arguments.");
            }
        }
    }

    private void ValidateDirectives(EquatableArray<DirectiveNode> directives, string location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            if (!_schema.Directives.TryGetValue(directive.Name, out var definition))
            {
                Report(Descriptors.InvalidDirective, directive.Range, $"Directive '@{directive.Name}' is not declared in the schema.{Suggestions.Hint(directive.Name, _schema.Directives.Keys)} Remove it or correct its name.");
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                Report(Descriptors.InvalidDirective, directive.Range, $"Directive '@{directive.Name}' cannot be used on {location}; it is allowed on {string.Join(", ", definition.Locations)}. Move or remove it.");
                continue;
            }

            if (!definition.Repeatable && !seen.Add(directive.Name))
            {
                Report(Descriptors.InvalidDirective, directive.Range, $"Directive '@{directive.Name}' is used twice at the same place. Remove one of them.");
                continue;
            }

            ValidateArguments(directive.Arguments, definition.Arguments, $"directive '@{directive.Name}'", directive.Range);
        }
    }

    private void ValidateValue(ValueNode value, TypeRef expected, string where, bool hasLocationDefault, bool constOnly)
    {
        if (value.Kind == ValueKind.Variable)
        {
            if (constOnly)
            {
                Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} uses variable '${value.Text}', but default values must be constants. Write a literal value.");
            }
            else
            {
                _usages.Add(new VariableUsage(value.Text, expected, hasLocationDefault, value.Range, _path, where));
            }

            return;
        }

        if (expected.Kind == TypeRefKind.NonNull)
        {
            if (value.Kind == ValueKind.Null)
            {
                Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} has non-null type '{expected}', so it cannot be null. Pass a value.");
                return;
            }

            ValidateValue(value, expected.OfType!, where, false, constOnly);
            return;
        }

        if (value.Kind == ValueKind.Null)
        {
            return;
        }

        if (expected.Kind == TypeRefKind.List)
        {
            if (value.Kind == ValueKind.List)
            {
                foreach (var item in value.Items)
                {
                    ValidateValue(item, expected.OfType!, where, false, constOnly);
                }
            }
            else
            {
                ValidateValue(value, expected.OfType!, where, false, constOnly);
            }

            return;
        }

        var type = _schema.Find(expected.Name);
        if (type is null)
        {
            return; // reported on the schema
        }

        if (value.Kind == ValueKind.List)
        {
            Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} expects '{expected}', not a list. Pass a single value.");
            return;
        }

        switch (type.Kind)
        {
            case TypeDefKind.Scalar:
                ValidateScalar(value, type, where);
                break;
            case TypeDefKind.Enum:
                ValidateEnum(value, type, where);
                break;
            case TypeDefKind.InputObject:
                ValidateInputObject(value, type, where, constOnly);
                break;
        }
    }

    private void ValidateScalar(ValueNode value, SchemaType type, string where)
    {
        var kind = _scalars.Resolve(type.Name);
        bool ok;
        string expectation;
        switch (kind)
        {
            case ScalarKind.JsonElement:
                return;
            case ScalarKind.Int:
                ok = value.Kind == ValueKind.Int && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
                expectation = value.Kind == ValueKind.Int ? "a 32-bit integer; this number is out of range" : "an integer";
                break;
            case ScalarKind.Long:
                ok = value.Kind == ValueKind.Int && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
                expectation = "a 64-bit integer";
                break;
            case ScalarKind.Double:
            case ScalarKind.Decimal:
                ok = value.Kind is ValueKind.Int or ValueKind.Float;
                expectation = "a number";
                break;
            case ScalarKind.Boolean:
                ok = value.Kind == ValueKind.Boolean;
                expectation = "true or false";
                break;
            case ScalarKind.Id:
                ok = value.Kind is ValueKind.String or ValueKind.Int;
                expectation = "a string or an integer";
                break;
            case ScalarKind.Guid:
                ok = value.Kind == ValueKind.String && Guid.TryParseExact(value.Text, "D", out _);
                expectation = "a UUID string such as \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"";
                break;
            case ScalarKind.DateOnly:
                ok = value.Kind == ValueKind.String && DateTime.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                expectation = "a date string in the form \"yyyy-MM-dd\"";
                break;
            default:
                ok = value.Kind == ValueKind.String;
                expectation = "a string";
                break;
        }

        if (!ok)
        {
            Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} has type '{type.Name}' and expects {expectation}, but got {Describe(value)}. Pass a value of the right type.");
        }
    }

    private void ValidateEnum(ValueNode value, SchemaType type, string where)
    {
        if (value.Kind != ValueKind.Enum)
        {
            var hint = value.Kind == ValueKind.String && type.ValueMap.ContainsKey(value.Text)
                ? $" Write {value.Text} without quotes."
                : $" Use one of: {string.Join(", ", type.Values.Select(v => v.Name))}.";
            Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} expects a value of enum '{type.Name}', but got {Describe(value)}.{hint}");
            return;
        }

        if (!type.ValueMap.TryGetValue(value.Text, out var definition))
        {
            Report(Descriptors.InvalidValue, value.Range, $"Enum '{type.Name}' has no value '{value.Text}'.{Suggestions.Hint(value.Text, type.ValueMap.Keys)} Use one of: {string.Join(", ", type.Values.Select(v => v.Name))}.");
            return;
        }

        if (Schema.IsDeprecated(definition.Directives, out var reason))
        {
            Report(Descriptors.Deprecated, value.Range, $"Enum value '{type.Name}.{value.Text}' is deprecated: {reason}. Stop using it before the schema removes it.");
        }
    }

    private void ValidateInputObject(ValueNode value, SchemaType type, string where, bool constOnly)
    {
        if (value.Kind != ValueKind.Object)
        {
            Report(Descriptors.InvalidValue, value.Range, $"{Capitalize(where)} expects input object '{type.Name}', but got {Describe(value)}. Write an object such as '{{ {type.InputFields.FirstOrDefault()?.Name ?? "field"}: ... }}'.");
            return;
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in value.Fields)
        {
            if (!given.Add(field.Name))
            {
                Report(Descriptors.DuplicateArgument, field.NameRange, $"Input field '{field.Name}' is given twice in '{type.Name}'. Remove one of them.");
                continue;
            }

            if (!type.InputFieldMap.TryGetValue(field.Name, out var definition))
            {
                Report(Descriptors.UnknownField, field.NameRange, $"Input type '{type.Name}' has no field '{field.Name}'.{Suggestions.Hint(field.Name, type.InputFieldMap.Keys)} Remove it or correct its name.");
                continue;
            }

            if (Schema.IsDeprecated(definition.Directives, out var reason))
            {
                Report(Descriptors.Deprecated, field.NameRange, $"Input field '{type.Name}.{field.Name}' is deprecated: {reason}. Stop using it before the schema removes it.");
            }

            ValidateValue(field.Value, definition.Type, $"input field '{type.Name}.{field.Name}'", definition.DefaultValue is not null, constOnly);
        }

        foreach (var definition in type.InputFields)
        {
            if (definition.Type.IsNonNull && definition.DefaultValue is null && !given.Contains(definition.Name))
            {
                Report(Descriptors.MissingArgument, value.Range, $"Input type '{type.Name}' requires field '{definition.Name}: {definition.Type}', which is missing here. Add '{definition.Name}: ...'.");
            }
        }
    }

    private static bool IsUsageAllowed(VariableDef variable, VariableUsage usage)
    {
        if (usage.Expected.IsNonNull && !variable.Type.IsNonNull)
        {
            var hasNonNullDefault = variable.DefaultValue is not null && variable.DefaultValue.Kind != ValueKind.Null;
            if (!hasNonNullDefault && !usage.HasLocationDefault)
            {
                return false;
            }

            return AreTypesCompatible(variable.Type, usage.Expected.OfType!);
        }

        return AreTypesCompatible(variable.Type, usage.Expected);
    }

    private static bool AreTypesCompatible(TypeRef variableType, TypeRef locationType)
    {
        if (locationType.IsNonNull)
        {
            return variableType.IsNonNull && AreTypesCompatible(variableType.OfType!, locationType.OfType!);
        }

        if (variableType.IsNonNull)
        {
            return AreTypesCompatible(variableType.OfType!, locationType);
        }

        if (locationType.Kind == TypeRefKind.List)
        {
            return variableType.Kind == TypeRefKind.List && AreTypesCompatible(variableType.OfType!, locationType.OfType!);
        }

        return variableType.Kind == TypeRefKind.Named && variableType.Name == locationType.Name;
    }

    private static string Describe(ValueNode value) => value.Kind switch
    {
        ValueKind.Int => "an integer",
        ValueKind.Float => "a float",
        ValueKind.String => "a string",
        ValueKind.Boolean => "a boolean",
        ValueKind.Null => "null",
        ValueKind.Enum => $"enum value {value.Text}",
        ValueKind.List => "a list",
        ValueKind.Object => "an object",
        _ => "a variable",
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private void Report(DiagnosticDescriptor descriptor, TextRange range, string message) => ReportAt(_path, descriptor, range, message);

    private void ReportAt(string path, DiagnosticDescriptor descriptor, TextRange range, string message)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Warning && !_reportWarnings)
        {
            return;
        }

        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            _errors++;
        }

        _diagnostics.Add(DiagnosticInfo.Create(descriptor, path, range, message));
    }
}
