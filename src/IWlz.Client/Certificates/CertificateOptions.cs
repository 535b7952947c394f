using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Certificates;

/// <summary>
/// The VECOZO system certificate, used for mutual TLS to nID and to the PEP. Configure exactly one source:
/// a PFX file (<see cref="PfxPath"/>), a PEM certificate plus key (<see cref="PemCertificatePath"/> and
/// <see cref="PemKeyPath"/>), the OS certificate store (<see cref="StoreThumbprint"/>), or an
/// <see cref="X509Certificate2"/> instance through <c>IWlzClientBuilder.UseCertificate</c>.
/// </summary>
public sealed class CertificateOptions
{
    /// <summary>
    /// The environment the certificate was issued for. Required, and it must equal the client's environment:
    /// VECOZO issues separate TST and PRD certificates, and the SDK refuses to mix them.
    /// </summary>
    public IWlzEnvironment Environment { get; set; }

    /// <summary>Path of a PFX (PKCS#12) file holding the certificate and its private key. Default: none.</summary>
    public string? PfxPath { get; set; }

    /// <summary>The PFX password. Default: none (an unprotected PFX). Keep it in a secret store, not in appsettings.json.</summary>
    public string? PfxPassword { get; set; }

    /// <summary>Path of a PEM file with the certificate (and optionally its chain). Default: none.</summary>
    public string? PemCertificatePath { get; set; }

    /// <summary>Path of the PEM private key (PKCS#8, PKCS#1 or SEC1) that belongs to <see cref="PemCertificatePath"/>. Default: none.</summary>
    public string? PemKeyPath { get; set; }

    /// <summary>The password of an encrypted PEM key. Default: none.</summary>
    public string? PemKeyPassword { get; set; }

    /// <summary>The SHA-1 thumbprint (40 hex characters, spaces ignored) of a certificate in the OS store. Default: none.</summary>
    public string? StoreThumbprint { get; set; }

    /// <summary>The store to search for <see cref="StoreThumbprint"/>. Default <see cref="StoreName.My"/>.</summary>
    public StoreName StoreName { get; set; } = StoreName.My;

    /// <summary>The store location to search for <see cref="StoreThumbprint"/>. Default <see cref="StoreLocation.CurrentUser"/>.</summary>
    public StoreLocation StoreLocation { get; set; } = StoreLocation.CurrentUser;

    /// <summary>
    /// How often the source is checked for a new certificate (a replaced PFX or PEM file; a changed configuration
    /// is picked up at once), so it can be rotated without a restart. Default 1 minute; range 1 second to 1 day.
    /// </summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long before expiry a warning is logged and the health check reports Degraded.
    /// Default 30 days; range 0 to 365 days.
    /// </summary>
    public TimeSpan ExpiryWarningPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>An instance set through <c>IWlzClientBuilder.UseCertificate</c>; not bindable from configuration.</summary>
    internal X509Certificate2? Instance { get; set; }
}
