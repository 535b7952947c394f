using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;

namespace IWlz.Client.Generator.Model;

/// <summary>
/// The per-file item metadata (see docs/generator.md, "Metadata reference"). <see cref="TemplateId"/> is the
/// template's own ID on a template file, and on an own operation file the template its operations narrow
/// (IWlzTemplateId), or <see langword="null"/> when the file names none.
/// </summary>
internal sealed record FileMetadata(
    string ClientName,
    string? Namespace,
    string? ClientTypeName,
    bool IsTemplate,
    string? TemplateId,
    bool Generate,
    string? OperationName,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A .graphql additional file with its metadata: the first pipeline value.</summary>
internal sealed record GraphQLFileInput(string Path, string Text, FileMetadata Metadata);

internal enum GraphQLFileKind
{
    Empty,
    Invalid,
    Schema,
    Operations,
}

/// <summary>One parsed file: an equatable syntax model and its syntax diagnostics.</summary>
internal sealed record ParsedFile(
    string Path,
    FileMetadata Metadata,
    GraphQLFileKind Kind,
    SchemaDocument? Schema,
    OperationsDocument? Operations,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A mapping of a custom scalar to one of the supported CLR types.</summary>
internal sealed record ScalarMapping(string ScalarName, string ClrType);

/// <summary>Project-wide settings: RootNamespace and IWlzGraphQLScalars.</summary>
internal sealed record GlobalOptions(string? RootNamespace, EquatableArray<ScalarMapping> Scalars, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>All files of one named client, plus the project settings: the input of code generation.</summary>
internal sealed record ClientInput(string ClientName, string Namespace, string ClientTypeName, EquatableArray<ParsedFile> Files, GlobalOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);

internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>What one client produces: source files and diagnostics.</summary>
internal sealed record ClientOutput(string ClientName, EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
