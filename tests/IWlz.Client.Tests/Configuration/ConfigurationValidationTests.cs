using IWlz.Client.GraphQL;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tests.Configuration;

public sealed class ConfigurationValidationTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("iwlz-config");
    private readonly string _pfx;

    public ConfigurationValidationTests()
    {
        _pfx = Path.Combine(_dir.FullName, "client.pfx");
        File.WriteAllBytes(_pfx, TestCertificateAuthority.ExportPfx(TestPki.Zorgaanbieder, "secret"));
    }

    [Fact]
    public async Task Valid_appsettings_start_a_host_and_give_an_executor()
    {
        using var host = BuildHost(Valid());

        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<IWlzClientOptions>>().Value;
        Assert.Equal(IWlzEnvironment.Test, options.Environment);
        Assert.Equal("https://bemiddelingsregister.test/graphql", options.Services["bemiddelingsregister"].ResourceUri!.OriginalString);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Tokens.RenewalSkew);
        Assert.NotNull(host.Services.GetRequiredService<IGraphQLExecutor>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("IWlz:Environment", null, "IWlz:Environment is missing")]
    [InlineData("IWlz:Party:Role", null, "IWlz:Party:Role is missing")]
    [InlineData("IWlz:Party:Code", "1234", "IWlz:Party:Code must be the zorgaanbieder's AGB code")]
    [InlineData("IWlz:ActingOnBehalfOf", "agb:1", "IWlz:ActingOnBehalfOf must be")]
    [InlineData("IWlz:ActingOnBehalfOf", "agbcode:12345678", "IWlz:ActingOnBehalfOf equals the own party")]
    [InlineData("IWlz:Certificate:Environment", null, "IWlz:Certificate:Environment is missing")]
    [InlineData("IWlz:Certificate:PfxPath", null, "IWlz:Certificate:PfxPath")]
    [InlineData("IWlz:Certificate:PfxPassword", "wrong", "IWlz:Certificate:PfxPassword")]
    [InlineData("IWlz:Endpoints:PepEndpoint", "http://pep.test/pep", "IWlz:Endpoints:PepEndpoint must be an absolute https URL")]
    [InlineData("IWlz:Services:Bemiddelingsregister:ResourceUri", "http://x.test/graphql", "IWlz:Services:Bemiddelingsregister:ResourceUri must be an absolute https URL")]
    [InlineData("IWlz:Resilience:MaxRetryAttempts", "11", "IWlz:Resilience:MaxRetryAttempts must be between 0 and 10")]
    [InlineData("IWlz:Tokens:RenewalSkew", "00:11:00", "IWlz:Tokens:RenewalSkew is 00:11:00")]
    [InlineData("IWlz:AddressBook:Path", "/nonexistent/adresboek.json", "IWlz:AddressBook:Path cannot be used")]
    public async Task Bad_configuration_fails_the_start_naming_the_key(string key, string? value, string expected)
    {
        var settings = Valid();
        settings[key] = value;
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_enum_value_names_the_key()
    {
        var settings = Valid();
        settings["IWlz:Environment"] = "Acceptatie";
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("IWlz:Environment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_failure_is_reported_with_the_real_section_path()
    {
        var settings = Valid().ToDictionary(kv => kv.Key.Replace("IWlz:", "Vecozo:IWlz:", StringComparison.Ordinal), kv => kv.Value);
        settings["Vecozo:IWlz:Environment"] = null;
        settings["Vecozo:IWlz:Party:Code"] = "abc";
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddIWlzClient(builder.Configuration.GetSection("Vecozo:IWlz"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Vecozo:IWlz:Environment is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Vecozo:IWlz:Party:Code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_certificate_sources_are_refused()
    {
        var settings = Valid();
        settings["IWlz:Certificate:StoreThumbprint"] = TestPki.Zorgaanbieder.Thumbprint;
        using var host = BuildHost(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("More than one client certificate source", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Delete(true);

    private Dictionary<string, string?> Valid() => new()
    {
        ["IWlz:Environment"] = "Test",
        ["IWlz:Party:Role"] = "Zorgaanbieder",
        ["IWlz:Party:Code"] = "12345678",
        ["IWlz:Certificate:Environment"] = "Test",
        ["IWlz:Certificate:PfxPath"] = _pfx,
        ["IWlz:Certificate:PfxPassword"] = "secret",
        ["IWlz:Services:Bemiddelingsregister:ResourceUri"] = "https://bemiddelingsregister.test/graphql",
        ["IWlz:Tokens:RenewalSkew"] = "00:00:30",
        ["IWlz:Resilience:MaxRetryAttempts"] = "2",
    };

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz"));
        return builder.Build();
    }
}
