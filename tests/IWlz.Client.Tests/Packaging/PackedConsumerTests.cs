using System.Diagnostics;
using System.Text;

namespace IWlz.Client.Tests.Packaging;

/// <summary>
/// Packs IWlz.Client and builds a vendor project against the package, as a vendor would: the package's
/// build files add the published schemas and templates with IWlzGenerate="false", so a vendor operation that
/// narrows a template compiles into a client of its own, and one that selects a field beyond the template
/// fails the build with IWLZGEN019 naming the template and the field.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackedConsumerTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Path.Combine(Path.GetTempPath(), "iwlz-consumer-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _version = "0.0.0-consumertest." + Guid.NewGuid().ToString("N")[..12];

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        var cached = Path.Combine(NuGetPackagesFolder(), "iwlz.client", _version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    [Fact]
    public async Task A_vendor_operation_that_narrows_a_template_compiles_and_one_with_an_extra_field_names_the_template_and_field()
    {
        var feed = Path.Combine(_root, "feed");
        var project = Path.Combine(_root, "Vendor");
        Directory.CreateDirectory(Path.Combine(project, "GraphQL"));

        var pack = await DotnetAsync(RepositoryRoot(), "pack", "src/IWlz.Client/IWlz.Client.csproj", "-c", Configuration, "--no-build", "-o", feed, $"-p:Version={_version}");
        Assert.True(pack.ExitCode == 0, pack.Output);

        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="iwlz-client-under-test" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Vendor.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Contoso.Zorg</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IWlz.Client" Version="{_version}" />
                <AdditionalFiles Include="GraphQL/*.graphql" IWlzClient="Bemiddelingsregister" IWlzClientTypeName="MijnBemiddelingsregisterClient" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Use.cs"), """
            using Contoso.Zorg.Bemiddelingsregister;
            using IWlz.Client.Bemiddelingsregister;

            namespace Contoso.Zorg;

            public static class Use
            {
                // The vendor's own generated operation and client (named by IWlzClientTypeName), next to the SDK's
                // typed and low-level clients: both namespaces imported, no name is ambiguous.
                public static string Document => MijnSpecificatieOperation.Document;

                public static IMijnBemiddelingsregisterClient Create(IWlz.Client.GraphQL.IGraphQLExecutor executor) => new MijnBemiddelingsregisterClient(executor);

                public static System.Type TypedClient => typeof(IBemiddelingsregisterClient);

                public static System.Type LowLevelClient => typeof(IBemiddelingsregisterGraphQLClient);
            }
            """);
        var operation = Path.Combine(project, "GraphQL", "MijnSpecificatie.graphql");
        await File.WriteAllTextAsync(operation, """
            # Fewer fields than QBR-0001-ZA: allowed.
            query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
              bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) {
                bemiddelingspecificatieID
                zzpCode
                bemiddeling { client { bsn } }
              }
            }
            """);

        var subset = await DotnetAsync(project, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(subset.ExitCode == 0, subset.Output);
        Assert.DoesNotContain("IWLZGEN", subset.Output, StringComparison.Ordinal);

        await File.WriteAllTextAsync(operation, """
            query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
              bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) {
                bemiddelingspecificatieID
                zzpCode
                bemiddeling { client { bsn contactgegevens { postcode } } }
              }
            }
            """);

        var extra = await DotnetAsync(project, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.NotEqual(0, extra.ExitCode);
        Assert.Contains(
            "MijnSpecificatie.graphql(5,32): error IWLZGEN019: Operation 'MijnSpecificatie' is not a subset of a published template of client 'Bemiddelingsregister': field 'bemiddelingspecificatie.bemiddeling.client.contactgegevens' is not in template QBR-0001-ZA",
            extra.Output,
            StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IWlz.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (IWlz.Client.sln) is not above the test output.");
    }

    private static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild/VSTest; their variables would redirect the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
