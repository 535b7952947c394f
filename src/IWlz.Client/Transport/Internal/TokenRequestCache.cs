using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IWlz.Client.Certificates;
using IWlz.Client.Tokens;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Keeps the <see cref="NidTokenRequest"/> of each (token endpoint, audience, scopes, actor, certificate), so a
/// call reuses a request that was checked before instead of checking and building the cache key again, and the
/// token provider finds its cache slot on the request itself. The inputs are compared exactly (URL text,
/// scope text, the certificate instance), so a reused request is the one the constructor would have built.
/// </summary>
internal sealed class TokenRequestCache
{
    // A service has a handful of services and one or two certificates; more than this means something varies
    // per call (such as a certificate provider that returns a new instance each time), so start over.
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<Key, NidTokenRequest> _requests = new();

    internal NidTokenRequest Get(Uri tokenEndpoint, Uri audience, IReadOnlyList<string> scopes, string? actingOnBehalfOf, ClientCertificate certificate)
    {
        var key = new Key(tokenEndpoint, audience, scopes, actingOnBehalfOf, certificate);
        if (_requests.TryGetValue(key, out var known))
        {
            return known;
        }

        var request = new NidTokenRequest(tokenEndpoint, audience, scopes, actingOnBehalfOf, certificate);
        if (_requests.Count >= MaxEntries)
        {
            _requests.Clear();
        }

        _requests[key] = request;
        return request;
    }

    private readonly struct Key(Uri tokenEndpoint, Uri audience, IReadOnlyList<string> scopes, string? actor, ClientCertificate certificate) : IEquatable<Key>
    {
        private readonly string _tokenEndpoint = tokenEndpoint.OriginalString;
        private readonly string _audience = audience.OriginalString;
        private readonly IReadOnlyList<string> _scopes = scopes;
        private readonly string? _actor = actor;
        private readonly ClientCertificate _certificate = certificate;

        public bool Equals(Key other)
        {
            if (!ReferenceEquals(_certificate, other._certificate)
                || !string.Equals(_audience, other._audience, StringComparison.Ordinal)
                || !string.Equals(_tokenEndpoint, other._tokenEndpoint, StringComparison.Ordinal)
                || !string.Equals(_actor, other._actor, StringComparison.Ordinal)
                || _scopes.Count != other._scopes.Count)
            {
                return false;
            }

            for (var i = 0; i < _scopes.Count; i++)
            {
                if (!string.Equals(_scopes[i], other._scopes[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(RuntimeHelpers.GetHashCode(_certificate));
            hash.Add(_audience, StringComparer.Ordinal);
            hash.Add(_scopes.Count);
            return hash.ToHashCode();
        }
    }
}
