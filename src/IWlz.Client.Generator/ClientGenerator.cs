using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IWlz.Client.Generator.Diagnostics;
using IWlz.Client.Generator.Emit;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Model;
using IWlz.Client.Generator.Semantics;

namespace IWlz.Client.Generator;

/// <summary>
/// Generates one client: builds its schema, validates its operations, checks the template rule, and
/// emits the C# sources. Any unexpected exception becomes IWLZGEN999 naming the client and its files,
/// so a generator bug fails the build visibly instead of silently dropping generated types.
/// </summary>
internal static class ClientGenerator
{
    public static ClientOutput Generate(ClientInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(input.Diagnostics);
        foreach (var file in input.Files)
        {
            diagnostics.AddRange(file.Metadata.Diagnostics);
            diagnostics.AddRange(file.Diagnostics);
        }

        var sources = new List<GeneratedSource>();
        try
        {
            Run(input, diagnostics, sources, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            sources.Clear();
            var files = string.Join(", ", input.Files.Select(f => System.IO.Path.GetFileName(f.Path)));
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.InternalError,
                input.Files.Count > 0 ? input.Files[0].Path : null,
                TextRange.None,
                $"IWlz.Client.Generator failed unexpectedly on client '{input.ClientName}' ({files}) and generated nothing for it: {ex.GetType().Name}: {ex.Message}. Please report this with the files involved; as a workaround, simplify the operation that was added last."));
        }

        var ordered = diagnostics
            .Distinct()
            .OrderBy(d => d.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Range.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
        return new ClientOutput(input.ClientName, sources.ToEquatableArray(), ordered.ToEquatableArray());
    }

    private static void Run(ClientInput input, List<DiagnosticInfo> diagnostics, List<GeneratedSource> sources, CancellationToken cancellationToken)
    {
        var schemaFiles = input.Files.Where(f => f.Kind == GraphQLFileKind.Schema).ToList();
        var operationFiles = input.Files.Where(f => f.Kind == GraphQLFileKind.Operations).ToList();
        if (schemaFiles.Count == 0)
        {
            if (operationFiles.Count > 0)
            {
                var first = operationFiles[0];
                var range = first.Operations!.Operations.Count > 0 ? first.Operations.Operations[0].NameRange : first.Operations.Fragments.FirstOrDefault()?.NameRange ?? TextRange.None;
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.MissingSchema,
                    first.Path,
                    range,
                    $"Client '{input.ClientName}' has operations but no schema, so nothing can be generated for it. Add the schema .graphql file to AdditionalFiles with IWlzClient=\"{input.ClientName}\" (or put it in the same folder)."));
            }

            return;
        }

        foreach (var extra in schemaFiles.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.MultipleSchemas,
                extra.Path,
                extra.Schema!.FirstDefinitionRange,
                $"Client '{input.ClientName}' already has schema {System.IO.Path.GetFileName(schemaFiles[0].Path)}; {System.IO.Path.GetFileName(extra.Path)} is a second one and is ignored. Give it its own client with IWlzClient=\"...\", or merge the files."));
        }

        var schemaFile = schemaFiles[0];
        var schema = Schema.Build(schemaFile.Path, schemaFile.Schema!, diagnostics);
        var scalars = new ScalarMap(input.Options.Scalars);
        cancellationToken.ThrowIfCancellationRequested();

        var validator = new OperationValidator(schema, scalars, diagnostics);
        validator.AddFragments(operationFiles);
        validator.ValidateFragments();
        var operations = new List<OperationInfo>();
        foreach (var file in operationFiles)
        {
            CheckFileMetadata(file, diagnostics);
            foreach (var operation in file.Operations!.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                operations.Add(validator.ValidateOperation(operation, file));
            }
        }

        validator.ReportUnusedFragments(new HashSet<string>(operations.SelectMany(o => o.Fragments), StringComparer.Ordinal));

        var client = new ClientModel(input.ClientName, input.Namespace, input.ClientTypeName);
        var namespaceNames = new NameScope(client.ClientClassName, client.InterfaceName, client.ResolverName, client.ConvertersName);
        var generated = SelectGenerated(operations, client, diagnostics);
        foreach (var model in generated)
        {
            model.OperationClassName = namespaceNames.Allocate(model.Name + "Operation");
        }

        var resultNames = generated.ToDictionary(m => m, m => namespaceNames.Allocate(m.Name + "Result"));
        var variableNames = generated.ToDictionary(m => m, m => namespaceNames.Allocate(m.Name + "Variables"));

        var templates = new TemplateSubsetChecker(schema, validator.Fragments, operations.Where(o => o.File.Metadata.IsTemplate && !o.HasErrors && o.Definition.Name is not null));
        if (templates.HasTemplates)
        {
            foreach (var model in generated.Where(m => !m.Info.File.Metadata.IsTemplate && !m.Info.HasErrors))
            {
                var check = templates.Check(model.Info);
                if (check.Diagnostic is { } diagnostic)
                {
                    diagnostics.Add(diagnostic);
                }

                if (check.IsError)
                {
                    model.Info.HasErrors = true;
                }

                model.NarrowedTemplateId = check.TemplateId;
            }
        }
        else
        {
            foreach (var model in generated.Where(m => !m.Info.File.Metadata.IsTemplate && !m.Info.HasErrors && m.Info.File.Metadata.TemplateId is not null))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.UnknownTemplate,
                    model.Info.File.Path,
                    model.Info.Definition.NameRange,
                    $"{System.IO.Path.GetFileName(model.Info.File.Path)} sets IWlzTemplateId=\"{model.Info.File.Metadata.TemplateId}\", but client '{client.ClientName}' has no templates. Mark a template file with IWlzTemplate=\"true\" (the IWlz.Client package adds the published ones unless IWlzIncludeTemplates is false), or remove IWlzTemplateId."));
                model.Info.HasErrors = true;
            }
        }

        var registry = new TypeRegistry(schema, scalars, namespaceNames);
        foreach (var operation in operations.Where(o => !o.HasErrors && o.Root is not null && o.Definition.Name is not null))
        {
            var model = generated.FirstOrDefault(m => m.Info == operation);
            var builder = new ResultModelBuilder(schema, registry, validator.Fragments, diagnostics, register: model is not null);
            if (model is null)
            {
                builder.Build(operation, Naming.ToPascalCase(operation.Definition.Name!) + "Result"); // conflicts are errors in validated-only files too
                continue;
            }

            var result = builder.Build(operation, resultNames[model]);
            if (builder.HasErrors)
            {
                continue;
            }

            model.Result = result;
            model.RootFields.AddRange(builder.RootFields(operation));
            model.Variables = BuildVariables(operation, variableNames[model], registry);
            model.Document = DocumentPrinter.Print(operation.Definition, operation.Fragments.Select(name => validator.Fragments[name].Definition));
            model.DocumentHash = DocumentPrinter.Sha256Hex(model.Document);
            client.Operations.Add(model);
        }

        if (client.Operations.Count == 0)
        {
            return;
        }

        client.Enums.AddRange(registry.Enums);
        client.Inputs.AddRange(registry.Inputs);
        AssignConverterNames(client);
        Emit(client, sources);
    }

    private static void CheckFileMetadata(ParsedFile file, List<DiagnosticInfo> diagnostics)
    {
        var count = file.Operations!.Operations.Count;
        var fileName = System.IO.Path.GetFileName(file.Path);
        if (file.Metadata.IsTemplate && count != 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.InvalidTemplateFile,
                file.Path,
                count > 0 ? file.Operations.Operations[1].NameRange : TextRange.None,
                $"Template file {fileName} contains {count} operations; a published template is exactly one operation. Split the file."));
        }

        if (file.Metadata.OperationName is not null && count != 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.InvalidTemplateFile,
                file.Path,
                count > 0 ? file.Operations.Operations[1].NameRange : TextRange.None,
                $"{fileName} sets IWlzOperationName=\"{file.Metadata.OperationName}\" but contains {count} operations; the setting names a single operation. Split the file or remove IWlzOperationName."));
        }
    }

    private static List<OperationModel> SelectGenerated(List<OperationInfo> operations, ClientModel client, List<DiagnosticInfo> diagnostics)
    {
        var result = new List<OperationModel>();
        var byName = new Dictionary<string, OperationInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var operation in operations)
        {
            if (!operation.File.Metadata.Generate || operation.Definition.Name is null)
            {
                continue;
            }

            var metadataName = operation.File.Operations!.Operations.Count == 1 ? operation.File.Metadata.OperationName : null;
            var name = metadataName ?? Naming.ToPascalCase(operation.Definition.Name);
            if (byName.TryGetValue(name, out var existing))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.DuplicateOperation,
                    operation.File.Path,
                    operation.Definition.NameRange,
                    $"Operation '{operation.Definition.Name}' would generate '{name}Async', which operation '{existing.Definition.Name}' in {System.IO.Path.GetFileName(existing.File.Path)} of client '{client.ClientName}' already generates. Rename one of them{(operation.File.Operations.Operations.Count == 1 ? " or set IWlzOperationName on one file" : string.Empty)}."));
                operation.HasErrors = true;
                continue;
            }

            byName[name] = operation;
            result.Add(new OperationModel(operation, name));
        }

        return result;
    }

    private static InputModel BuildVariables(OperationInfo operation, string name, TypeRegistry registry)
    {
        var model = new InputModel(operation.Definition.Name!, name, null, isVariables: true);
        var scope = new NameScope(name);
        foreach (var variable in operation.Definition.Variables)
        {
            model.Fields.Add(registry.CreateField(variable.Name, variable.Type, variable.DefaultValue, null, null, scope, register: true));
        }

        TypeRegistry.AssignMemberNames(model, scope);
        return model;
    }

    private static void AssignConverterNames(ClientModel client)
    {
        var names = new NameScope(client.ConvertersName);
        foreach (var model in client.Enums)
        {
            model.ConverterName = names.Allocate(model.Name + "Converter");
        }

        foreach (var model in client.Inputs)
        {
            model.ConverterName = names.Allocate(model.Name + "Converter");
        }

        foreach (var operation in client.Operations)
        {
            operation.Variables.ConverterName = names.Allocate(operation.Variables.Name + "Converter");
            foreach (var resultClass in TypeEmitter.AllClasses(operation.Result))
            {
                resultClass.ConverterName = names.Allocate(resultClass.FullName.Replace('.', '_') + "Converter");
            }
        }
    }

    private static void Emit(ClientModel client, List<GeneratedSource> sources)
    {
        if (client.Enums.Count > 0 || client.Inputs.Count > 0)
        {
            var writer = TypeEmitter.Begin(client, "enums and input types");
            var first = true;
            foreach (var model in client.Enums)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                TypeEmitter.Enum(writer, client, model);
            }

            foreach (var model in client.Inputs)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                TypeEmitter.Input(writer, client, model);
            }

            sources.Add(new GeneratedSource($"{client.ClientName}.Types.g.cs", TypeEmitter.End(writer)));
        }

        foreach (var operation in client.Operations)
        {
            var writer = TypeEmitter.Begin(client, $"operation '{operation.GraphQLName}'");
            TypeEmitter.Input(writer, client, operation.Variables, $"The variables of the {operation.Kind.Keyword()} {CSharpNames.Code(operation.GraphQLName)}.");
            writer.Line();
            TypeEmitter.Result(writer, client, operation.Result, $"The data of the {operation.Kind.Keyword()} {CSharpNames.Code(operation.GraphQLName)}.");
            writer.Line();
            TypeEmitter.Operation(writer, client, operation);
            sources.Add(new GeneratedSource($"{client.ClientName}.Operation.{operation.Name}.g.cs", TypeEmitter.End(writer)));
        }

        sources.Add(new GeneratedSource($"{client.ClientName}.Client.g.cs", ClientEmitter.Emit(client)));
        sources.Add(new GeneratedSource($"{client.ClientName}.Json.g.cs", ConverterEmitter.Emit(client)));
    }
}
