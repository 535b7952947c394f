using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using IWlz.Client.GraphQL;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IWlz.Client.Generator.Tests.Infrastructure;

/// <summary>A .graphql additional file with its item metadata (IWlzClient, IWlzTemplate, ...).</summary>
internal sealed record GraphQLFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>The outcome of one generator run.</summary>
internal sealed class GeneratorRun
{
    public required GeneratorDriver Driver { get; init; }

    public required Compilation InputCompilation { get; init; }

    public required Compilation OutputCompilation { get; init; }

    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    public required ImmutableArray<GeneratedSourceResult> Sources { get; init; }

    public string Source(string hintName) =>
        Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);
}

/// <summary>
/// Runs <see cref="GraphQLClientGenerator"/> through <see cref="CSharpGeneratorDriver"/> on in-memory
/// files, compiles the output against the real IWlz.Client runtime, and loads the result.
/// </summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Acme";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static GeneratorRun Run(
        IEnumerable<GraphQLFile> files,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        string userCode = "namespace Consumer { internal static class Placeholder { } }",
        string? throwingFile = null)
    {
        files = files.ToList();
        var compilation = CreateCompilation(userCode);
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        if (throwingFile is not null)
        {
            texts.Add(new ThrowingAdditionalText(throwingFile));
        }

        var options = new TestOptionsProvider(files, globalOptions ?? new Dictionary<string, string> { ["RootNamespace"] = RootNamespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new GraphQLClientGenerator().AsSourceGenerator() },
            texts.ToImmutableArray(),
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return ToRun(driver, compilation, output);
    }

    /// <summary>A driver with step tracking, for incrementality tests; <paramref name="texts"/> are the additional texts it holds.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<GraphQLFile> files, out ImmutableArray<AdditionalText> texts)
    {
        texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new GraphQLClientGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(files, new Dictionary<string, string> { ["RootNamespace"] = RootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun Rerun(GeneratorRun previous, Compilation compilation)
    {
        var driver = previous.Driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return ToRun(driver, compilation, output);
    }

    private static GeneratorRun ToRun(GeneratorDriver driver, Compilation input, Compilation output)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw instead of reporting a diagnostic.", result.Exception);
        }

        return new GeneratorRun
        {
            Driver = driver,
            InputCompilation = input,
            OutputCompilation = output,
            Diagnostics = result.Diagnostics,
            Sources = result.GeneratedSources,
        };
    }

    public static CSharpCompilation CreateCompilation(string userCode) =>
        CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "/src/Consumer.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithWarningLevel(9999));

    /// <summary>Compiler diagnostics (warnings and errors) of the compilation that includes the generated code.</summary>
    public static IReadOnlyList<Diagnostic> CompilerProblems(GeneratorRun run) =>
        run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Asserts the generator reported nothing and the output compiles without warnings, then loads it.</summary>
    public static Assembly CompileAndLoad(GeneratorRun run)
    {
        AssertNone(run.Diagnostics);
        AssertNone(CompilerProblems(run));
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    public static void AssertNone(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count == 0, "Unexpected diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, list));
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .ToList();
        paths.Add(typeof(IGraphQLExecutor).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    /// <summary>A file whose content cannot be read, to provoke the generator's unexpected-exception path.</summary>
    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("The disk is on fire.");
    }

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> _files = new(StringComparer.Ordinal);

        public TestOptionsProvider(IEnumerable<GraphQLFile> files, IReadOnlyDictionary<string, string> global)
        {
            GlobalOptions = new DictionaryOptions(global.ToDictionary(p => "build_property." + p.Key, p => p.Value));
            foreach (var file in files)
            {
                _files[file.Path] = new DictionaryOptions((file.Metadata ?? new Dictionary<string, string>())
                    .ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value));
            }
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
