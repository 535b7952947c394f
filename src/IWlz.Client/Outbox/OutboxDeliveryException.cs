using System.Globalization;

namespace IWlz.Client.Outbox;

/// <summary>
/// Thrown by <see cref="OutboxMessageHandle.WaitForDeliveryAsync"/> when the message was dead-lettered instead
/// of delivered. <see cref="Entry"/> says why; <see cref="IOutbox.ReplayAsync"/> sends it again.
/// </summary>
#pragma warning disable CA1032 // Only the outbox creates it, always with the entry; message-only constructors would leave Entry empty.
public sealed class OutboxDeliveryException : Exception
#pragma warning restore CA1032
{
    /// <summary>Creates the exception for a dead-lettered message.</summary>
    /// <param name="entry">The message and its state.</param>
    public OutboxDeliveryException(OutboxEntry entry)
        : base(Describe(entry))
    {
        Entry = entry;
    }

    /// <summary>The dead-lettered message and its state.</summary>
    public OutboxEntry Entry { get; }

    private static string Describe(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Outbox message {entry.Id} was dead-lettered after {entry.Attempts} attempt(s): {entry.LastFailureReason}{(entry.LastError is null ? string.Empty : $" ({entry.LastError})")}. Fix the cause and replay it with IOutbox.ReplayAsync.");
    }
}
