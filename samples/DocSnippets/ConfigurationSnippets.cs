using IWlz.Client;
using IWlz.Client.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocSnippets;

/// <summary>docs/configuration.md and docs/getting-started.md.</summary>
internal static class ConfigurationSnippets
{
    public static async Task<GraphQLResponse<TData>> FromConfigurationAsync<TVariables, TData>(
        string[] args, GraphQLOperation<TVariables, TData> operation, TVariables variables, CancellationToken cancellationToken)
    {
        // <snippet:configuration-host>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz"));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);                 // validates the options, loads the certificate
        var executor = host.Services.GetRequiredService<IGraphQLExecutor>();
        var result = await executor.ExecuteAsync(operation, variables, null, cancellationToken);
        // </snippet:configuration-host>
        return result;
    }

    public static void InCode(IServiceCollection services, ISecretStore secretStore)
    {
        // <snippet:configuration-in-code>
        services.AddIWlzClient(o =>
        {
            o.Environment = IWlzEnvironment.Test;
            o.Party.Role = IWlzPartyRole.Zorgaanbieder;
            o.Party.Code = "12345678";
            o.Certificate.Environment = IWlzEnvironment.Test;
            o.Certificate.PfxPath = "vecozo-tst.pfx";
            o.Certificate.PfxPassword = secretStore.Get("pfx");
        });
        // </snippet:configuration-in-code>
    }

    public static void WithoutSimulator(HostApplicationBuilder builder)
    {
        // <snippet:getting-started-configuration>
        builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz")); // party, certificate, address book
        // </snippet:getting-started-configuration>
    }
}

/// <summary>Stands for the vendor's own secret store in the examples.</summary>
internal interface ISecretStore
{
    string Get(string name);
}
