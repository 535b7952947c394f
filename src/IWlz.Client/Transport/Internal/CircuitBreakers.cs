using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The circuit of every (client kind, endpoint authority): one endpoint that fails does not stop calls to
/// another. A singleton, so the circuits outlive the handlers the client factory recycles.
/// </summary>
internal sealed class CircuitBreakers(IOptionsMonitor<IWlzClientOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EndpointCircuit> _circuits = new(StringComparer.Ordinal);

    // The request URI is usually the same Uri instance call after call (from the options or the address book),
    // so the circuit is remembered per instance: no key string per request.
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<Uri, EndpointCircuit>> _byUri = new(StringComparer.Ordinal);

    /// <summary>The circuit of <paramref name="uri"/>'s endpoint for <paramref name="clientKind"/> ("pep" or "nid").</summary>
    internal EndpointCircuit For(string clientKind, Uri? uri)
    {
        var known = _byUri.GetOrAdd(clientKind, static _ => []);
        if (uri is not null && known.TryGetValue(uri, out var cached))
        {
            return cached;
        }

        return Add(clientKind, uri, known);
    }

    // Apart from the lookup, so the lambda's closure is only allocated on a miss (a closure over a local of the
    // calling method is allocated when that method starts, hit or miss).
    private EndpointCircuit Add(string clientKind, Uri? uri, ConditionalWeakTable<Uri, EndpointCircuit> known)
    {
        var authority = uri is not null ? $"{uri.Scheme}://{uri.Authority}" : "unknown";
        var circuit = _circuits.GetOrAdd($"{clientKind}|{authority}", _ => new EndpointCircuit(authority, options.CurrentValue.Resilience, time));
        if (uri is not null)
        {
            known.AddOrUpdate(uri, circuit);
        }

        return circuit;
    }
}
