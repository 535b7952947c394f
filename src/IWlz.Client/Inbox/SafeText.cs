using IWlz.Client.Privacy;

namespace IWlz.Client.Inbox;

/// <summary>Makes text from the network or from handlers fit for logs and stored error fields.</summary>
internal static class SafeText
{
    /// <summary>An event type for a log line: BSN-like numbers masked, control characters removed, at most 120 characters.</summary>
    public static string EventType(string eventType)
    {
        var scrubbed = SensitiveText.Scrub(eventType);
        var clean = new string(scrubbed.Where(c => !char.IsControl(c)).Take(120).ToArray());
        return clean.Length < scrubbed.Length ? clean + "…" : clean;
    }

    /// <summary>A failure for the stored <c>last_error</c>: type and message with BSN-like numbers masked, at most 2,000 characters.</summary>
    public static string Failure(Exception exception)
    {
        var text = $"{exception.GetType().FullName}: {SensitiveText.Scrub(exception.Message)}";
        return text.Length <= 2000 ? text : text[..2000] + "…";
    }
}
