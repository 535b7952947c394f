namespace IWlz.Client.Testing.Certificates;

/// <summary>The key type of the certificates a <see cref="TestCertificateAuthority"/> issues.</summary>
public enum TestCertificateKeyType
{
    /// <summary>RSA 2048 with PKCS#1 v1.5 signatures, like VECOZO's system certificates. Making the key takes tens to hundreds of milliseconds.</summary>
    Rsa2048 = 0,

    /// <summary>ECDSA on the NIST P-256 curve. Making the key takes well under a millisecond; use it when a test issues many certificates.</summary>
    EcdsaP256 = 1,
}
