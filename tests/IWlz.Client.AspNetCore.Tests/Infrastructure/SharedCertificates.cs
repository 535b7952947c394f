using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>One test CA and PEP client certificate per test run (key generation is slow on 2 cores).</summary>
internal static class SharedCertificates
{
    private static readonly Lazy<TestCertificateAuthority> LazyCa = new(() => new TestCertificateAuthority("IWlz.Client netwerkpunt test root"));
    private static readonly Lazy<X509Certificate2> LazyPep = new(() => LazyCa.Value.IssueClient("VECOZO PEP", "PEP-0001"));
    private static readonly Lazy<X509Certificate2> LazyServer = new(() => LazyCa.Value.IssueServer());

    public static TestCertificateAuthority Ca => LazyCa.Value;

    public static X509Certificate2 Pep => LazyPep.Value;

    /// <summary>The server certificate for 127.0.0.1, issued by <see cref="Ca"/>.</summary>
    public static X509Certificate2 Server => LazyServer.Value;
}
