using IWlz.Client.Internal;

namespace IWlz.Client.Outbox.Internal;

/// <summary>Wakes the outbox's background sender when a message is enqueued or replayed (its own type, so it has its own DI registration).</summary>
internal sealed class OutboxSignal : WakeSignal;
