namespace IWlz.Client.Testing.Internal.Data;

/// <summary>One record change: <see cref="Before"/> is null for a new record, <see cref="After"/> for a removed one.</summary>
internal sealed record DataChange(RecordKind Kind, object? Before, object? After, DataSnapshot Snapshot);
