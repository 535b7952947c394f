using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using IWlz.Client.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IWlz.Client.Benchmarks.Generator;

/// <summary>
/// Generation time of the GraphQL client generator: a fresh <see cref="CSharpGeneratorDriver"/> runs on a
/// ~600-line logistics schema with 10 operations, as on a clean build. Target: at most 500 ms.
/// See docs/performance.md ("Generator").
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private AnalyzerConfigOptionsProvider _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts =
        [
            new ResourceText("/bench/Logistics/schema.graphql", ReadResource("schema.graphql")),
            new ResourceText("/bench/Logistics/operations/operations.graphql", ReadResource("operations.graphql")),
        ];
        _options = new GlobalOnlyOptions("Bench");
        _compilation = CSharpCompilation.Create(
            "GeneratorBenchmark",
            [CSharpSyntaxTree.ParseText("namespace Bench { internal static class Placeholder { } }", ParseOptions)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Measure the successful path only: a broken input would measure error reporting instead.
        var result = RunGenerator().Results.Single();
        if (result.Exception is not null || result.Diagnostics.Length > 0 || result.GeneratedSources.Length != 13)
        {
            throw new InvalidOperationException(
                $"The benchmark input does not generate cleanly: {result.Exception?.Message} {string.Join("; ", result.Diagnostics)} ({result.GeneratedSources.Length} sources)");
        }
    }

    [Benchmark(Description = "Generate: 600-line schema, 10 operations (fresh driver)")]
    public GeneratorDriverRunResult RunGenerator()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new GraphQLClientGenerator().AsSourceGenerator()],
            _texts,
            ParseOptions,
            _options);
        return driver.RunGenerators(_compilation).GetRunResult();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(GeneratorBenchmarks).Assembly.GetManifestResourceStream("IWlz.Client.Benchmarks.Generator." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class ResourceText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class GlobalOnlyOptions(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
