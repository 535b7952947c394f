namespace IWlz.Client.Testing.Notifications;

/// <summary>One entry of a message's <c>subjectList</c>.</summary>
/// <param name="Subject">The <c>subject</c>, such as <c>Bemiddeling/{uuid}</c> or a rule code.</param>
/// <param name="RecordId">The <c>recordID</c>, such as <c>Bemiddelingspecificatie/{uuid}</c>.</param>
public sealed record ReceivedSubject(string Subject, string RecordId);
