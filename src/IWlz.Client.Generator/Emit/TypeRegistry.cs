using System;
using System.Collections.Generic;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Semantics;

namespace IWlz.Client.Generator.Emit;

/// <summary>
/// Owns the namespace-level C# names of one client and the enums and input types that operations reach.
/// Only reachable schema types are generated, so a large schema does not turn into a large public API.
/// </summary>
internal sealed class TypeRegistry
{
    private readonly Schema _schema;
    private readonly ScalarMap _scalars;
    private readonly NameScope _names;
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputModel> _inputs = new(StringComparer.Ordinal);

    public TypeRegistry(Schema schema, ScalarMap scalars, NameScope names)
    {
        _schema = schema;
        _scalars = scalars;
        _names = names;
    }

    public List<EnumModel> Enums { get; } = new();

    public List<InputModel> Inputs { get; } = new();

    public string AllocateTypeName(string desired) => _names.Allocate(desired);

    /// <summary>The C# type of a variable or input field; registers the enums and input types it needs.</summary>
    public CsType InputType(TypeRef type, bool register)
    {
        if (type.Kind == TypeRefKind.NonNull)
        {
            return InputType(type.OfType!, register).WithNullable(false);
        }

        if (type.Kind == TypeRefKind.List)
        {
            return new CsType { Kind = CsKind.List, Nullable = true, Element = InputType(type.OfType!, register) };
        }

        var named = _schema.Find(type.Name);
        return named?.Kind switch
        {
            TypeDefKind.Enum => new CsType { Kind = CsKind.Enum, Nullable = true, Enum = Enum(named, register) },
            TypeDefKind.InputObject => new CsType { Kind = CsKind.Input, Nullable = true, Input = Input(named, register) },
            _ => new CsType { Kind = CsKind.Scalar, Nullable = true, Scalar = _scalars.Resolve(type.Name) },
        };
    }

    /// <summary>The C# type of a scalar or enum output field.</summary>
    public CsType Leaf(SchemaType type, bool register) => type.Kind == TypeDefKind.Enum
        ? new CsType { Kind = CsKind.Enum, Nullable = true, Enum = Enum(type, register) }
        : new CsType { Kind = CsKind.Scalar, Nullable = true, Scalar = _scalars.Resolve(type.Name) };

    private EnumModel Enum(SchemaType type, bool register)
    {
        if (_enums.TryGetValue(type.Name, out var existing))
        {
            return existing;
        }

        var model = new EnumModel(type.Name, register ? _names.Allocate(Naming.ToPascalCase(type.Name)) : Naming.ToPascalCase(type.Name), type.Description);
        // Members keep the schema's names verbatim (IDTypeEnum.AGB), so code, docs and the wire use one
        // spelling. Only what C# forbids changes: the enum's own name and value__ get a numeric suffix,
        // and keywords are escaped where the member is referenced (EnumMember.Identifier).
        var members = new NameScope(model.Name, "value__");
        foreach (var value in type.Values)
        {
            model.Members.Add(new EnumMember(
                value.Name,
                members.Allocate(value.Name),
                value.Description,
                Schema.IsDeprecated(value.Directives, out var reason) ? reason : null));
        }

        if (register)
        {
            _enums[type.Name] = model;
            Enums.Add(model);
        }

        return model;
    }

    private InputModel Input(SchemaType type, bool register)
    {
        if (_inputs.TryGetValue(type.Name, out var existing))
        {
            return existing;
        }

        var model = new InputModel(type.Name, register ? _names.Allocate(Naming.ToPascalCase(type.Name)) : Naming.ToPascalCase(type.Name), type.Description, isVariables: false);
        if (!register)
        {
            return model; // shape is not needed for operations that are validated only
        }

        // Register before filling the fields: input types may refer to themselves (filters with and/or).
        _inputs[type.Name] = model;
        Inputs.Add(model);
        var scope = new NameScope(model.Name);
        foreach (var field in type.InputFields)
        {
            model.Fields.Add(CreateField(field.Name, field.Type, field.DefaultValue, field.Description, Schema.IsDeprecated(field.Directives, out var reason) ? reason : null, scope, register));
        }

        AssignMemberNames(model, scope);
        return model;
    }

    public InputField CreateField(string name, TypeRef type, ValueNode? defaultValue, string? description, string? deprecation, NameScope scope, bool register)
    {
        var csType = InputType(type, register);
        return new InputField
        {
            JsonName = name,
            PropertyName = scope.Allocate(Naming.ToPascalCase(name)),
            Type = csType,
            Required = type.IsNonNull && defaultValue is null,
            GraphQLType = type.ToString(),
            DefaultValue = defaultValue is null ? null : DocumentPrinter.Canonical(defaultValue),
            Description = description,
            Deprecation = deprecation,
        };
    }

    /// <summary>Backing fields and "is set" members, named after all properties so that properties keep the plain names.</summary>
    public static void AssignMemberNames(InputModel model, NameScope scope)
    {
        foreach (var field in model.Fields)
        {
            field.BackingField = "_" + char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1);
            if (!field.Required)
            {
                field.IsSetName = scope.Allocate(field.PropertyName + "IsSet");
            }
        }
    }
}
