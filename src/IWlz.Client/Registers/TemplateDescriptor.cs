using IWlz.Client.GraphQL;
using IWlz.Client.Notifications;

namespace IWlz.Client.Registers;

/// <summary>
/// A published iWlz operation template that the SDK ships: which register and role it is for, the
/// operation that implements it, and what its variables mean.
/// </summary>
public sealed class TemplateDescriptor
{
    internal TemplateDescriptor(
        string templateId,
        IWlzRegister register,
        string registerVersion,
        string schemaVersion,
        SpecificationStatus status,
        TemplateRole role,
        string operationName,
        GraphQLOperationKind kind,
        string rootField,
        IReadOnlyList<TemplateVariable> variables,
        IDType? ownIdentityType = null,
        string? correction = null)
    {
        TemplateId = templateId;
        Register = register;
        RegisterVersion = registerVersion;
        SchemaVersion = schemaVersion;
        Status = status;
        Role = role;
        OperationName = operationName;
        Kind = kind;
        RootField = rootField;
        Variables = variables;
        OwnIdentityType = ownIdentityType;
        Correction = correction;
        OwnIdentityVariable = variables.FirstOrDefault(v => v.Kind == TemplateVariableKind.OwnIdentity)?.Name;
        DerivedDateVariables = [.. variables.Where(v => v.Kind == TemplateVariableKind.DerivedDate)];
    }

    /// <summary>The template ID, such as <c>QBR-0001-ZA</c>; for the netwerkpunt the mutation name.</summary>
    public string TemplateId { get; }

    /// <summary>The register (or the netwerkpunt) the template is sent to.</summary>
    public IWlzRegister Register { get; }

    /// <summary>The register version: <c>IR-2</c>, <c>BR-1</c>, <c>LR-1</c> or, for the netwerkpunt, <c>1.1</c>.</summary>
    public string RegisterVersion { get; }

    /// <summary>The schema version the template is valid against: <c>1.6.4</c>, <c>1.1.0</c>, <c>RC1</c> or <c>1.1</c>.</summary>
    public string SchemaVersion { get; }

    /// <summary>Whether the register version is in use or still in development (the Leveringsregister).</summary>
    public SpecificationStatus Status { get; }

    /// <summary>The party the template is written for.</summary>
    public TemplateRole Role { get; }

    /// <summary>The operation name in the shipped document; the generated method is named after it.</summary>
    public string OperationName { get; }

    /// <summary>Query or mutation.</summary>
    public GraphQLOperationKind Kind { get; }

    /// <summary>The single root field the operation selects, such as <c>bemiddelingspecificatie</c>.</summary>
    public string RootField { get; }

    /// <summary>The variables in declaration order.</summary>
    public IReadOnlyList<TemplateVariable> Variables { get; }

    /// <summary>
    /// The variable that must hold the caller's own AGB or UZOVI code (<c>Instelling</c>,
    /// <c>uitvoerendZorgkantoor</c>, …; <c>afzenderID</c> for the netwerkpunt), or <see langword="null"/> when the template has none.
    /// </summary>
    public string? OwnIdentityVariable { get; }

    /// <summary>
    /// The kind of code <see cref="OwnIdentityVariable"/> holds: <see cref="IDType.AGB"/> or <see cref="IDType.UZOVI"/>;
    /// <see langword="null"/> when there is no such variable, or for the netwerkpunt, where <c>afzenderIDType</c> says.
    /// </summary>
    public IDType? OwnIdentityType { get; }

    /// <summary>The variables computed from another date; empty for most templates.</summary>
    public IReadOnlyList<TemplateVariable> DerivedDateVariables { get; }

    /// <summary>
    /// For templates that are invalid upstream and shipped corrected: what the SDK changed. The
    /// corrections are listed in docs/spec-decisions.md. <see langword="null"/> when the document is sent
    /// as published.
    /// </summary>
    public string? Correction { get; }

    /// <summary>Where the operation document is kept in the SDK's source: <c>Schemas/&lt;client&gt;/operations/&lt;TemplateId&gt;.graphql</c>.</summary>
    public string OperationFile => $"Schemas/{Register}/operations/{TemplateId}.graphql";

    internal TemplateDescriptor WithCorrection(string correction) =>
        new(TemplateId, Register, RegisterVersion, SchemaVersion, Status, Role, OperationName, Kind, RootField, Variables, OwnIdentityType, correction);

    /// <inheritdoc />
    public override string ToString() => $"{TemplateId} ({OperationName})";
}
