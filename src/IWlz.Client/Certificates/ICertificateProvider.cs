namespace IWlz.Client.Certificates;

/// <summary>
/// Supplies the client certificate for nID and the PEP. The SDK asks again for every call, so a provider can
/// rotate the certificate without a restart: a new thumbprint gets new HTTP handlers and its own tokens.
/// Register your own (for an HSM or a key vault) with <c>IWlzClientBuilder.UseCertificateProvider</c>.
/// </summary>
public interface ICertificateProvider
{
    /// <summary>Returns the certificate to use now. The SDK checks its key, validity and environment.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The certificate and the environment it was issued for.</returns>
    ValueTask<ClientCertificate> GetCertificateAsync(CancellationToken cancellationToken);
}
