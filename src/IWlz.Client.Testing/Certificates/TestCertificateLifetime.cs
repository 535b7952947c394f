namespace IWlz.Client.Testing.Certificates;

/// <summary>The validity window of a certificate issued by <see cref="TestCertificateAuthority"/>.</summary>
public enum TestCertificateLifetime
{
    /// <summary>Valid from yesterday for one year.</summary>
    Valid = 0,

    /// <summary>Expired yesterday.</summary>
    Expired = 1,

    /// <summary>Valid only from tomorrow on.</summary>
    NotYetValid = 2,

    /// <summary>Valid now, but expires in 10 days (inside the SDK's 30-day warning period).</summary>
    ExpiresSoon = 3,
}
