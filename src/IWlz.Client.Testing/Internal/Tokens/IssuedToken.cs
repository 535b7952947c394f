using System.Text.Json;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Tokens;

/// <summary>A token the PEP accepted: who holds it, for whom it acts, and its claims.</summary>
internal sealed record IssuedToken(
    SimulatedParty Actor,
    SimulatedParty Subject,
    string Audience,
    IReadOnlySet<string> Scopes,
    string? InstantieType,
    string? Agb,
    string? Uzovi,
    string PayloadJson);
