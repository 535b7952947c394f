using System;
using System.Collections.Generic;
using System.Linq;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace IWlz.Client.Generator.Semantics;

/// <summary>One type of a built schema, with its extensions merged in and lookups by name.</summary>
internal sealed class SchemaType
{
    public SchemaType(TypeDef definition, bool isBuiltIn)
    {
        Definition = definition;
        IsBuiltIn = isBuiltIn;
        Kind = definition.Kind;
        Name = definition.Name;
        Description = definition.Description;
        AddFrom(definition);
    }

    public TypeDef Definition { get; }

    public TypeDefKind Kind { get; }

    public string Name { get; }

    public string? Description { get; }

    public bool IsBuiltIn { get; }

    public List<FieldDef> Fields { get; } = new();

    public Dictionary<string, FieldDef> FieldMap { get; } = new(StringComparer.Ordinal);

    public List<InputValueDef> InputFields { get; } = new();

    public Dictionary<string, InputValueDef> InputFieldMap { get; } = new(StringComparer.Ordinal);

    public List<EnumValueDef> Values { get; } = new();

    public Dictionary<string, EnumValueDef> ValueMap { get; } = new(StringComparer.Ordinal);

    public List<NamedRef> Interfaces { get; } = new();

    public List<NamedRef> Members { get; } = new();

    /// <summary>The object types a value of this type can have at run time.</summary>
    public HashSet<string> PossibleTypes { get; } = new(StringComparer.Ordinal);

    public bool IsComposite => Kind is TypeDefKind.Object or TypeDefKind.Interface or TypeDefKind.Union;

    public bool IsLeaf => Kind is TypeDefKind.Scalar or TypeDefKind.Enum;

    public bool IsInput => Kind is TypeDefKind.Scalar or TypeDefKind.Enum or TypeDefKind.InputObject;

    public bool IsOutput => Kind is not TypeDefKind.InputObject;

    public List<(DiagnosticDescriptor Descriptor, TextRange Range, string Message)> AddFrom(TypeDef definition)
    {
        var problems = new List<(DiagnosticDescriptor, TextRange, string)>();
        foreach (var field in definition.Fields)
        {
            if (FieldMap.ContainsKey(field.Name))
            {
                problems.Add((Descriptors.InvalidSchema, field.NameRange, $"Type '{Name}' declares field '{field.Name}' twice. Remove one of them."));
                continue;
            }

            FieldMap[field.Name] = field;
            Fields.Add(field);
        }

        foreach (var field in definition.InputFields)
        {
            if (InputFieldMap.ContainsKey(field.Name))
            {
                problems.Add((Descriptors.InvalidSchema, field.NameRange, $"Input type '{Name}' declares field '{field.Name}' twice. Remove one of them."));
                continue;
            }

            InputFieldMap[field.Name] = field;
            InputFields.Add(field);
        }

        foreach (var value in definition.Values)
        {
            if (ValueMap.ContainsKey(value.Name))
            {
                problems.Add((Descriptors.InvalidSchema, value.NameRange, $"Enum '{Name}' declares value '{value.Name}' twice. Remove one of them."));
                continue;
            }

            ValueMap[value.Name] = value;
            Values.Add(value);
        }

        Interfaces.AddRange(definition.Interfaces);
        Members.AddRange(definition.Members);
        return problems;
    }
}

/// <summary>
/// A schema built from one schema file: built-in scalars and directives added, extensions applied,
/// and validated. Lives only inside one generation run; never a pipeline value.
/// </summary>
internal sealed class Schema
{
    private static readonly string[] BuiltInScalars = { "String", "Int", "Float", "Boolean", "ID" };

    private Schema(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public Dictionary<string, SchemaType> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DirectiveDef> Directives { get; } = new(StringComparer.Ordinal);

    public Dictionary<OperationKind, string> Roots { get; } = new();

    public SchemaType? Find(string name) => Types.TryGetValue(name, out var type) ? type : null;

    public SchemaType? RootType(OperationKind kind) => Roots.TryGetValue(kind, out var name) ? Find(name) : null;

    public static Schema Build(string path, SchemaDocument document, List<DiagnosticInfo> diagnostics)
    {
        var schema = new Schema(path);
        schema.AddBuiltIns();
        schema.AddDefinitions(document, diagnostics);
        schema.ResolveRoots(document, diagnostics);
        schema.Validate(diagnostics);
        schema.ComputePossibleTypes();
        return schema;
    }

    public static bool IsDeprecated(EquatableArray<DirectiveNode> directives, out string reason)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == "deprecated")
            {
                var argument = directive.Arguments.FirstOrDefault(a => a.Name == "reason");
                reason = argument?.Value.Kind == ValueKind.String ? argument.Value.Text : "No longer supported";
                return true;
            }
        }

        reason = string.Empty;
        return false;
    }

    /// <summary>Whether every possible runtime type of <paramref name="parent"/> also satisfies <paramref name="condition"/>.</summary>
    public bool Covers(SchemaType condition, SchemaType parent) =>
        condition.Name == parent.Name || parent.PossibleTypes.All(condition.PossibleTypes.Contains);

    public bool Overlaps(SchemaType a, SchemaType b) => a.PossibleTypes.Overlaps(b.PossibleTypes);

    private void AddBuiltIns()
    {
        foreach (var name in BuiltInScalars)
        {
            Types[name] = new SchemaType(
                new TypeDef(TypeDefKind.Scalar, false, name, null, default, default, default, default, default, default, TextRange.None),
                isBuiltIn: true);
        }

        var booleanNonNull = new TypeRef(TypeRefKind.NonNull, string.Empty, TypeRef.Named("Boolean", TextRange.None), TextRange.None);
        var ifArgument = new InputValueDef("if", null, booleanNonNull, null, default, TextRange.None);
        AddBuiltInDirective("skip", new[] { ifArgument }, "FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
        AddBuiltInDirective("include", new[] { ifArgument }, "FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
        AddBuiltInDirective(
            "deprecated",
            new[] { new InputValueDef("reason", null, TypeRef.Named("String", TextRange.None), null, default, TextRange.None) },
            "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE");
        AddBuiltInDirective(
            "specifiedBy",
            new[] { new InputValueDef("url", null, new TypeRef(TypeRefKind.NonNull, string.Empty, TypeRef.Named("String", TextRange.None), TextRange.None), null, default, TextRange.None) },
            "SCALAR");
        AddBuiltInDirective("oneOf", Array.Empty<InputValueDef>(), "INPUT_OBJECT");
    }

    private void AddBuiltInDirective(string name, InputValueDef[] arguments, params string[] locations) =>
        Directives[name] = new DirectiveDef(name, null, arguments.ToEquatableArray(), false, locations.ToEquatableArray(), TextRange.None);

    private static bool IsBuiltInDirective(string name) => name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";

    private void AddDefinitions(SchemaDocument document, List<DiagnosticInfo> diagnostics)
    {
        var declaredDirectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in document.Directives)
        {
            if (!declaredDirectives.Add(directive.Name))
            {
                Report(diagnostics, Descriptors.InvalidSchema, directive.NameRange, $"Directive '@{directive.Name}' is declared twice. Remove one declaration.");
                continue;
            }

            // Redeclaring a built-in directive (as published schemas do with @specifiedBy and @deprecated) is accepted;
            // the declaration replaces the built-in one, so its arguments and locations are what the schema says.
            Directives[directive.Name] = directive;
        }

        foreach (var type in document.Types.Where(t => !t.IsExtension))
        {
            if (Types.TryGetValue(type.Name, out var existing))
            {
                if (existing.IsBuiltIn && type.Kind == TypeDefKind.Scalar)
                {
                    continue; // "scalar String" and friends are harmless restatements
                }

                Report(diagnostics, Descriptors.InvalidSchema, type.NameRange, $"Type '{type.Name}' is declared twice. Remove one declaration or use 'extend {Keyword(type.Kind)} {type.Name}'.");
                continue;
            }

            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                Report(diagnostics, Descriptors.InvalidSchema, type.NameRange, $"Type name '{type.Name}' starts with '__', which GraphQL reserves for introspection. Rename the type.");
            }

            Types[type.Name] = new SchemaType(type, isBuiltIn: false);
            ReportDuplicates(type, diagnostics);
        }

        foreach (var extension in document.Types.Where(t => t.IsExtension))
        {
            if (!Types.TryGetValue(extension.Name, out var target))
            {
                Report(diagnostics, Descriptors.UnknownType, extension.NameRange, $"'extend {Keyword(extension.Kind)} {extension.Name}' extends a type that is not declared.{Suggestions.Hint(extension.Name, Types.Keys)} Declare the type first or correct the name.");
                continue;
            }

            if (target.Kind != extension.Kind)
            {
                Report(diagnostics, Descriptors.InvalidSchema, extension.NameRange, $"'extend {Keyword(extension.Kind)} {extension.Name}' does not match the declaration of '{extension.Name}' as {Keyword(target.Kind)}. Use 'extend {Keyword(target.Kind)}'.");
                continue;
            }

            foreach (var problem in target.AddFrom(extension))
            {
                Report(diagnostics, problem.Descriptor, problem.Range, problem.Message);
            }
        }
    }

    private void ReportDuplicates(TypeDef type, List<DiagnosticInfo> diagnostics)
    {
        // SchemaType's constructor already de-duplicated; report what it dropped.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!seen.Add(field.Name))
            {
                Report(diagnostics, Descriptors.InvalidSchema, field.NameRange, $"Type '{type.Name}' declares field '{field.Name}' twice. Remove one of them.");
            }
        }

        seen.Clear();
        foreach (var field in type.InputFields)
        {
            if (!seen.Add(field.Name))
            {
                Report(diagnostics, Descriptors.InvalidSchema, field.NameRange, $"Input type '{type.Name}' declares field '{field.Name}' twice. Remove one of them.");
            }
        }

        seen.Clear();
        foreach (var value in type.Values)
        {
            if (!seen.Add(value.Name))
            {
                Report(diagnostics, Descriptors.InvalidSchema, value.NameRange, $"Enum '{type.Name}' declares value '{value.Name}' twice. Remove one of them.");
            }
        }
    }

    private void ResolveRoots(SchemaDocument document, List<DiagnosticInfo> diagnostics)
    {
        if (document.HasSchemaDefinition || document.RootOperations.Count > 0)
        {
            foreach (var root in document.RootOperations)
            {
                if (Roots.ContainsKey(root.Operation))
                {
                    Report(diagnostics, Descriptors.InvalidSchema, root.Type.Range, $"The schema names a {root.Operation.Keyword()} root type twice. Keep one.");
                    continue;
                }

                var type = Find(root.Type.Name);
                if (type is null)
                {
                    Report(diagnostics, Descriptors.UnknownType, root.Type.Range, $"The {root.Operation.Keyword()} root type '{root.Type.Name}' is not declared.{Suggestions.Hint(root.Type.Name, Types.Keys)} Declare it or correct the name.");
                    continue;
                }

                if (type.Kind != TypeDefKind.Object)
                {
                    Report(diagnostics, Descriptors.InvalidSchema, root.Type.Range, $"The {root.Operation.Keyword()} root type '{root.Type.Name}' must be an object type, not {Keyword(type.Kind)}.");
                    continue;
                }

                Roots[root.Operation] = root.Type.Name;
            }
        }
        else
        {
            foreach (OperationKind kind in Enum.GetValues(typeof(OperationKind)))
            {
                if (Find(kind.DefaultRootTypeName()) is { Kind: TypeDefKind.Object })
                {
                    Roots[kind] = kind.DefaultRootTypeName();
                }
            }
        }

        if (!Roots.ContainsKey(OperationKind.Query))
        {
            Report(diagnostics, Descriptors.InvalidSchema, document.FirstDefinitionRange, "The schema has no query root type. Declare 'type Query { ... }' or name the root type in a 'schema { query: ... }' definition.");
        }
    }

    private void Validate(List<DiagnosticInfo> diagnostics)
    {
        foreach (var type in Types.Values.Where(t => !t.IsBuiltIn))
        {
            CheckDirectives(type.Definition.Directives, diagnostics);
            switch (type.Kind)
            {
                case TypeDefKind.Object:
                case TypeDefKind.Interface:
                    ValidateFields(type, diagnostics);
                    ValidateInterfaces(type, diagnostics);
                    break;
                case TypeDefKind.Union:
                    foreach (var member in type.Members)
                    {
                        var memberType = Find(member.Name);
                        if (memberType is null)
                        {
                            ReportUnknownType(diagnostics, member.Name, member.Range, $"union '{type.Name}'");
                        }
                        else if (memberType.Kind != TypeDefKind.Object)
                        {
                            Report(diagnostics, Descriptors.InvalidSchema, member.Range, $"Union '{type.Name}' includes '{member.Name}', which is {Article(memberType.Kind)}; union members must be object types.");
                        }
                    }

                    break;
                case TypeDefKind.InputObject:
                    foreach (var field in type.InputFields)
                    {
                        ValidateInputType(field.Type, $"input field '{type.Name}.{field.Name}'", diagnostics);
                        CheckDirectives(field.Directives, diagnostics);
                    }

                    break;
                case TypeDefKind.Enum:
                    foreach (var value in type.Values)
                    {
                        if (value.Name is "true" or "false" or "null")
                        {
                            Report(diagnostics, Descriptors.InvalidSchema, value.NameRange, $"Enum '{type.Name}' cannot have a value named '{value.Name}'. Rename the value.");
                        }

                        CheckDirectives(value.Directives, diagnostics);
                    }

                    break;
            }
        }

        foreach (var directive in Directives.Values.Where(d => !d.NameRange.IsNone))
        {
            foreach (var argument in directive.Arguments)
            {
                ValidateInputType(argument.Type, $"argument '{argument.Name}' of directive '@{directive.Name}'", diagnostics);
            }
        }
    }

    private void ValidateFields(SchemaType type, List<DiagnosticInfo> diagnostics)
    {
        foreach (var field in type.Fields)
        {
            CheckDirectives(field.Directives, diagnostics);
            var named = Find(field.Type.NamedType.Name);
            if (named is null)
            {
                ReportUnknownType(diagnostics, field.Type.NamedType.Name, field.Type.NamedType.Range, $"field '{type.Name}.{field.Name}'");
            }
            else if (!named.IsOutput)
            {
                Report(diagnostics, Descriptors.InvalidSchema, field.Type.NamedType.Range, $"Field '{type.Name}.{field.Name}' returns input type '{named.Name}'. Fields must return a scalar, enum, object, interface or union type.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in field.Arguments)
            {
                if (!seen.Add(argument.Name))
                {
                    Report(diagnostics, Descriptors.InvalidSchema, argument.NameRange, $"Field '{type.Name}.{field.Name}' declares argument '{argument.Name}' twice. Remove one of them.");
                }

                ValidateInputType(argument.Type, $"argument '{argument.Name}' of field '{type.Name}.{field.Name}'", diagnostics);
                CheckDirectives(argument.Directives, diagnostics);
            }
        }
    }

    private void ValidateInterfaces(SchemaType type, List<DiagnosticInfo> diagnostics)
    {
        foreach (var reference in type.Interfaces)
        {
            var target = Find(reference.Name);
            if (target is null)
            {
                ReportUnknownType(diagnostics, reference.Name, reference.Range, $"the interfaces of '{type.Name}'");
                continue;
            }

            if (target.Kind != TypeDefKind.Interface)
            {
                Report(diagnostics, Descriptors.InvalidSchema, reference.Range, $"'{type.Name}' implements '{reference.Name}', which is {Article(target.Kind)}, not an interface.");
                continue;
            }

            foreach (var field in target.Fields)
            {
                if (!type.FieldMap.TryGetValue(field.Name, out var own))
                {
                    Report(diagnostics, Descriptors.InvalidSchema, reference.Range, $"'{type.Name}' implements '{reference.Name}' but has no field '{field.Name}'. Add '{field.Name}: {field.Type}' to '{type.Name}'.");
                }
                else if (own.Type.NamedType.Name != field.Type.NamedType.Name && !IsSubType(own.Type.NamedType.Name, field.Type.NamedType.Name))
                {
                    Report(diagnostics, Descriptors.InvalidSchema, own.NameRange, $"Field '{type.Name}.{field.Name}' has type '{own.Type}', which does not match '{field.Type}' of interface '{reference.Name}'.");
                }
            }
        }
    }

    private bool IsSubType(string candidate, string super)
    {
        var superType = Find(super);
        var candidateType = Find(candidate);
        if (superType is null || candidateType is null)
        {
            return true; // already reported as unknown
        }

        return superType.Kind switch
        {
            TypeDefKind.Interface => candidateType.Interfaces.Any(i => i.Name == super),
            TypeDefKind.Union => superType.Members.Any(m => m.Name == candidate),
            _ => false,
        };
    }

    private void ValidateInputType(TypeRef type, string what, List<DiagnosticInfo> diagnostics)
    {
        var named = Find(type.NamedType.Name);
        if (named is null)
        {
            ReportUnknownType(diagnostics, type.NamedType.Name, type.NamedType.Range, what);
        }
        else if (!named.IsInput)
        {
            Report(diagnostics, Descriptors.InvalidSchema, type.NamedType.Range, $"The type of {what} is '{named.Name}', which is {Article(named.Kind)}; arguments and input fields need a scalar, enum or input type.");
        }
    }

    private void CheckDirectives(EquatableArray<DirectiveNode> directives, List<DiagnosticInfo> diagnostics)
    {
        foreach (var directive in directives)
        {
            if (!Directives.ContainsKey(directive.Name))
            {
                Report(diagnostics, Descriptors.InvalidDirective, directive.Range, $"Directive '@{directive.Name}' is not declared in the schema.{Suggestions.Hint(directive.Name, Directives.Keys)} Declare it with 'directive @{directive.Name} on ...' or remove it.");
            }
        }
    }

    private void ComputePossibleTypes()
    {
        foreach (var type in Types.Values)
        {
            switch (type.Kind)
            {
                case TypeDefKind.Object:
                    type.PossibleTypes.Add(type.Name);
                    foreach (var reference in type.Interfaces)
                    {
                        if (Find(reference.Name) is { Kind: TypeDefKind.Interface } target)
                        {
                            target.PossibleTypes.Add(type.Name);
                        }
                    }

                    break;
                case TypeDefKind.Union:
                    foreach (var member in type.Members)
                    {
                        if (Find(member.Name) is { Kind: TypeDefKind.Object })
                        {
                            type.PossibleTypes.Add(member.Name);
                        }
                    }

                    break;
            }
        }
    }

    private void ReportUnknownType(List<DiagnosticInfo> diagnostics, string name, TextRange range, string where) =>
        Report(diagnostics, Descriptors.UnknownType, range, $"Unknown type '{name}' in {where}.{Suggestions.Hint(name, Types.Keys)} Declare the type in the schema or correct the name.");

    private void Report(List<DiagnosticInfo> diagnostics, DiagnosticDescriptor descriptor, TextRange range, string message) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, Path, range, message));

    public static string Keyword(TypeDefKind kind) => kind switch
    {
        TypeDefKind.Object => "type",
        TypeDefKind.Interface => "interface",
        TypeDefKind.Union => "union",
        TypeDefKind.Enum => "enum",
        TypeDefKind.InputObject => "input",
        _ => "scalar",
    };

    public static string Article(TypeDefKind kind) => kind switch
    {
        TypeDefKind.Object => "an object type",
        TypeDefKind.Interface => "an interface",
        TypeDefKind.Union => "a union",
        TypeDefKind.Enum => "an enum",
        TypeDefKind.InputObject => "an input type",
        _ => "a scalar",
    };
}
