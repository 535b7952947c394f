namespace IWlz.Client.Inbox;

/// <summary>One entry of a message's <c>subjectList</c>, exactly as the sender wrote it.</summary>
/// <param name="Subject">For a notification the entity and its ID (<c>Bemiddeling/{uuid}</c>); for a melding the violated rule code and optional text.</param>
/// <param name="RecordID">The record concerned, such as <c>Bemiddelingspecificatie/{uuid}</c>.</param>
public sealed record InboundSubject(string Subject, string RecordID);
