namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The IHttpClientFactory names. Each certificate thumbprint gets its own named clients, so a rotated
/// certificate gets fresh handlers while the old ones drain with the factory's handler lifetime.
/// </summary>
internal static class HttpClientNames
{
    internal const string PepPrefix = "IWlz.Client.Pep:";
    internal const string NidPrefix = "IWlz.Client.Nid:";

    // The last names made, per kind: a process uses one certificate at a time, so the name is not concatenated
    // again on every call. A rotated certificate replaces the entry.
    private static Named? _pep;
    private static Named? _nid;

    internal static string Pep(string thumbprint) => For(ref _pep, PepPrefix, thumbprint);

    internal static string Nid(string thumbprint) => For(ref _nid, NidPrefix, thumbprint);

    private static string For(ref Named? last, string prefix, string thumbprint)
    {
        var known = Volatile.Read(ref last);
        if (known is not null && string.Equals(known.Thumbprint, thumbprint, StringComparison.Ordinal))
        {
            return known.Name;
        }

        var name = prefix + thumbprint;
        Volatile.Write(ref last, new Named(thumbprint, name));
        return name;
    }

    private sealed record Named(string Thumbprint, string Name);
}
