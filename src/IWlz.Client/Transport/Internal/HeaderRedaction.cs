using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Makes the factory's logging of the SDK's named clients redact every header value, after all host
/// configuration: a host that turns redaction off for all clients (<c>ConfigureAll</c>,
/// <c>ConfigureHttpClientDefaults(b =&gt; b.RedactLoggedHeaders(...))</c>) must not get the bearer token,
/// the client assertion or anything else of an SDK request into its logs.
/// </summary>
internal sealed class HeaderRedaction : IPostConfigureOptions<HttpClientFactoryOptions>
{
    public void PostConfigure(string? name, HttpClientFactoryOptions options)
    {
        if (name is not null && (name.StartsWith(HttpClientNames.PepPrefix, StringComparison.Ordinal) || name.StartsWith(HttpClientNames.NidPrefix, StringComparison.Ordinal)))
        {
            options.ShouldRedactHeaderValue = static _ => true;
        }
    }
}
