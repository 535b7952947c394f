namespace IWlz.Client.Audit;

/// <summary>
/// An audit record could not be written (fail-closed), or it lacked mandatory fields while
/// <see cref="AuditMissingFieldBehavior.Throw"/> is configured. The message names fields, never values.
/// </summary>
public sealed class AuditFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditFailedException()
        : this("The audit record could not be written.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AuditFailedException(string message)
        : base(message)
    {
        MissingFields = [];
    }

    /// <summary>Creates the exception with a message and the sink's exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The sink's exception.</param>
    public AuditFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        MissingFields = [];
    }

    /// <summary>Creates the exception for missing mandatory fields.</summary>
    /// <param name="missingFields">The NEN 7513 names of the empty fields.</param>
    public AuditFailedException(IReadOnlyList<string> missingFields)
        : base($"The audit record lacks mandatory NEN 7513 fields: {string.Join(", ", missingFields)}.")
    {
        MissingFields = missingFields;
    }

    /// <summary>The NEN 7513 names of the missing fields, when that is the cause.</summary>
    public IReadOnlyList<string> MissingFields { get; }
}
