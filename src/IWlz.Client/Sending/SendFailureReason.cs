namespace IWlz.Client.Sending;

/// <summary>Why a notification or melding was not delivered.</summary>
public enum SendFailureReason
{
    /// <summary>Delivered; no failure.</summary>
    None = 0,

    /// <summary>The connection failed or timed out before an answer came. Retried.</summary>
    Transport,

    /// <summary>HTTP 429. Retried, after Retry-After when given.</summary>
    RateLimited,

    /// <summary>HTTP 500, 502, 503 or 504. Retried.</summary>
    ServerError,

    /// <summary>PDP refusal <c>instantie_type claim not found</c>: the sender's certificate/token carries no organisation type. Never retried.</summary>
    InstantieTypeClaimNotFound,

    /// <summary>PDP refusal <c>afzender_type is not valid</c>: the afzenderIDType does not match the sender's organisation type. Never retried.</summary>
    AfzenderTypeNotValid,

    /// <summary>PDP refusal <c>event_type is not valid</c>: the event type is not on the allow-list. Never retried.</summary>
    EventTypeNotValid,

    /// <summary>PDP refusal <c>ontvanger is not valid</c>: the receiver type may not receive this event type. Never retried.</summary>
    OntvangerNotValid,

    /// <summary>The recipient has no endpoint of the needed role in the address book. Never retried.</summary>
    NoEndpoint,

    /// <summary>Any other refusal (4xx, GraphQL errors, an answer without an ID). Never retried.</summary>
    Rejected,
}
