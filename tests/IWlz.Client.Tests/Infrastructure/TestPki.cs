using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>One test CA and its certificates for the whole test run (RSA key generation is slow on 2 cores).</summary>
internal static class TestPki
{
    private static readonly Lazy<TestCertificateAuthority> LazyCa = new(() => new TestCertificateAuthority());
    private static readonly Lazy<X509Certificate2> LazyServer = new(() => Ca.IssueServer());
    private static readonly Lazy<X509Certificate2> LazyZorgaanbieder = new(() => Ca.IssueZorgaanbieder("12345678"));

    internal static TestCertificateAuthority Ca => LazyCa.Value;

    internal static X509Certificate2 Server => LazyServer.Value;

    internal static X509Certificate2 Zorgaanbieder => LazyZorgaanbieder.Value;
}
