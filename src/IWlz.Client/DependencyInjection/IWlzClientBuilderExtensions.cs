using System.Security.Cryptography.X509Certificates;
using IWlz.Client;
using IWlz.Client.AddressBook;
using IWlz.Client.AddressBook.Internal;
using IWlz.Client.Certificates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Further configuration of the SDK, in code.</summary>
public static class IWlzClientBuilderExtensions
{
    /// <summary>Uses a certificate instance (for example from a key vault) instead of a configured file or store entry.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="certificate">The certificate, with its private key.</param>
    /// <param name="environment">The environment VECOZO issued it for; it must equal the client's environment.</param>
    /// <returns>The builder.</returns>
    public static IWlzClientBuilder UseCertificate(this IWlzClientBuilder builder, X509Certificate2 certificate, IWlzEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(certificate);
        builder.Services.Configure<IWlzClientOptions>(o =>
        {
            o.Certificate.Instance = certificate;
            o.Certificate.Environment = environment;
        });
        return builder;
    }

    /// <summary>Replaces the certificate source with your own provider (an HSM, a key vault with rotation, ...).</summary>
    /// <typeparam name="TProvider">The provider type, registered as a singleton.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IWlzClientBuilder UseCertificateProvider<TProvider>(this IWlzClientBuilder builder)
        where TProvider : class, ICertificateProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<ICertificateProvider, TProvider>());
        return builder;
    }

    /// <summary>Trusts an extra root for server certificates, next to the OS store (for example the PKIoverheid Private Root CA G1).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rootCertificate">The root certificate.</param>
    /// <returns>The builder.</returns>
    public static IWlzClientBuilder AddTrustedRootCertificate(this IWlzClientBuilder builder, X509Certificate2 rootCertificate)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rootCertificate);
        builder.Services.Configure<IWlzClientOptions>(o => o.ServerTrust.AdditionalRootCertificates.Add(rootCertificate));
        return builder;
    }

    /// <summary>
    /// FOR TESTS ONLY: accepts any server certificate, including untrusted, expired and mismatched ones. This
    /// removes the protection against a man in the middle; never call it in a deployed application.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IWlzClientBuilder DangerousAcceptAnyServerCertificateForTesting(this IWlzClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<IWlzClientOptions>(o => o.ServerTrust.DangerousAcceptAnyServerCertificate = true);
        return builder;
    }

    /// <summary>Uses an address book loaded in code (for example from a stream) instead of IWlz:AddressBook:Path.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="addressBook">The loaded address book.</param>
    /// <returns>The builder.</returns>
    public static IWlzClientBuilder UseAddressBook(this IWlzClientBuilder builder, AddressBookDocument addressBook)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(addressBook);
        builder.Services.Replace(ServiceDescriptor.Singleton(new AddressBookSource { Document = addressBook }));
        return builder;
    }
}
