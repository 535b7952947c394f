namespace IWlz.Client.Transport.Internal;

/// <summary>
/// An attempt or the whole call took longer than <see cref="ResilienceOptions.AttemptTimeout"/> or
/// <see cref="ResilienceOptions.TotalTimeout"/>. Never reaches the caller: the executors turn it into an
/// <see cref="IWlzException"/> of kind <see cref="IWlzErrorKind.Timeout"/>.
/// </summary>
internal sealed class ResilienceTimeoutException : Exception
{
    internal ResilienceTimeoutException(bool isTotal, TimeSpan timeout, Exception? innerException)
        : base(isTotal ? $"The call took longer than its total timeout ({timeout})." : $"The attempt took longer than its timeout ({timeout}).", innerException)
    {
        IsTotal = isTotal;
    }

    /// <summary><see langword="true"/> for the total timeout (never retried), <see langword="false"/> for an attempt timeout.</summary>
    internal bool IsTotal { get; }
}
