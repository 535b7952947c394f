namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>AddIWlzClient</c>: configures the SDK further (certificate instance, extra trust roots,
/// address book) and is the anchor for registering the generated register clients.
/// </summary>
public interface IWlzClientBuilder
{
    /// <summary>The service collection the SDK is registered in.</summary>
    IServiceCollection Services { get; }
}
