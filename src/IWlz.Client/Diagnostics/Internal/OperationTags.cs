using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>The low-cardinality description of one call, shared by its span, its metrics and its resends.</summary>
/// <param name="Type"><c>query</c>, <c>mutation</c> or <c>subscription</c>.</param>
/// <param name="Name">The operation name.</param>
/// <param name="TemplateId">The iWlz template ID, or <see langword="null"/>.</param>
/// <param name="Register">The service the operation belongs to.</param>
internal sealed record OperationTags(string Type, string Name, string? TemplateId, string Register)
{
    /// <summary>The PEP host, once the endpoint is resolved.</summary>
    internal string? ServerAddress { get; set; }

    /// <summary>Puts the tags on a span that records them.</summary>
    internal void ApplyTo(Activity activity)
    {
        if (!activity.IsAllDataRequested)
        {
            return;
        }

        activity.SetTag(TagNames.OperationType, Type);
        activity.SetTag(TagNames.OperationName, Name);
        activity.SetTag(TagNames.Register, Register);
        if (TemplateId is not null)
        {
            activity.SetTag(TagNames.TemplateId, TemplateId);
        }

        if (ServerAddress is not null)
        {
            activity.SetTag(TagNames.ServerAddress, ServerAddress);
        }
    }

    /// <summary>The tags for a metric measurement.</summary>
    internal TagList ToTagList()
    {
        var tags = new TagList
        {
            { TagNames.OperationType, Type },
            { TagNames.OperationName, Name },
            { TagNames.Register, Register },
        };
        if (TemplateId is not null)
        {
            tags.Add(TagNames.TemplateId, TemplateId);
        }

        if (ServerAddress is not null)
        {
            tags.Add(TagNames.ServerAddress, ServerAddress);
        }

        return tags;
    }
}
