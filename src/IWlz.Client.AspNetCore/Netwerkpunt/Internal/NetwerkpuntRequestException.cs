using IWlz.Client.Privacy;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// A request the netwerkpunt refuses, with the HTTP status and the GraphQL error to answer. Messages name
/// what is wrong (field, variable, type) and never repeat a received value.
/// </summary>
internal sealed class NetwerkpuntRequestException : Exception
{
    public NetwerkpuntRequestException(int statusCode, string code, string message, (int Line, int Column)? location = null)
        : base(SensitiveText.Scrub(message))
    {
        StatusCode = statusCode;
        Code = code;
        Location = location;
    }

    public NetwerkpuntRequestException()
        : this(400, ErrorCodes.BadRequest, "The request is not valid.")
    {
    }

    public NetwerkpuntRequestException(string message)
        : this(400, ErrorCodes.BadRequest, message)
    {
    }

    public NetwerkpuntRequestException(string message, Exception innerException)
        : base(SensitiveText.Scrub(message), innerException)
    {
        StatusCode = 400;
        Code = ErrorCodes.BadRequest;
    }

    public int StatusCode { get; }

    public string Code { get; }

    public (int Line, int Column)? Location { get; }

    /// <summary>A 400 for a document that does not validate against the schema.</summary>
    public static NetwerkpuntRequestException Validation(string message, (int Line, int Column)? location = null) =>
        new(400, ErrorCodes.ValidationFailed, message, location);

    /// <summary>A 400 for variable values or literals of the wrong type or form.</summary>
    public static NetwerkpuntRequestException BadInput(string message, (int Line, int Column)? location = null) =>
        new(400, ErrorCodes.BadUserInput, message, location);
}

/// <summary>The <c>extensions.code</c> values the netwerkpunt answers with.</summary>
internal static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Forbidden = "FORBIDDEN";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
