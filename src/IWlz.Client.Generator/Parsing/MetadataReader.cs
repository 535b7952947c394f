using System;
using System.Collections.Generic;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Semantics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IWlz.Client.Generator.Parsing;

/// <summary>Reads the IWlz* item metadata and build properties that build/IWlz.Client.props makes visible to the compiler.</summary>
internal static class MetadataReader
{
    private const string ItemPrefix = "build_metadata.AdditionalFiles.";
    private const string PropertyPrefix = "build_property.";

    public static FileMetadata ReadFile(string path, AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fileName = System.IO.Path.GetFileName(path);

        var clientName = Get(options, "IWlzClient");
        if (clientName is null)
        {
            clientName = DefaultClientName(path);
        }
        else if (!Naming.IsValidIdentifier(clientName))
        {
            diagnostics.Add(Config(path, $"IWlzClient=\"{clientName}\" on {fileName} is not a valid C# identifier. Use a name such as \"Bemiddelingsregister\"."));
            clientName = Naming.ToPascalCase(clientName);
        }

        var ns = Get(options, "IWlzNamespace");
        if (ns is not null && !Naming.IsValidNamespace(ns))
        {
            diagnostics.Add(Config(path, $"IWlzNamespace=\"{ns}\" on {fileName} is not a valid C# namespace. Use dotted identifiers, such as \"Contoso.Zorg.Registers\"."));
            ns = null;
        }

        var typeName = Get(options, "IWlzClientTypeName");
        if (typeName is not null && !Naming.IsValidIdentifier(typeName))
        {
            diagnostics.Add(Config(path, $"IWlzClientTypeName=\"{typeName}\" on {fileName} is not a valid C# identifier. Use a class name such as \"BemiddelingsregisterGraphQLClient\"."));
            typeName = null;
        }

        var isTemplate = ReadBool(options, "IWlzTemplate", false, path, fileName, diagnostics);
        var generate = ReadBool(options, "IWlzGenerate", true, path, fileName, diagnostics);
        // On a template file: its ID. On an own operation file: the template its operations narrow (checked
        // against the client's templates in ClientGenerator, where they are known).
        var templateId = Get(options, "IWlzTemplateId");
        if (isTemplate && templateId is null)
        {
            templateId = System.IO.Path.GetFileNameWithoutExtension(path);
        }

        var operationName = Get(options, "IWlzOperationName");
        if (operationName is not null && !Naming.IsValidIdentifier(operationName))
        {
            diagnostics.Add(Config(path, $"IWlzOperationName=\"{operationName}\" on {fileName} is not a valid C# identifier. Use a name such as \"ZoekBemiddeling\"."));
            operationName = null;
        }

        return new FileMetadata(clientName, ns, typeName, isTemplate, templateId, generate, operationName, diagnostics.ToEquatableArray());
    }

    public static GlobalOptions ReadGlobal(AnalyzerConfigOptions options)
    {
        options.TryGetValue(PropertyPrefix + "RootNamespace", out var rootNamespace);
        rootNamespace = string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace!.Trim();
        var diagnostics = new List<DiagnosticInfo>();
        if (rootNamespace is not null && !Naming.IsValidNamespace(rootNamespace))
        {
            diagnostics.Add(Config(null, $"RootNamespace \"{rootNamespace}\" is not a valid C# namespace, so it is not used for generated clients. Set IWlzNamespace on the .graphql files or fix RootNamespace."));
            rootNamespace = null;
        }

        options.TryGetValue(PropertyPrefix + "IWlzGraphQLScalars", out var scalarsText);
        var scalars = new List<ScalarMapping>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in (scalarsText ?? string.Empty).Split(';'))
        {
            var trimmed = entry.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var equals = trimmed.IndexOf('=');
            var name = equals > 0 ? trimmed.Substring(0, equals).Trim() : string.Empty;
            var clrText = equals > 0 ? trimmed.Substring(equals + 1).Trim() : string.Empty;
            var clr = ScalarMap.NormalizeClrType(clrText);
            if (name.Length == 0 || clr is null)
            {
                diagnostics.Add(Config(null, $"IWlzGraphQLScalars entry \"{trimmed}\" is not valid. Write ScalarName=ClrType entries separated by ';', where ClrType is one of: {string.Join(", ", ScalarMap.SupportedClrTypes)}."));
                continue;
            }

            if (ScalarMap.IsSpecScalar(name))
            {
                diagnostics.Add(Config(null, $"IWlzGraphQLScalars entry \"{trimmed}\" remaps the built-in GraphQL scalar {name}, which always maps to its standard type. Remove the entry."));
                continue;
            }

            if (!seen.Add(name))
            {
                diagnostics.Add(Config(null, $"IWlzGraphQLScalars maps scalar {name} more than once. Keep one entry."));
                continue;
            }

            scalars.Add(new ScalarMapping(name, clr));
        }

        return new GlobalOptions(rootNamespace, scalars.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Parent folder name; for a folder called "operations", the folder above it.</summary>
    public static string DefaultClientName(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
        var folder = System.IO.Path.GetFileName(directory);
        if (string.Equals(folder, "operations", StringComparison.OrdinalIgnoreCase))
        {
            folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(directory) ?? string.Empty);
        }

        if (string.IsNullOrEmpty(folder))
        {
            return "GraphQL";
        }

        return Naming.IsValidIdentifier(folder) ? folder : Naming.ToPascalCase(folder);
    }

    private static bool ReadBool(AnalyzerConfigOptions options, string name, bool defaultValue, string path, string fileName, List<DiagnosticInfo> diagnostics)
    {
        var text = Get(options, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        diagnostics.Add(Config(path, $"{name}=\"{text}\" on {fileName} is not a boolean. Use \"true\" or \"false\"."));
        return defaultValue;
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(ItemPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DiagnosticInfo Config(string? path, string message) =>
        DiagnosticInfo.Create(Descriptors.InvalidConfiguration, path, TextRange.None, message);
}
