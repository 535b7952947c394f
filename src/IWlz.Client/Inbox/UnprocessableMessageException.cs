namespace IWlz.Client.Inbox;

/// <summary>
/// Thrown by a handler or route when a message can never be handled (for example its subject IDs are
/// malformed). The dispatcher dead-letters the message at once, with this exception's message as the
/// reason, instead of retrying it.
/// </summary>
public sealed class UnprocessableMessageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnprocessableMessageException()
        : base("The message cannot be processed.")
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    /// <param name="message">Why the message cannot be processed; must not contain personal data.</param>
    public UnprocessableMessageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    /// <param name="message">Why the message cannot be processed; must not contain personal data.</param>
    /// <param name="innerException">The cause.</param>
    public UnprocessableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
