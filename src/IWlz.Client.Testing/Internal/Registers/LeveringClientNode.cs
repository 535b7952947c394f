namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>The Leveringsregister's <c>Client</c> type, built from the client fields of a levering.</summary>
internal sealed record LeveringClientNode(Guid ClientID, string Bsn);
