using System.Security.Cryptography.X509Certificates;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>The SDK as a vendor registers it, pointed at a fake network, with captured logs.</summary>
internal sealed class SdkHarness : IDisposable
{
    private SdkHarness(ServiceProvider provider, CapturingLoggerProvider logs)
    {
        Provider = provider;
        Logs = logs;
    }

    internal ServiceProvider Provider { get; }

    internal CapturingLoggerProvider Logs { get; }

    /// <summary>
    /// The bare transport behind the template rules: transport tests send schema-free test operations that the
    /// rules would refuse. The rules themselves are tested in Registers/ (RegisterDependencyInjectionTests).
    /// </summary>
    internal IGraphQLExecutor Executor => ((TemplateGuardExecutor)Provider.GetRequiredService<IGraphQLExecutor>()).Inner;

    internal ITokenProvider Tokens => Provider.GetRequiredService<ITokenProvider>();

    internal static SdkHarness Create(
        Uri pepEndpoint,
        Uri tokenEndpoint,
        X509Certificate2? clientCertificate = null,
        Action<IWlzClientOptions>? configure = null,
        TimeProvider? time = null,
        IWlzEnvironment certificateEnvironment = IWlzEnvironment.Test,
        Action<IWlzClientBuilder>? build = null,
        bool useCertificateInstance = true,
        bool trustTestCa = true)
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var builder = services.AddIWlzClient(o =>
        {
            o.Environment = IWlzEnvironment.Test;
            o.Party.Role = IWlzPartyRole.Zorgaanbieder;
            o.Party.Code = "12345678";
            o.Endpoints.PepEndpoint = pepEndpoint;
            o.Endpoints.TokenEndpoint = tokenEndpoint;
            o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { ResourceUri = new Uri(FakeNetwork.ResourceUri) };
            o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.Resilience.MaxDelay = TimeSpan.FromSeconds(2);
            o.Resilience.CircuitBreakerMinimumThroughput = 10_000;
            configure?.Invoke(o);
        });
        if (useCertificateInstance)
        {
            builder.UseCertificate(clientCertificate ?? TestPki.Zorgaanbieder, certificateEnvironment);
        }

        if (trustTestCa)
        {
            builder.AddTrustedRootCertificate(TestPki.Ca.RootCertificate);
        }

        build?.Invoke(builder);
        return new SdkHarness(services.BuildServiceProvider(), logs);
    }

    /// <summary>Runs the start-up validation a host runs (ValidateOnStart).</summary>
    internal void ValidateOnStart() => Provider.GetRequiredService<IStartupValidator>().Validate();

    internal string AllLogText() => string.Join('\n', Logs.Records.Select(r => r.Message + " " + r.Exception));

    public void Dispose() => Provider.Dispose();
}
