namespace IWlz.Client.Registers;

/// <summary>
/// Thrown before anything is sent when a request to a register or netwerkpunt breaks the template rules
/// that the network's policies (PEP/PDP) enforce: the wrong own identity or role, a field beyond the
/// template, more than one operation or root field. The network would refuse the request with a bare
/// 403; the SDK refuses it first and says why. The message names templates, variables and fields, never
/// the values of variables.
/// </summary>
public sealed class TemplateViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="violation">What rule was broken.</param>
    /// <param name="operationName">The operation name.</param>
    /// <param name="templateId">The template the request was checked against, if known.</param>
    /// <param name="message">What is wrong and what to do; must not contain variable values.</param>
    public TemplateViolationException(TemplateViolation violation, string operationName, string? templateId, string message)
        : base(message)
    {
        Violation = violation;
        OperationName = operationName ?? string.Empty;
        TemplateId = templateId;
    }

    /// <summary>What rule was broken.</summary>
    public TemplateViolation Violation { get; }

    /// <summary>The GraphQL operation name.</summary>
    public string OperationName { get; }

    /// <summary>The template the request was checked against, such as <c>QBR-0001-ZA</c>; <see langword="null"/> when no template matched.</summary>
    public string? TemplateId { get; }

    /// <summary>The variable concerned (without <c>$</c>), for identity, date and variable violations.</summary>
    public string? VariableName { get; init; }

    /// <summary>The field path concerned (such as <c>bemiddeling.client.bsn</c>), for subset violations.</summary>
    public string? FieldPath { get; init; }
}
