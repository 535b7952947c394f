namespace IWlz.Client.Inbox;

/// <summary>The outcome of <see cref="INotificationInbox.AcceptAsync"/>: the message is durably stored.</summary>
/// <param name="Message">The stored message. For a duplicate this is the first copy, with the first ID.</param>
/// <param name="IsDuplicate">Whether a message with the same de-duplication key was already stored.</param>
public readonly record struct InboxAcceptResult(InboundMessage Message, bool IsDuplicate);
