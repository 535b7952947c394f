using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Certificates.Internal;

/// <summary>Loads the certificate from the configured source; errors name the configuration key.</summary>
internal static class CertificateLoader
{
    /// <summary>The number of configured sources; exactly one is allowed.</summary>
    internal static int CountSources(CertificateOptions options)
    {
        var count = 0;
        if (!string.IsNullOrWhiteSpace(options.PfxPath))
        {
            count++;
        }

        if (!string.IsNullOrWhiteSpace(options.PemCertificatePath) || !string.IsNullOrWhiteSpace(options.PemKeyPath))
        {
            count++;
        }

        if (!string.IsNullOrWhiteSpace(options.StoreThumbprint))
        {
            count++;
        }

        if (options.Instance is not null)
        {
            count++;
        }

        return count;
    }

    /// <summary>A value that changes when the source's content may have changed (file times, thumbprint).</summary>
    internal static string SourceStamp(CertificateOptions options)
    {
        if (options.Instance is not null)
        {
            return "instance:" + options.Instance.Thumbprint;
        }

        if (!string.IsNullOrWhiteSpace(options.PfxPath))
        {
            return "pfx:" + FileStamp(options.PfxPath);
        }

        if (!string.IsNullOrWhiteSpace(options.PemCertificatePath))
        {
            return "pem:" + FileStamp(options.PemCertificatePath) + "|" + FileStamp(options.PemKeyPath);
        }

        return "store:" + options.StoreThumbprint;
    }

    /// <summary>Loads the certificate. Throws <see cref="IWlzException"/> of kind Certificate or Configuration.</summary>
    internal static X509Certificate2 Load(CertificateOptions options, string keyPrefix)
    {
        var sources = CountSources(options);
        if (sources == 0)
        {
            throw Config($"No client certificate is configured. Set {keyPrefix}:PfxPath, {keyPrefix}:PemCertificatePath with {keyPrefix}:PemKeyPath, or {keyPrefix}:StoreThumbprint, or call UseCertificate.");
        }

        if (sources > 1)
        {
            throw Config($"More than one client certificate source is configured under {keyPrefix}. Keep exactly one of PfxPath, PemCertificatePath/PemKeyPath, StoreThumbprint or UseCertificate.");
        }

        if (options.Instance is not null)
        {
            return options.Instance;
        }

        if (!string.IsNullOrWhiteSpace(options.PfxPath))
        {
            return LoadPfx(options.PfxPath, options.PfxPassword, keyPrefix);
        }

        if (!string.IsNullOrWhiteSpace(options.PemCertificatePath) || !string.IsNullOrWhiteSpace(options.PemKeyPath))
        {
            return LoadPem(options, keyPrefix);
        }

        return LoadFromStore(options, keyPrefix);
    }

    private static X509Certificate2 LoadPfx(string path, string? password, string keyPrefix)
    {
        RequireFile(path, $"{keyPrefix}:PfxPath");
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.DefaultKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new IWlzException(
                IWlzErrorKind.Certificate,
                IWlzErrorSource.Client,
                $"The PFX file at {keyPrefix}:PfxPath could not be read: the password ({keyPrefix}:PfxPassword) is wrong or the file is not a PKCS#12 file.",
                ex);
        }
    }

    private static X509Certificate2 LoadPem(CertificateOptions options, string keyPrefix)
    {
        if (string.IsNullOrWhiteSpace(options.PemCertificatePath) || string.IsNullOrWhiteSpace(options.PemKeyPath))
        {
            throw Config($"A PEM certificate needs both {keyPrefix}:PemCertificatePath and {keyPrefix}:PemKeyPath.");
        }

        RequireFile(options.PemCertificatePath, $"{keyPrefix}:PemCertificatePath");
        RequireFile(options.PemKeyPath, $"{keyPrefix}:PemKeyPath");
        try
        {
            using var pem = string.IsNullOrEmpty(options.PemKeyPassword)
                ? X509Certificate2.CreateFromPemFile(options.PemCertificatePath, options.PemKeyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(options.PemCertificatePath, options.PemKeyPassword, options.PemKeyPath);

            // A PEM-loaded key is ephemeral; a PKCS#12 round trip gives a key every TLS stack can use (Windows needs it).
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), (string?)null);
        }
        catch (CryptographicException ex)
        {
            throw new IWlzException(
                IWlzErrorKind.Certificate,
                IWlzErrorSource.Client,
                $"The PEM certificate ({keyPrefix}:PemCertificatePath) and key ({keyPrefix}:PemKeyPath) could not be read or do not belong together; check {keyPrefix}:PemKeyPassword for an encrypted key.",
                ex);
        }
    }

    private static X509Certificate2 LoadFromStore(CertificateOptions options, string keyPrefix)
    {
        var thumbprint = new string(options.StoreThumbprint!.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (thumbprint.Length != 40 || !thumbprint.All(char.IsAsciiHexDigit))
        {
            throw Config($"{keyPrefix}:StoreThumbprint must be a SHA-1 thumbprint of 40 hex characters.");
        }

        using var store = new X509Store(options.StoreName, options.StoreLocation);
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        }
        catch (CryptographicException ex)
        {
            throw new IWlzException(
                IWlzErrorKind.Certificate,
                IWlzErrorSource.Client,
                $"The certificate store {options.StoreLocation}/{options.StoreName} ({keyPrefix}:StoreLocation, {keyPrefix}:StoreName) could not be opened.",
                ex);
        }

        var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
        try
        {
            if (found.Count == 0)
            {
                throw new IWlzException(
                    IWlzErrorKind.Certificate,
                    IWlzErrorSource.Client,
                    $"No certificate with thumbprint {thumbprint.ToUpperInvariant()} ({keyPrefix}:StoreThumbprint) is in {options.StoreLocation}/{options.StoreName}.");
            }

            var match = found[0];
            return new X509Certificate2(match);
        }
        finally
        {
            foreach (var cert in found)
            {
                cert.Dispose();
            }
        }
    }

    private static void RequireFile(string? path, string key)
    {
        if (!File.Exists(path))
        {
            throw new IWlzException(IWlzErrorKind.Certificate, IWlzErrorSource.Client, $"The file named by {key} does not exist: {path}.");
        }
    }

    private static string FileStamp(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var info = new FileInfo(path);
        return info.Exists ? $"{info.LastWriteTimeUtc.Ticks}:{info.Length}" : "missing";
    }

    private static IWlzException Config(string message) => new(IWlzErrorKind.Configuration, IWlzErrorSource.Client, message);
}
