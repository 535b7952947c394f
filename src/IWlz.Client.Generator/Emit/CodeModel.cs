using System.Collections.Generic;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Semantics;

namespace IWlz.Client.Generator.Emit;

// The C# shape of one client, built from a validated schema and operations. Plain classes: these
// live inside one generation run and never become pipeline values.

internal enum CsKind
{
    Scalar,
    Enum,
    Input,
    Object,
    List,
}

/// <summary>A C# type of a property: a scalar, a generated enum/input/result class, or a list of one of those.</summary>
internal sealed class CsType
{
    public CsKind Kind { get; set; }

    public bool Nullable { get; set; }

    public ScalarKind Scalar { get; set; }

    public EnumModel? Enum { get; set; }

    public InputModel? Input { get; set; }

    public ResultClass? Class { get; set; }

    public CsType? Element { get; set; }

    /// <summary>
    /// For result lists: the property is never null; a JSON <c>null</c> or an absent field reads as an empty list
    /// (issue 3: "lists are never null, and an empty list is not an error").
    /// </summary>
    public bool EmptyWhenNull { get; set; }

    public bool IsValueType => Kind == CsKind.Enum || (Kind == CsKind.Scalar && Scalar is not (ScalarKind.String or ScalarKind.Id or ScalarKind.Uri));

    public CsType WithNullable(bool nullable) => new()
    {
        Kind = Kind,
        Nullable = nullable,
        Scalar = Scalar,
        Enum = Enum,
        Input = Input,
        Class = Class,
        Element = Element,
        EmptyWhenNull = EmptyWhenNull,
    };
}

internal sealed class EnumModel
{
    public EnumModel(string graphQLName, string name, string? description)
    {
        GraphQLName = graphQLName;
        Name = name;
        Description = description;
    }

    public string GraphQLName { get; }

    public string Name { get; }

    public string? Description { get; }

    public List<EnumMember> Members { get; } = new();

    public string ConverterName { get; set; } = string.Empty;
}

/// <summary>A generated enum member; <see cref="Name"/> is the plain name, <see cref="Identifier"/> the form to write in C#.</summary>
internal sealed record EnumMember(string GraphQLName, string Name, string? Description, string? Deprecation)
{
    /// <summary>The member name as a C# identifier: keywords are escaped with <c>@</c>.</summary>
    public string Identifier => Naming.EscapeKeyword(Name);
}

/// <summary>A generated input class or an operation's variables class; both track which properties were set.</summary>
internal sealed class InputModel
{
    public InputModel(string graphQLName, string name, string? description, bool isVariables)
    {
        GraphQLName = graphQLName;
        Name = name;
        Description = description;
        IsVariables = isVariables;
    }

    public string GraphQLName { get; }

    public string Name { get; }

    public string? Description { get; }

    public bool IsVariables { get; }

    public List<InputField> Fields { get; } = new();

    public string ConverterName { get; set; } = string.Empty;
}

internal sealed class InputField
{
    public string JsonName { get; set; } = string.Empty;

    public string PropertyName { get; set; } = string.Empty;

    public string BackingField { get; set; } = string.Empty;

    public string IsSetName { get; set; } = string.Empty;

    public CsType Type { get; set; } = new();

    /// <summary>Non-null without a default: a <c>required</c> property that is always written.</summary>
    public bool Required { get; set; }

    public string GraphQLType { get; set; } = string.Empty;

    public string? DefaultValue { get; set; }

    public string? Description { get; set; }

    public string? Deprecation { get; set; }
}

/// <summary>A result class: the data of an operation, or the selection of one object field (nested).</summary>
internal sealed class ResultClass
{
    public ResultClass(string name, string fullName, string graphQLType, string? description)
    {
        Name = name;
        FullName = fullName;
        GraphQLType = graphQLType;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The name relative to the namespace, such as <c>GetBookResult.BookData</c>.</summary>
    public string FullName { get; }

    public string GraphQLType { get; }

    public string? Description { get; }

    public List<ResultProperty> Properties { get; } = new();

    public List<ResultClass> Nested { get; } = new();

    public string ConverterName { get; set; } = string.Empty;
}

internal sealed class ResultProperty
{
    public string JsonName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public CsType Type { get; set; } = new();

    public string GraphQLField { get; set; } = string.Empty;

    public string GraphQLType { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? Deprecation { get; set; }

    /// <summary>Why the property is nullable although the schema says non-null, if it is.</summary>
    public string? NullableReason { get; set; }
}

internal sealed class OperationModel
{
    public OperationModel(OperationInfo info, string name)
    {
        Info = info;
        Name = name;
    }

    public OperationInfo Info { get; }

    public string Name { get; }

    public string GraphQLName => Info.Definition.Name!;

    public OperationKind Kind => Info.Definition.Kind;

    public string Document { get; set; } = string.Empty;

    public string DocumentHash { get; set; } = string.Empty;

    /// <summary>The template this operation is (a template file) or narrows (an own operation; see TemplateSubsetChecker).</summary>
    public string? TemplateId => Info.File.Metadata.IsTemplate ? Info.File.Metadata.TemplateId : NarrowedTemplateId;

    /// <summary>For an own operation: the one template it is a subset of, named by IWlzTemplateId or found by the build.</summary>
    public string? NarrowedTemplateId { get; set; }

    /// <summary>True for an own operation that narrows a template, false for a template itself.</summary>
    public bool NarrowsTemplate => !Info.File.Metadata.IsTemplate && NarrowedTemplateId is not null;

    public List<string> RootFields { get; } = new();

    public InputModel Variables { get; set; } = null!;

    public ResultClass Result { get; set; } = null!;

    public string OperationClassName { get; set; } = string.Empty;
}

internal sealed class ClientModel
{
    /// <param name="clientName">The client (service) name: <c>GraphQLOperation.ClientName</c>, resolver and converter names.</param>
    /// <param name="ns">The namespace of everything generated for the client.</param>
    /// <param name="typeName">The client class name (IWlzClientTypeName, default <c>{clientName}Client</c>); the interface adds an <c>I</c>.</param>
    public ClientModel(string clientName, string ns, string typeName)
    {
        ClientName = clientName;
        Namespace = ns;
        ClientClassName = typeName;
        InterfaceName = "I" + typeName;
        ResolverName = clientName + "JsonResolver";
        ConvertersName = clientName + "JsonConverters";
    }

    public string ClientName { get; }

    public string Namespace { get; }

    public string ClientClassName { get; }

    public string InterfaceName { get; }

    public string ResolverName { get; }

    public string ConvertersName { get; }

    public List<OperationModel> Operations { get; } = new();

    public List<EnumModel> Enums { get; } = new();

    public List<InputModel> Inputs { get; } = new();
}
