using System.Text.Json;
using IWlz.Client.Generator.Tests.Infrastructure;

namespace IWlz.Client.Generator.Tests;

/// <summary>Every CLR type a custom scalar can map to, read and written through the generated converters.</summary>
public sealed class ScalarMappingTests
{
    private const string Schema = """
        scalar Time
        scalar Url
        scalar Stamp
        scalar Long
        scalar Decimal
        scalar Flag
        scalar Count
        scalar Ratio
        scalar Code
        scalar Key
        type Query {
          sample(at: Time, link: Url, stamp: Stamp): Sample!
        }
        type Sample {
          at: Time!
          link: Url
          stamp: Stamp!
          big: Long!
          amount: Decimal!
          flag: Flag!
          count: Count!
          ratio: Ratio!
          code: Code!
          key: Key!
        }
        """;

    private const string Operations = """
        query Sample($at: Time, $link: Url, $stamp: Stamp) {
          sample(at: $at, link: $link, stamp: $stamp) { at link stamp big amount flag count ratio code key }
        }
        """;

    private static readonly Lazy<GeneratedAssembly> Generated = new(() =>
    {
        var run = GeneratorHarness.Run(
            [new GraphQLFile("/src/Scalars/schema.graphql", Schema), new GraphQLFile("/src/Scalars/ops.graphql", Operations)],
            new Dictionary<string, string>
            {
                ["RootNamespace"] = "Acme",
                ["IWlzGraphQLScalars"] = "Time=TimeOnly;Url=System.Uri;Stamp=DateTime;Flag=bool;Count=int;Ratio=double;Code=string;Key=Guid",
            });
        return new GeneratedAssembly(GeneratorHarness.CompileAndLoad(run), "Acme.Scalars", "Scalars");
    });

    [Fact]
    public void Mapped_scalars_have_the_configured_types()
    {
        var sample = Generated.Value.Type("SampleResult+SampleData");
        Assert.Equal(
            [typeof(TimeOnly), typeof(Uri), typeof(DateTime), typeof(long), typeof(decimal), typeof(bool), typeof(int), typeof(double), typeof(string), typeof(Guid)],
            sample.GetProperties().Select(p => p.PropertyType));
    }

    [Fact]
    public void Mapped_scalars_round_trip()
    {
        const string json = """{"sample":{"at":"09:30:15.25","link":"https://example.org/a?b=c","stamp":"2024-05-01T09:30:00Z","big":9007199254740993,"amount":12.345,"flag":true,"count":-3,"ratio":0.5,"code":"x","key":"0f8fad5b-d9cb-469f-a165-70867728950e"}}""";
        var result = Generated.Value.Deserialize(json, "SampleResult")!;
        var sample = GeneratedAssembly.Get(result, "Sample")!;
        Assert.Equal(new TimeOnly(9, 30, 15, 250), GeneratedAssembly.Get(sample, "At"));
        Assert.Equal(new Uri("https://example.org/a?b=c"), GeneratedAssembly.Get(sample, "Link"));
        Assert.Equal(new DateTime(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc), GeneratedAssembly.Get(sample, "Stamp"));
        Assert.Equal(9007199254740993L, GeneratedAssembly.Get(sample, "Big"));
        Assert.Equal(12.345m, GeneratedAssembly.Get(sample, "Amount"));
        Assert.Equal(json, Generated.Value.Serialize(result));
    }

    [Fact]
    public void Mapped_scalar_variables_are_written_in_their_formats()
    {
        var variables = Generated.Value.New(
            "SampleVariables",
            ("At", new TimeOnly(7, 5)),
            ("Link", new Uri("relative/path", UriKind.Relative)),
            ("Stamp", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.Equal("""{"at":"07:05:00","link":"relative/path","stamp":"2024-01-02T03:04:05Z"}""", Generated.Value.Serialize(variables));
    }

    [Theory]
    [InlineData("at", "\"9 o'clock\"")]
    [InlineData("stamp", "\"tomorrow\"")]
    [InlineData("at", "\"" + "0123456789012345678901234567890123456789" + "\"")]
    public void Invalid_mapped_scalar_values_are_JsonExceptions(string property, string value)
    {
        var json = """{"sample":{"at":"09:30","link":null,"stamp":"2024-05-01T09:30:00Z","big":1,"amount":1,"flag":true,"count":1,"ratio":1,"code":"x","key":"0f8fad5b-d9cb-469f-a165-70867728950e"}}""";
        json = json.Replace($"\"{property}\":\"" + (property == "at" ? "09:30\"" : "2024-05-01T09:30:00Z\""), $"\"{property}\":{value}", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => Generated.Value.Deserialize(json, "SampleResult"));
    }
}
