using IWlz.Client.Internal;

namespace IWlz.Client.Inbox;

/// <summary>Wakes the inbox dispatcher when a new message is stored (its own type, so it has its own DI registration).</summary>
internal sealed class InboxSignal : WakeSignal;
