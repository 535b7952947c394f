using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IWlz.Client.Generator;

/// <summary>
/// Generates typed GraphQL clients from the .graphql files a project lists as AdditionalFiles.
/// Pipeline: file + metadata → parsed equatable syntax model (per file) → files grouped into named
/// clients (per client) → generated sources and diagnostics (per client). Every value is equatable, so
/// editing a .cs file re-runs nothing and editing a .graphql file re-runs only its client.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GraphQLClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadGlobalOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadFile(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.Files);

        var parsed = files
            .Select(static (input, _) => Parse(input))
            .WithTrackingName(TrackingNames.Parse);

        var clients = parsed
            .Collect()
            .Combine(options)
            .SelectMany(static (pair, _) => GroupClients(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Clients);

        var outputs = clients
            .Select(static (client, cancellationToken) => ClientGenerator.Generate(client, cancellationToken))
            .WithTrackingName(TrackingNames.Generate);

        context.RegisterSourceOutput(outputs, static (spc, output) => Emit(spc, output));
        context.RegisterSourceOutput(options, static (spc, global) =>
        {
            foreach (var diagnostic in global.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static GlobalOptions ReadGlobalOptions(AnalyzerConfigOptions options)
    {
        try
        {
            return MetadataReader.ReadGlobal(options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new GlobalOptions(null, EquatableArray<ScalarMapping>.Empty, new[] { Internal(null, $"reading the build properties: {ex.GetType().Name}: {ex.Message}") }.ToEquatableArray());
        }
    }

    private static GraphQLFileInput ReadFile(AdditionalText text, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var content = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
            return new GraphQLFileInput(text.Path, content, MetadataReader.ReadFile(text.Path, options));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var metadata = new FileMetadata(MetadataReader.DefaultClientName(text.Path), null, null, false, null, true, null, new[] { Internal(text.Path, $"reading {System.IO.Path.GetFileName(text.Path)}: {ex.GetType().Name}: {ex.Message}") }.ToEquatableArray());
            return new GraphQLFileInput(text.Path, string.Empty, metadata);
        }
    }

    private static ParsedFile Parse(GraphQLFileInput input)
    {
        try
        {
            return GraphQLDocumentReader.Read(input);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ParsedFile(input.Path, input.Metadata, GraphQLFileKind.Invalid, null, null, new[] { Internal(input.Path, $"parsing {System.IO.Path.GetFileName(input.Path)}: {ex.GetType().Name}: {ex.Message}") }.ToEquatableArray());
        }
    }

    /// <summary>One <see cref="ClientInput"/> per client name (case-insensitive), ordered by name; files ordered by path.</summary>
    internal static ImmutableArray<ClientInput> GroupClients(ImmutableArray<ParsedFile> files, GlobalOptions options)
    {
        var builder = ImmutableArray.CreateBuilder<ClientInput>();
        var groups = files
            .GroupBy(f => f.Metadata.ClientName, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var members = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var clientName = members[0].Metadata.ClientName;
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var other in members.Where(f => f.Metadata.ClientName != clientName))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, other.Path, TextRange.None, $"{System.IO.Path.GetFileName(other.Path)} belongs to client '{other.Metadata.ClientName}', which differs from client '{clientName}' only in letter case. Spell the client name the same way everywhere."));
            }

            string? ns = null;
            foreach (var file in members.Where(f => f.Metadata.Namespace is not null))
            {
                if (ns is null)
                {
                    ns = file.Metadata.Namespace;
                }
                else if (ns != file.Metadata.Namespace)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, file.Path, TextRange.None, $"{System.IO.Path.GetFileName(file.Path)} sets IWlzNamespace=\"{file.Metadata.Namespace}\", but another file of client '{clientName}' sets \"{ns}\". A client has one namespace; use the same value on every file."));
                }
            }

            ns ??= options.RootNamespace is null ? clientName : options.RootNamespace + "." + clientName;

            string? typeName = null;
            foreach (var file in members.Where(f => f.Metadata.ClientTypeName is not null))
            {
                if (typeName is null)
                {
                    typeName = file.Metadata.ClientTypeName;
                }
                else if (typeName != file.Metadata.ClientTypeName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, file.Path, TextRange.None, $"{System.IO.Path.GetFileName(file.Path)} sets IWlzClientTypeName=\"{file.Metadata.ClientTypeName}\", but another file of client '{clientName}' sets \"{typeName}\". A client has one type name; use the same value on every file."));
                }
            }

            if (typeName is not null && (typeName == clientName + "JsonResolver" || typeName == clientName + "JsonConverters"))
            {
                var file = members.First(f => f.Metadata.ClientTypeName is not null);
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, file.Path, TextRange.None, $"IWlzClientTypeName=\"{typeName}\" of client '{clientName}' is the name of its generated JSON type. Choose another name, such as \"{clientName}GraphQLClient\"."));
                typeName = null;
            }

            typeName ??= clientName + "Client";
            builder.Add(new ClientInput(clientName, ns, typeName, members.ToEquatableArray(), options, diagnostics.ToEquatableArray()));
        }

        return builder.ToImmutable();
    }

    private static void Emit(SourceProductionContext context, ClientOutput output)
    {
        foreach (var diagnostic in output.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        foreach (var source in output.Sources)
        {
            try
            {
                context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException ex)
            {
                context.ReportDiagnostic(Internal(null, $"adding {source.HintName} for client '{output.ClientName}': {ex.Message}").ToDiagnostic());
            }
        }
    }

    private static DiagnosticInfo Internal(string? path, string what) =>
        DiagnosticInfo.Create(Descriptors.InternalError, path, TextRange.None, $"IWlz.Client.Generator failed unexpectedly while {what}. Please report this; the affected file's types are not generated.");
}

/// <summary>The tracking names of the pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string Options = "IWlz.Options";
    public const string Files = "IWlz.Files";
    public const string Parse = "IWlz.Parse";
    public const string Clients = "IWlz.Clients";
    public const string Generate = "IWlz.Generate";
}
