namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The IHttpClientFactory names. Each certificate thumbprint gets its own named clients, so a rotated
/// certificate gets fresh handlers while the old ones drain with the factory's handler lifetime.
/// </summary>
internal static class HttpClientNames
{
    internal const string PepPrefix = "IWlz.Client.Pep:";
    internal const string NidPrefix = "IWlz.Client.Nid:";

    internal static string Pep(string thumbprint) => PepPrefix + thumbprint;

    internal static string Nid(string thumbprint) => NidPrefix + thumbprint;
}
