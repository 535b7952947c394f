namespace IWlz.Client.GraphQL;

/// <summary>
/// Marks a generated client method (or type) as the implementation of a published iWlz query template,
/// such as <c>QBR-0001-ZA</c>. The generator emits it for .graphql files marked <c>IWlzTemplate="true"</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Interface, Inherited = false, AllowMultiple = false)]
public sealed class GraphQLTemplateAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="templateId">The template ID, such as <c>QBR-0001-ZA</c>.</param>
    public GraphQLTemplateAttribute(string templateId)
    {
        ArgumentException.ThrowIfNullOrEmpty(templateId);
        TemplateId = templateId;
    }

    /// <summary>The template ID, such as <c>QBR-0001-ZA</c>.</summary>
    public string TemplateId { get; }
}
