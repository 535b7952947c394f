using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using IWlz.Client.Notifications;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Parses a GraphQL request and validates it against the netwerkpunt schema: one mutation operation with
/// exactly one root field (<c>zendNotificatie</c> or <c>zendMelding</c>), known fields and arguments,
/// correctly typed literals and variables, fragments without cycles, <c>@skip</c>/<c>@include</c>, and limits
/// on depth and size. Throws <see cref="NetwerkpuntRequestException"/> on the first problem.
/// </summary>
internal sealed class DocumentValidator
{
    /// <summary>The most field selections one request may expand to (fragments included).</summary>
    internal const int MaxFieldVisits = 2_000;

    /// <summary>How many distinct documents keep their parsed form, and the longest document that is kept.</summary>
    internal const int MaxCachedDocuments = 64;
    internal const int MaxCachedDocumentLength = 4_096;

    // Senders send the same few documents over and over (the template's text), so their parse is done once. Only a
    // document that passed the whole validation is kept, and the validation itself still runs on every request
    // (against that request's variables), so the cache changes nothing about what is accepted or refused.
    private static readonly ConcurrentDictionary<(string Query, int MaxDepth), GraphQLDocument> ParsedDocuments = new();

    private readonly SchemaModel _schema;
    private readonly int _maxDepth;
    private readonly string _query;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VariableInfo> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedFragments = new(StringComparer.Ordinal);
    private int _fieldVisits;
    private GraphQLDocument? _document;
    private List<int>? _lineStarts;

    private DocumentValidator(SchemaModel schema, string query, int maxDepth)
    {
        _schema = schema;
        _query = query;
        _maxDepth = maxDepth;
    }

    public static ValidatedMutation Validate(SchemaModel schema, string query, string? operationName, JsonElement? variables, int maxDepth)
    {
        var validator = new DocumentValidator(schema, query, maxDepth);
        var result = validator.Run(operationName, variables);
        if (query.Length <= MaxCachedDocumentLength && ParsedDocuments.Count < MaxCachedDocuments && ReferenceEquals(schema, SchemaModel.Netwerkpunt))
        {
            ParsedDocuments.TryAdd((query, maxDepth), validator._document!);
        }

        return result;
    }

    private ValidatedMutation Run(string? operationName, JsonElement? variableValues)
    {
        var document = ParseDocument();
        var operations = new List<GraphQLOperationDefinition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition definedOperation:
                    operations.Add(definedOperation);
                    break;
                case GraphQLFragmentDefinition fragment:
                    var name = fragment.FragmentName.Name.StringValue;
                    if (!_fragments.TryAdd(name, fragment))
                    {
                        throw NetwerkpuntRequestException.Validation($"There can be only one fragment named '{name}'.", At(fragment));
                    }

                    break;
                default:
                    throw NetwerkpuntRequestException.Validation("The document may only contain operations and fragments, not type system definitions.", At(definition));
            }
        }

        var operation = SelectOperation(operations, operationName);
        if (operation.Directives is { Count: > 0 } directives)
        {
            throw NetwerkpuntRequestException.Validation($"Directive '@{directives.Items[0].Name.StringValue}' is not allowed on an operation.", At(directives.Items[0]));
        }

        if (operation.Operation != OperationType.Mutation)
        {
            var kind = operation.Operation == OperationType.Query ? "query" : "subscription";
            throw NetwerkpuntRequestException.Validation($"This netwerkpunt only executes the mutations zendNotificatie and zendMelding; a {kind} is not accepted.", At(operation));
        }

        var mutationType = _schema.MutationType is { } m ? _schema.Types[m] : throw new InvalidOperationException("The netwerkpunt schema has no mutation type.");
        CheckFragmentDefinitions();
        DefineVariables(operation, variableValues);

        var rootPlan = new SelectionPlan();
        var inputs = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        Collect(operation.SelectionSet, mutationType, mutationType.Name, rootPlan, include: true, depth: 1, [], inputs);

        foreach (var fragment in _fragments.Keys)
        {
            if (!_usedFragments.Contains(fragment))
            {
                throw NetwerkpuntRequestException.Validation($"Fragment '{fragment}' is never used.", At(_fragments[fragment]));
            }
        }

        foreach (var variable in _variables.Values)
        {
            if (!variable.Used)
            {
                throw NetwerkpuntRequestException.Validation($"Variable '${variable.Name}' is never used.", variable.Location);
            }
        }

        var roots = rootPlan.Fields.Where(f => f.FieldName != "__typename").ToList();
        if (roots.Count != 1)
        {
            throw NetwerkpuntRequestException.Validation(roots.Count == 0
                ? "The mutation selects no field; select zendNotificatie or zendMelding."
                : "The mutation selects more than one field; send one zendNotificatie or zendMelding per request.");
        }

        var root = roots[0];
        if (!inputs.TryGetValue(root.ResponseKey, out var input))
        {
            throw NetwerkpuntRequestException.Validation($"Field '{root.FieldName}' is missing its input argument.");
        }

        return new ValidatedMutation { RootField = root.FieldName, RootPlan = rootPlan, Input = input };
    }

    private GraphQLDocument ParseDocument()
    {
        if (ReferenceEquals(_schema, SchemaModel.Netwerkpunt) && ParsedDocuments.TryGetValue((_query, _maxDepth), out var cached))
        {
            return _document = cached;
        }

        try
        {
            // The parser counts a few AST levels per syntactic level; this bounds its recursion.
            return _document = Parser.Parse(_query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = (_maxDepth * 4) + 8 });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new NetwerkpuntRequestException(400, ErrorCodes.ParseFailed, $"The document is nested deeper than the limit of {_maxDepth} levels.");
        }
        catch (GraphQLParserException ex)
        {
            throw new NetwerkpuntRequestException(400, ErrorCodes.ParseFailed, $"GraphQL syntax error: {ex.Description}", (ex.Location.Line, ex.Location.Column));
        }
    }

    private GraphQLOperationDefinition SelectOperation(List<GraphQLOperationDefinition> operations, string? operationName)
    {
        if (operations.Count == 0)
        {
            throw NetwerkpuntRequestException.Validation("The document contains no operation.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in operations)
        {
            if (op.Name is null && operations.Count > 1)
            {
                throw NetwerkpuntRequestException.Validation("An anonymous operation must be the only operation in the document.", At(op));
            }

            if (op.Name is { } n && !names.Add(n.StringValue))
            {
                throw NetwerkpuntRequestException.Validation($"There can be only one operation named '{n.StringValue}'.", At(op));
            }
        }

        if (operationName is null)
        {
            return operations.Count == 1
                ? operations[0]
                : throw NetwerkpuntRequestException.Validation("The document contains several operations; name the one to execute in operationName.");
        }

        return operations.Find(o => o.Name?.StringValue == operationName)
            ?? throw NetwerkpuntRequestException.Validation("The document has no operation with the given operationName.");
    }

    private void CheckFragmentDefinitions()
    {
        foreach (var fragment in _fragments.Values)
        {
            var condition = fragment.TypeCondition.Type.Name.StringValue;
            if (!_schema.Types.TryGetValue(condition, out var type) || !type.IsComposite)
            {
                throw NetwerkpuntRequestException.Validation($"Fragment '{fragment.FragmentName.Name.StringValue}' is on unknown or non-object type '{condition}'.", At(fragment));
            }

            if (fragment.Directives is { Count: > 0 } directives)
            {
                throw NetwerkpuntRequestException.Validation($"Directive '@{directives.Items[0].Name.StringValue}' is not allowed on a fragment definition.", At(directives.Items[0]));
            }
        }

        // Cycles are found before expansion, so expansion always terminates.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in _fragments.Keys)
        {
            VisitForCycles(name, state);
        }
    }

    private void VisitForCycles(string name, Dictionary<string, int> state)
    {
        if (state.TryGetValue(name, out var s))
        {
            if (s == 1)
            {
                throw NetwerkpuntRequestException.Validation($"Fragment '{name}' spreads itself (directly or through other fragments).", At(_fragments[name]));
            }

            return;
        }

        state[name] = 1;
        foreach (var spread in Spreads(_fragments[name].SelectionSet))
        {
            if (_fragments.ContainsKey(spread))
            {
                VisitForCycles(spread, state);
            }
        }

        state[name] = 2;
    }

    private static IEnumerable<string> Spreads(GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            yield break;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLFragmentSpread spread:
                    yield return spread.FragmentName.Name.StringValue;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var s in Spreads(inline.SelectionSet))
                    {
                        yield return s;
                    }

                    break;
                case GraphQLField field:
                    foreach (var s in Spreads(field.SelectionSet))
                    {
                        yield return s;
                    }

                    break;
            }
        }
    }

    private void DefineVariables(GraphQLOperationDefinition operation, JsonElement? values)
    {
        if (values is { } v && v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            throw new NetwerkpuntRequestException(400, ErrorCodes.BadRequest, "'variables' must be a JSON object.");
        }

        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var name = definition.Variable.Name.StringValue;
            var location = At(definition);
            if (definition.Directives is { Count: > 0 })
            {
                throw NetwerkpuntRequestException.Validation($"Directives are not allowed on variable '${name}'.", location);
            }

            var type = TypeRef.From(definition.Type);
            if (!_schema.Types.TryGetValue(type.NamedType, out var named) || !named.IsInput)
            {
                throw NetwerkpuntRequestException.Validation($"Variable '${name}' has unknown or non-input type '{type}'.", location);
            }

            var info = new VariableInfo(name, type, location);
            if (!_variables.TryAdd(name, info))
            {
                throw NetwerkpuntRequestException.Validation($"There can be only one variable named '${name}'.", location);
            }

            if (values is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var provided))
            {
                info.Value = CoerceJson(provided, type, "$" + name);
                info.HasValue = true;
            }
            else if (definition.DefaultValue is { } defaultValue)
            {
                info.Value = CoerceLiteral(defaultValue, type, "$" + name, constant: true);
                info.HasValue = true;
            }

            else if (type.IsNonNull)
            {
                throw NetwerkpuntRequestException.BadInput($"Variable '${name}' of required type '{type}' was not provided.", location);
            }

            // An explicit null does not fall back to the default, so it cannot fill a non-null location.
            info.HasNonNullDefault = definition.DefaultValue is { } dv && dv is not GraphQLNullValue && info.Value is not null;
        }
    }

    private void Collect(
        GraphQLSelectionSet set,
        SchemaType validationType,
        string runtimeType,
        SelectionPlan plan,
        bool include,
        int depth,
        HashSet<string> spreading,
        Dictionary<string, Dictionary<string, object?>>? rootInputs)
    {
        if (depth > _maxDepth)
        {
            throw NetwerkpuntRequestException.Validation($"The selection is nested deeper than the limit of {_maxDepth} levels.", At(set));
        }

        foreach (var selection in set.Selections)
        {
            if (++_fieldVisits > MaxFieldVisits)
            {
                throw NetwerkpuntRequestException.Validation($"The document expands to more than {MaxFieldVisits} selections.");
            }

            switch (selection)
            {
                case GraphQLField field:
                    CollectField(field, validationType, plan, include && Included(field.Directives), depth, spreading, rootInputs);
                    break;
                case GraphQLInlineFragment inline:
                    {
                        var included = include && Included(inline.Directives);
                        var condition = inline.TypeCondition?.Type.Name.StringValue ?? validationType.Name;
                        var conditionType = FragmentType(condition, validationType, At(inline));
                        Collect(inline.SelectionSet, conditionType, runtimeType, plan, included && _schema.Applies(condition, runtimeType), depth + 1, spreading, rootInputs);
                        break;
                    }

                case GraphQLFragmentSpread spread:
                    {
                        var name = spread.FragmentName.Name.StringValue;
                        if (!_fragments.TryGetValue(name, out var fragment))
                        {
                            throw NetwerkpuntRequestException.Validation($"Unknown fragment '{name}'.", At(spread));
                        }

                        _usedFragments.Add(name);
                        var included = include && Included(spread.Directives);
                        var condition = fragment.TypeCondition.Type.Name.StringValue;
                        var conditionType = FragmentType(condition, validationType, At(spread));
                        Collect(fragment.SelectionSet, conditionType, runtimeType, plan, included && _schema.Applies(condition, runtimeType), depth + 1, spreading, rootInputs);
                        break;
                    }
            }
        }
    }

    private SchemaType FragmentType(string condition, SchemaType parent, (int, int)? location)
    {
        if (!_schema.Types.TryGetValue(condition, out var type) || !type.IsComposite)
        {
            throw NetwerkpuntRequestException.Validation($"Fragment type condition '{condition}' is not an object or interface type of the schema.", location);
        }

        if (!_schema.Overlaps(condition, parent.Name))
        {
            throw NetwerkpuntRequestException.Validation($"A fragment on '{condition}' cannot be spread inside '{parent.Name}'.", location);
        }

        return type;
    }

    private void CollectField(
        GraphQLField field,
        SchemaType parentType,
        SelectionPlan plan,
        bool include,
        int depth,
        HashSet<string> spreading,
        Dictionary<string, Dictionary<string, object?>>? rootInputs)
    {
        var name = field.Name.StringValue;
        var responseKey = field.Alias?.Name.StringValue ?? name;
        var location = At(field);
        if (name == "__typename")
        {
            if (field.Arguments is { Count: > 0 } || field.SelectionSet is not null)
            {
                throw NetwerkpuntRequestException.Validation("Field '__typename' takes no arguments and no selection.", location);
            }

            if (include)
            {
                Merge(plan, new PlannedField(responseKey, name, string.Empty, null), location);
            }

            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal) || !parentType.Fields.TryGetValue(name, out var definition))
        {
            throw NetwerkpuntRequestException.Validation($"Cannot query field '{name}' on type '{parentType.Name}'.", location);
        }

        var arguments = CoerceArguments(field, definition);
        var signature = ArgumentSignature(field);
        if (rootInputs is not null && include && arguments.Count > 0)
        {
            // The root field has one input-object argument; it is what gets stored.
            var input = arguments.Values.OfType<Dictionary<string, object?>>().FirstOrDefault();
            if (input is not null)
            {
                rootInputs[responseKey] = input;
            }
        }

        var fieldType = _schema.Types[definition.Type.NamedType];
        SelectionPlan? sub = null;
        if (fieldType.IsComposite)
        {
            if (field.SelectionSet is null)
            {
                throw NetwerkpuntRequestException.Validation($"Field '{name}' of type '{definition.Type}' must have a selection of subfields.", location);
            }

            var existing = include ? plan.Find(responseKey)?.Selection : null;
            sub = existing ?? new SelectionPlan();
            Collect(field.SelectionSet, fieldType, fieldType.Name, sub, include, depth + 1, spreading, null);
        }
        else if (field.SelectionSet is not null)
        {
            throw NetwerkpuntRequestException.Validation($"Field '{name}' is a {definition.Type} and cannot have a selection.", location);
        }

        if (include)
        {
            Merge(plan, new PlannedField(responseKey, name, signature, sub), location);
        }
    }

    private static void Merge(SelectionPlan plan, PlannedField field, (int, int)? location)
    {
        var existing = plan.Find(field.ResponseKey);
        if (existing is null)
        {
            plan.Add(field);
            return;
        }

        if (existing.FieldName != field.FieldName || existing.ArgumentsSignature != field.ArgumentsSignature)
        {
            throw NetwerkpuntRequestException.Validation($"Response key '{field.ResponseKey}' is used for different fields or arguments.", location);
        }
    }

    private string ArgumentSignature(GraphQLField field) =>
        field.Arguments is null
            ? string.Empty
            : string.Join(",", field.Arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal).Select(a => a.Name.StringValue + ":" + Source(a.Value)));

    private string Source(ASTNode node) =>
        node.Location.End <= _query.Length && node.Location.Start <= node.Location.End
            ? _query[node.Location.Start..node.Location.End]
            : node.Kind.ToString();

    private Dictionary<string, object?> CoerceArguments(GraphQLField field, SchemaField definition)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (!definition.Arguments.TryGetValue(name, out var argumentDefinition))
            {
                throw NetwerkpuntRequestException.Validation($"Field '{definition.Name}' has no argument '{name}'.", At(argument));
            }

            if (result.ContainsKey(name))
            {
                throw NetwerkpuntRequestException.Validation($"There can be only one argument named '{name}'.", At(argument));
            }

            if (argument.Value is GraphQLVariable variable && !IsProvided(variable) && !argumentDefinition.Type.IsNonNull)
            {
                continue;
            }

            result[name] = CoerceLiteral(argument.Value, argumentDefinition.Type, name, constant: false);
        }

        foreach (var argumentDefinition in definition.Arguments.Values)
        {
            if (!result.ContainsKey(argumentDefinition.Name))
            {
                if (argumentDefinition.DefaultValue is { } d)
                {
                    result[argumentDefinition.Name] = CoerceLiteral(d, argumentDefinition.Type, argumentDefinition.Name, constant: true);
                }
                else if (argumentDefinition.Type.IsNonNull)
                {
                    throw NetwerkpuntRequestException.Validation($"Field '{definition.Name}' argument '{argumentDefinition.Name}' of type '{argumentDefinition.Type}' is required.", At(field));
                }
            }
        }

        return result;
    }

    private bool IsProvided(GraphQLVariable variable) =>
        _variables.TryGetValue(variable.Name.StringValue, out var info) && info.HasValue;

    private bool Included(GraphQLDirectives? directives)
    {
        var included = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                throw NetwerkpuntRequestException.Validation($"Unknown directive '@{name}'.", At(directive));
            }

            if (!seen.Add(name))
            {
                throw NetwerkpuntRequestException.Validation($"Directive '@{name}' can be used only once here.", At(directive));
            }

            var arguments = directive.Arguments?.Items ?? [];
            if (arguments.Count != 1 || arguments[0].Name.StringValue != "if")
            {
                throw NetwerkpuntRequestException.Validation($"Directive '@{name}' takes exactly one argument 'if: Boolean!'.", At(directive));
            }

            var value = CoerceLiteral(arguments[0].Value, Boolean, "if", constant: false) is true;
            included &= name == "skip" ? !value : value;
        }

        return included;
    }

    private static readonly TypeRef Boolean = TypeRef.From(new GraphQLNonNullType(new GraphQLNamedType(new GraphQLName("Boolean"))));

    private object? CoerceLiteral(GraphQLValue value, TypeRef type, string path, bool constant)
    {
        var location = At(value);
        if (value is GraphQLVariable variable)
        {
            if (constant)
            {
                throw NetwerkpuntRequestException.Validation($"A variable is not allowed in a constant value at '{path}'.", location);
            }

            var name = variable.Name.StringValue;
            if (!_variables.TryGetValue(name, out var info))
            {
                throw NetwerkpuntRequestException.Validation($"Variable '${name}' is not defined.", location);
            }

            info.Used = true;
            // A nullable variable with a non-null default may fill a non-null location (spec: "Allowing optional variables when default values exist").
            var compatible = Compatible(info.Type, type)
                || (type.IsNonNull && !info.Type.IsNonNull && info.HasNonNullDefault && Compatible(info.Type, type.Inner!));
            if (!compatible)
            {
                throw NetwerkpuntRequestException.Validation($"Variable '${name}' of type '{info.Type}' cannot be used where '{type}' is expected ('{path}').", location);
            }

            if (!info.HasValue && type.IsNonNull)
            {
                throw NetwerkpuntRequestException.BadInput($"Variable '${name}' was not provided but '{path}' requires a value.", location);
            }

            return info.Value;
        }

        if (type.IsNonNull)
        {
            if (value is GraphQLNullValue)
            {
                throw NetwerkpuntRequestException.BadInput($"'{path}' of type '{type}' cannot be null.", location);
            }

            return CoerceLiteral(value, type.Inner!, path, constant);
        }

        if (value is GraphQLNullValue)
        {
            return null;
        }

        if (type.IsList)
        {
            if (value is GraphQLListValue list)
            {
                var items = new List<object?>();
                var index = 0;
                foreach (var item in list.Values ?? [])
                {
                    items.Add(CoerceLiteral(item, type.Inner!, $"{path}[{index++}]", constant));
                }

                return items;
            }

            return new List<object?> { CoerceLiteral(value, type.Inner!, path + "[0]", constant) };
        }

        var named = _schema.Types[type.Name!];
        switch (named.Kind)
        {
            case SchemaTypeKind.InputObject:
                {
                    if (value is not GraphQLObjectValue obj)
                    {
                        throw NetwerkpuntRequestException.BadInput($"'{path}' must be an input object of type '{named.Name}'.", location);
                    }

                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var field in obj.Fields ?? [])
                    {
                        var fieldName = field.Name.StringValue;
                        if (!named.InputFields.TryGetValue(fieldName, out var definition))
                        {
                            throw NetwerkpuntRequestException.BadInput($"'{path}' has no field '{fieldName}' (type '{named.Name}').", At(field));
                        }

                        if (result.ContainsKey(fieldName))
                        {
                            throw NetwerkpuntRequestException.BadInput($"'{path}' has field '{fieldName}' more than once.", At(field));
                        }

                        if (field.Value is GraphQLVariable v && !IsProvided(v) && !definition.Type.IsNonNull)
                        {
                            _variables.TryGetValue(v.Name.StringValue, out var info);
                            if (info is not null)
                            {
                                info.Used = true;
                            }

                            if (info is null || !Compatible(info.Type, definition.Type))
                            {
                                CoerceLiteral(field.Value, definition.Type, $"{path}.{fieldName}", constant);
                            }

                            continue;
                        }

                        result[fieldName] = CoerceLiteral(field.Value, definition.Type, $"{path}.{fieldName}", constant);
                    }

                    CompleteInputObject(named, result, path, location);
                    return result;
                }

            case SchemaTypeKind.Enum:
                if (value is not GraphQLEnumValue enumValue)
                {
                    throw NetwerkpuntRequestException.BadInput($"'{path}' must be a value of enum '{named.Name}' (written without quotes).", location);
                }

                return Enum(named, enumValue.Name.StringValue, path, location);
            default:
                return Scalar(named.Name, value, path, location);
        }
    }

    private void CompleteInputObject(SchemaType type, Dictionary<string, object?> result, string path, (int, int)? location)
    {
        foreach (var definition in type.InputFields.Values)
        {
            if (result.ContainsKey(definition.Name))
            {
                continue;
            }

            if (definition.DefaultValue is { } d)
            {
                result[definition.Name] = CoerceLiteral(d, definition.Type, $"{path}.{definition.Name}", constant: true);
            }
            else if (definition.Type.IsNonNull)
            {
                throw NetwerkpuntRequestException.BadInput($"'{path}' is missing required field '{definition.Name}' of type '{definition.Type}'.", location);
            }
        }
    }

    private static string Enum(SchemaType type, string raw, string path, (int, int)? location) =>
        type.EnumValues.Contains(raw, StringComparer.Ordinal) ? raw
        : TryIdType(type, raw, out var canonical) ? canonical
        : throw NetwerkpuntRequestException.BadInput($"'{path}' is not a value of enum '{type.Name}' (expected one of {string.Join(", ", type.EnumValues)}).", location);

    // IDTypeEnum is read tolerantly (any letter case, AGBCODE for AGB); other enums exactly. No white space.
    private static bool TryIdType(SchemaType type, string raw, out string canonical)
    {
        canonical = string.Empty;
        if (raw.Length == 0 || raw.AsSpan().Trim().Length != raw.Length || !IDTypes.TryParse(raw, out var idType))
        {
            return false;
        }

        canonical = IDTypes.ToWireValue(idType);
        return type.EnumValues.Contains(canonical, StringComparer.Ordinal);
    }

    private static object Scalar(string scalar, GraphQLValue value, string path, (int, int)? location)
    {
        switch (scalar)
        {
            case "Int" when value is GraphQLIntValue i && int.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n):
                return n;
            case "Float" when value is GraphQLIntValue or GraphQLFloatValue:
                var text = value is GraphQLIntValue iv ? iv.Value : ((GraphQLFloatValue)value).Value;
                if (double.TryParse(text.Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                {
                    return d;
                }

                break;
            case "Boolean" when value is GraphQLBooleanValue b:
                return b.BoolValue;
            case "ID" when value is GraphQLIntValue id:
                return id.Value.ToString();
            case "String" or "ID" or "UUID" or "Date" or "DateTime" when value is GraphQLStringValue s:
                return CheckString(scalar, s.Value.ToString(), path, location);
        }

        throw NetwerkpuntRequestException.BadInput($"'{path}' must be a {ScalarDescription(scalar)}.", location);
    }

    private object? CoerceJson(JsonElement value, TypeRef type, string path)
    {
        if (type.IsNonNull)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                throw NetwerkpuntRequestException.BadInput($"'{path}' of type '{type}' cannot be null.");
            }

            return CoerceJson(value, type.Inner!, path);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type.IsList)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                var items = new List<object?>();
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items.Add(CoerceJson(item, type.Inner!, $"{path}[{index++}]"));
                }

                return items;
            }

            return new List<object?> { CoerceJson(value, type.Inner!, path + "[0]") };
        }

        var named = _schema.Types[type.Name!];
        switch (named.Kind)
        {
            case SchemaTypeKind.InputObject:
                {
                    if (value.ValueKind != JsonValueKind.Object)
                    {
                        throw NetwerkpuntRequestException.BadInput($"'{path}' must be a JSON object of type '{named.Name}'.");
                    }

                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                    {
                        var fieldName = JsonString(property.Name, path);
                        if (!named.InputFields.TryGetValue(fieldName, out var definition))
                        {
                            throw NetwerkpuntRequestException.BadInput($"'{path}' has no field '{Shorten(fieldName)}' (type '{named.Name}').");
                        }

                        if (!result.TryAdd(fieldName, CoerceJson(property.Value, definition.Type, $"{path}.{fieldName}")))
                        {
                            throw NetwerkpuntRequestException.BadInput($"'{path}' has field '{fieldName}' more than once.");
                        }
                    }

                    CompleteInputObject(named, result, path, null);
                    return result;
                }

            case SchemaTypeKind.Enum:
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw NetwerkpuntRequestException.BadInput($"'{path}' must be a string naming a value of enum '{named.Name}'.");
                }

                return Enum(named, JsonString(value, path), path, null);
            default:
                switch (named.Name)
                {
                    case "Int" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n):
                        return n;
                    case "Float" when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d):
                        return d;
                    case "Boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                        return value.GetBoolean();
                    case "ID" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id):
                        return id.ToString(CultureInfo.InvariantCulture);
                    case "String" or "ID" or "UUID" or "Date" or "DateTime" when value.ValueKind == JsonValueKind.String:
                        return CheckString(named.Name, JsonString(value, path), path, null);
                }

                throw NetwerkpuntRequestException.BadInput($"'{path}' must be a {ScalarDescription(named.Name)}.");
        }
    }

    private static string JsonString(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NetwerkpuntRequestException.BadInput($"'{path}' is not valid UTF-16 text.");
        }
    }

    private static string JsonString(string name, string path) =>
        IsWellFormed(name) ? name : throw NetwerkpuntRequestException.BadInput($"'{path}' has a field name that is not valid text.");

    private static string CheckString(string scalar, string text, string path, (int, int)? location)
    {
        if (!IsWellFormed(text))
        {
            throw NetwerkpuntRequestException.BadInput($"'{path}' is not valid Unicode text (it contains an unpaired surrogate).", location);
        }

        var valid = scalar switch
        {
            "UUID" => Guid.TryParseExact(text, "D", out _),
            "Date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "DateTime" => Rfc3339.TryParse(text, out _),
            _ => true,
        };
        return valid ? text : throw NetwerkpuntRequestException.BadInput($"'{path}' must be a {ScalarDescription(scalar)}.", location);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static string ScalarDescription(string scalar) => scalar switch
    {
        "UUID" => "UUID (canonical hyphenated form)",
        "Date" => "Date (YYYY-MM-DD)",
        "DateTime" => "DateTime (RFC 3339 with an offset, such as 2024-05-01T12:00:00Z)",
        "Int" => "32-bit Int",
        "Float" => "finite Float",
        "Boolean" => "Boolean",
        "ID" => "ID (string or integer)",
        _ => "String",
    };

    private static bool Compatible(TypeRef variableType, TypeRef locationType)
    {
        if (locationType.IsNonNull)
        {
            return variableType.IsNonNull && Compatible(variableType.Inner!, locationType.Inner!);
        }

        if (variableType.IsNonNull)
        {
            return Compatible(variableType.Inner!, locationType);
        }

        if (locationType.IsList)
        {
            return variableType.IsList && Compatible(variableType.Inner!, locationType.Inner!);
        }

        return !variableType.IsList && variableType.Name == locationType.Name;
    }

    private (int Line, int Column)? At(ASTNode node)
    {
        var offset = node.Location.Start;
        if (offset < 0 || offset > _query.Length || (offset == 0 && node.Location.End == 0))
        {
            return null;
        }

        // Line starts are found once; each lookup is a binary search, so many nodes cost no quadratic time.
        if (_lineStarts is null)
        {
            _lineStarts = [0];
            for (var i = 0; i < _query.Length; i++)
            {
                if (_query[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private sealed class VariableInfo(string name, TypeRef type, (int, int)? location)
    {
        public string Name { get; } = name;

        public TypeRef Type { get; } = type;

        public (int, int)? Location { get; } = location;

        public object? Value { get; set; }

        public bool HasValue { get; set; }

        public bool Used { get; set; }

        public bool HasNonNullDefault { get; set; }
    }
}
