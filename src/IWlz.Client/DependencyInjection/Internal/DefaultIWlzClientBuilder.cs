using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.DependencyInjection.Internal;

internal sealed class DefaultIWlzClientBuilder(IServiceCollection services) : IWlzClientBuilder
{
    public IServiceCollection Services { get; } = services;
}
