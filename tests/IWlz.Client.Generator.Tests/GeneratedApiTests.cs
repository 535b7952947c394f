using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IWlz.Client.Generator.Tests.Infrastructure;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Generator.Tests;

/// <summary>The shape of the generated API, read from the compiled and loaded output.</summary>
public sealed class GeneratedApiTests
{
    private static readonly GeneratedAssembly Generated = GeneratedAssembly.Library;
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void Client_has_one_async_method_per_operation_with_the_cancellation_token_last()
    {
        var client = Generated.Type("LibraryClient");
        var contract = Generated.Type("ILibraryClient");
        Assert.True(contract.IsInterface);
        Assert.Contains(contract, client.GetInterfaces());
        Assert.NotNull(client.GetConstructor([typeof(IGraphQLExecutor)]));

        var names = contract.GetMethods().Select(m => m.Name).Order().ToArray();
        Assert.Equal(["FindBooksAsync", "GetBookAsync", "GetPublicationAsync", "LendBookAsync", "NowAsync", "SearchAsync"], names);

        var getBook = client.GetMethod("GetBookAsync")!;
        Assert.True(getBook.IsVirtual);
        Assert.Equal(
            [Generated.Type("GetBookVariables"), typeof(GraphQLRequestOptions), typeof(CancellationToken)],
            getBook.GetParameters().Select(p => p.ParameterType));
        Assert.Equal(typeof(Task<>).MakeGenericType(typeof(GraphQLResponse<>).MakeGenericType(Generated.Type("GetBookResult"))), getBook.ReturnType);
        Assert.True(getBook.GetParameters()[1].HasDefaultValue);
        Assert.True(getBook.GetParameters()[2].HasDefaultValue);
    }

    [Fact]
    public void Operation_without_variables_has_no_variables_parameter_but_still_an_empty_variables_class()
    {
        var now = Generated.Type("LibraryClient").GetMethod("NowAsync")!;
        Assert.Equal([typeof(GraphQLRequestOptions), typeof(CancellationToken)], now.GetParameters().Select(p => p.ParameterType));
        var variables = Generated.Type("NowVariables");
        Assert.Empty(variables.GetProperties());
        Assert.Equal("{}", Generated.Serialize(Activator.CreateInstance(variables)!));
    }

    [Fact]
    public void Result_nullability_mirrors_the_schema()
    {
        var result = Generated.Type("GetBookResult");
        var book = Generated.Type("GetBookResult+BookData");
        Assert.Equal(book, result.GetProperty("Book")!.PropertyType);
        Assert.Equal(NullabilityState.Nullable, State(result, "Book"));
        Assert.Equal(NullabilityState.NotNull, State(book, "Title"));
        Assert.Equal(typeof(string), book.GetProperty("Title")!.PropertyType);
        Assert.Equal(typeof(int?), book.GetProperty("Pages")!.PropertyType);
        Assert.Equal(typeof(double?), book.GetProperty("Rating")!.PropertyType);

        // [Author!]! → a non-null list of non-null items
        var authors = Nullability.Create(book.GetProperty("Authors")!);
        Assert.Equal(NullabilityState.NotNull, authors.ReadState);
        Assert.Equal(typeof(IReadOnlyList<>).MakeGenericType(Generated.Type("GetBookResult+BookData+AuthorsData")), authors.Type);
        Assert.Equal(NullabilityState.NotNull, authors.GenericTypeArguments[0].ReadState);

        // [String] → result lists are never null (null reads as empty); the items stay nullable
        var tags = Nullability.Create(book.GetProperty("Tags")!);
        Assert.Equal(NullabilityState.NotNull, tags.ReadState);
        Assert.Equal(NullabilityState.Nullable, tags.GenericTypeArguments[0].ReadState);
    }

    [Fact]
    public void Non_null_result_properties_are_required_and_nullable_ones_are_optional()
    {
        var book = Generated.Type("GetBookResult+BookData");
        Assert.True(IsRequired(book.GetProperty("Title")!));
        Assert.True(IsRequired(book.GetProperty("Authors")!));
        Assert.False(IsRequired(book.GetProperty("Pages")!));
        Assert.NotNull(book.GetConstructor(Type.EmptyTypes));
    }

    [Fact]
    public void Scalars_map_to_their_clr_types_and_unknown_scalars_to_JsonElement()
    {
        var book = Generated.Type("GetBookResult+BookData");
        Assert.Equal(typeof(DateOnly?), book.GetProperty("PublishedOn")!.PropertyType);
        Assert.Equal(typeof(JsonElement?), book.GetProperty("Price")!.PropertyType);
        Assert.Equal(typeof(JsonElement?), book.GetProperty("CoverUrl")!.PropertyType);
        Assert.Equal(typeof(Guid), Generated.Type("GetBookResult+BookData+AuthorsData").GetProperty("Id")!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset), Generated.Type("LendBookResult+LendBookData").GetProperty("LentAt")!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset?), Generated.Type("LendBookResult+LendBookData").GetProperty("ReturnedAt")!.PropertyType);
    }

    [Fact]
    public void IWlzGraphQLScalars_maps_custom_scalars_to_the_configured_types()
    {
        var run = GeneratorHarness.Run(Library.Files, new Dictionary<string, string>
        {
            ["RootNamespace"] = "Acme",
            ["IWlzGraphQLScalars"] = "Money=decimal; Url=System.Uri;Json=JsonElement",
        });
        var assembly = GeneratorHarness.CompileAndLoad(run);
        var book = assembly.GetType("Acme.Library.GetBookResult+BookData", throwOnError: true)!;
        Assert.Equal(typeof(decimal?), book.GetProperty("Price")!.PropertyType);
        Assert.Equal(typeof(Uri), book.GetProperty("CoverUrl")!.PropertyType);
        Assert.Equal(NullabilityState.Nullable, Nullability.Create(book.GetProperty("CoverUrl")!).ReadState);
    }

    [Fact]
    public void Fields_under_a_narrower_type_condition_become_nullable_and_typename_is_supported()
    {
        var item = Generated.Type("SearchResult+SearchData");
        Assert.Equal(NullabilityState.NotNull, State(item, "Typename"));
        Assert.Equal(NullabilityState.Nullable, State(item, "Id"));
        Assert.Equal(NullabilityState.Nullable, State(item, "Isbn"));
        Assert.Equal(NullabilityState.Nullable, State(item, "Name"));
    }

    [Fact]
    public void Fields_under_include_become_nullable_and_interface_fields_stay_as_declared()
    {
        var publication = Generated.Type("GetPublicationResult+PublicationData");
        Assert.Equal(NullabilityState.NotNull, State(publication, "Id"));
        Assert.Equal(NullabilityState.Nullable, State(publication, "Title"));
        Assert.Equal(typeof(int?), publication.GetProperty("Issue")!.PropertyType);
    }

    [Fact]
    public void Aliases_name_properties_and_fragment_fields_are_merged_in()
    {
        var book = Generated.Type("FindBooksResult+BooksData");
        Assert.Equal(["Id", "BookTitle", "Genre"], book.GetProperties().Select(p => p.Name));
        Assert.Equal(Generated.Type("Genre"), book.GetProperty("Genre")!.PropertyType);
    }

    [Fact]
    public void Enum_members_keep_the_schema_names_verbatim_in_schema_order()
    {
        Assert.Equal(["SCIENCE_FICTION", "FANTASY", "HISTORY", "POETRY", "FICTION"], Enum.GetNames(Generated.Type("Genre")));
    }

    [Fact]
    public void Enum_members_that_are_CSharp_keywords_or_reserved_names_still_compile_and_keep_their_wire_names()
    {
        const string schema = """
            type Query { kind(k: Kind!): Kind! }
            enum Kind { class AGB Agb value__ Kind ASC }
            """;
        var run = GeneratorHarness.Run(
            [new GraphQLFile("/src/Keywords/schema.graphql", schema), new GraphQLFile("/src/Keywords/ops.graphql", "query Q($k: Kind!) { kind(k: $k) }")]);
        Assert.Contains("@class = 0,", run.Source("Keywords.Types.g.cs"), StringComparison.Ordinal);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        var kind = assembly.GetType("Acme.Keywords.Kind", throwOnError: true)!;

        // Only what C# forbids is renamed: the enum's own name and value__; the JSON names never change.
        Assert.Equal(["class", "AGB", "Agb", "value__2", "Kind2", "ASC"], Enum.GetNames(kind));
        var generated = new GeneratedAssembly(assembly, "Acme.Keywords", "Keywords");
        foreach (var (member, wire) in new[] { ("class", "class"), ("AGB", "AGB"), ("Agb", "Agb"), ("value__2", "value__"), ("Kind2", "Kind") })
        {
            var variables = generated.New("QVariables", ("K", Enum.Parse(kind, member)));
            Assert.Equal($$"""{"k":"{{wire}}"}""", generated.Serialize(variables));
            var result = generated.Deserialize($$"""{"kind":"{{wire}}"}""", "QResult")!;
            Assert.Equal(Enum.Parse(kind, member), result.GetType().GetProperty("Kind")!.GetValue(result));
        }
    }

    [Fact]
    public void Multi_line_descriptions_keep_their_line_breaks_and_are_escaped_per_line()
    {
        const string schema = """"
            """
            Entry points. Each returns an empty list when nothing
            matches; <b> & co.
            """
            type Query {
              """
              The thing, over
              two lines.
              """
              thing(k: Kind): Thing
            }

            """
            A thing
            with lines.
            """
            type Thing { name: String }

            """
            Kinds
            of things.
            """
            enum Kind {
              "The first kind."
              ONE
              TWO @deprecated(reason: "Use\nONE.")
            }
            """";
        var run = GeneratorHarness.Run(
            [new GraphQLFile("/src/Docs/schema.graphql", schema.Replace("\n", "\r\n", StringComparison.Ordinal)), new GraphQLFile("/src/Docs/ops.graphql", "query Q($k: Kind) { thing(k: $k) { name } }")]);
        GeneratorHarness.CompileAndLoad(run); // DocumentationMode.Diagnose: malformed XML docs would fail to compile cleanly
        var operation = Trimmed(run.Source("Docs.Operation.Q.g.cs"));
        var types = Trimmed(run.Source("Docs.Types.g.cs"));

        Assert.Contains("/// Entry points. Each returns an empty list when nothing\n/// matches; &lt;b&gt; &amp; co.\n", operation, StringComparison.Ordinal);
        Assert.Contains("/// <summary>\n/// The thing, over\n/// two lines.\n/// </summary>\n", operation, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>\n/// A thing\n/// with lines.\n/// </remarks>\n", operation, StringComparison.Ordinal);
        Assert.Contains("/// <summary>\n/// Kinds\n/// of things.\n/// </summary>\n", types, StringComparison.Ordinal);
        Assert.Contains("/// Deprecated in the schema: Use\n/// ONE.\n", types, StringComparison.Ordinal);
        Assert.DoesNotContain("overtwo", operation, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", operation + types, StringComparison.Ordinal);

        static string Trimmed(string text) =>
            string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Trim()));
    }

    [Fact]
    public void Only_input_types_and_enums_that_operations_reach_are_generated()
    {
        var names = Generated.Assembly.GetTypes().Where(t => t.IsPublic).Select(t => t.Name).ToHashSet();
        Assert.Contains("BookFilter", names);
        Assert.Contains("StringFilter", names);
        Assert.Contains("DateFilter", names);
        Assert.Contains("LoanInput", names);
        Assert.DoesNotContain("Magazine", names);
        Assert.DoesNotContain("Member", names);
    }

    [Fact]
    public void Variables_without_default_and_non_null_are_required_others_are_optional()
    {
        Assert.True(IsRequired(Generated.Type("GetBookVariables").GetProperty("Id")!));
        var find = Generated.Type("FindBooksVariables");
        Assert.False(IsRequired(find.GetProperty("Where")!));
        Assert.Equal(typeof(int?), find.GetProperty("First")!.PropertyType);
        var loan = Generated.Type("LoanInput");
        Assert.True(IsRequired(loan.GetProperty("MemberId")!));
        Assert.False(IsRequired(loan.GetProperty("ReminderDays")!));
        Assert.Equal(typeof(int), loan.GetProperty("ReminderDays")!.PropertyType);
    }

    [Fact]
    public void Operation_class_carries_name_minified_document_hash_and_descriptor()
    {
        var operation = Generated.Type("FindBooksOperation");
        var document = (string)operation.GetField("Document")!.GetRawConstantValue()!;
        var hash = (string)operation.GetField("DocumentHash")!.GetRawConstantValue()!;
        Assert.Equal("FindBooks", operation.GetField("Name")!.GetRawConstantValue());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))), hash);
        Assert.Null(operation.GetField("TemplateId"));

        var descriptor = operation.GetProperty("Descriptor")!.GetValue(null)!;
        Assert.Equal(GraphQLOperationKind.Query, GeneratedAssembly.Get(descriptor, "Kind"));
        Assert.Equal(document, GeneratedAssembly.Get(descriptor, "Document"));
        Assert.Equal(hash, GeneratedAssembly.Get(descriptor, "DocumentHash"));
        Assert.Equal("Library", GeneratedAssembly.Get(descriptor, "ClientName"));
        Assert.Equal(["books"], (IEnumerable<string>)GeneratedAssembly.Get(descriptor, "RootFields")!);
        Assert.Null(GeneratedAssembly.Get(descriptor, "TemplateId"));
        Assert.Equal(GraphQLOperationKind.Mutation, GeneratedAssembly.Get(Generated.Type("LendBookOperation").GetProperty("Descriptor")!.GetValue(null)!, "Kind"));
    }

    [Fact]
    public void Generated_sources_are_marked_auto_generated_nullable_and_document_the_schema_with_escaped_xml()
    {
        var run = GeneratorHarness.Run(Library.Files);
        Assert.Equal(
            ["Library.Client.g.cs", "Library.Json.g.cs", "Library.Operation.FindBooks.g.cs", "Library.Operation.GetBook.g.cs", "Library.Operation.GetPublication.g.cs", "Library.Operation.LendBook.g.cs", "Library.Operation.Now.g.cs", "Library.Operation.Search.g.cs", "Library.Types.g.cs"],
            run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (var source in run.Sources)
        {
            var text = source.SourceText.ToString();
            Assert.StartsWith("// <auto-generated/>", text, StringComparison.Ordinal);
            Assert.Contains("#nullable enable", text, StringComparison.Ordinal);
        }

        Assert.Contains("/// <remarks>A book. Titles may contain &lt;angle brackets&gt; &amp; ampersands.</remarks>", run.Source("Library.Operation.GetBook.g.cs"), StringComparison.Ordinal);
        Assert.Contains("/// <summary>The ISBN-13.</summary>", run.Source("Library.Operation.Search.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Deprecated in the schema: Merged into FICTION.", run.Source("Library.Types.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_output_is_deterministic()
    {
        var first = GeneratorHarness.Run(Library.Files).Sources.Select(s => (s.HintName, s.SourceText.ToString()));
        var second = GeneratorHarness.Run(Library.Files.Reverse()).Sources.Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(first.OrderBy(s => s.HintName, StringComparer.Ordinal), second.OrderBy(s => s.HintName, StringComparer.Ordinal));
    }

    [Fact]
    public void Namespace_defaults_to_root_namespace_plus_client_and_IWlzNamespace_overrides_it()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile with { Metadata = new Dictionary<string, string> { ["IWlzNamespace"] = "Contoso.Lending" } },
                Library.OperationsFile,
            ]);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        Assert.NotNull(assembly.GetType("Contoso.Lending.LibraryClient"));

        var noRoot = GeneratorHarness.Run(Library.Files, new Dictionary<string, string>());
        Assert.NotNull(GeneratorHarness.CompileAndLoad(noRoot).GetType("Library.LibraryClient"));
    }

    [Fact]
    public void IWlzClientTypeName_names_the_client_class_and_interface_next_to_a_hand_written_client_of_the_plain_name()
    {
        // The SDK's situation: a hand-written typed LibraryClient owns the plain name in the same namespace.
        const string handWritten = """
            namespace Acme.Library
            {
                /// <summary>Typed client.</summary>
                public interface ILibraryClient
                {
                    /// <summary>The generated client.</summary>
                    ILibraryGraphQLClient Inner { get; }
                }

                /// <summary>Typed client.</summary>
                /// <param name="inner">The generated client.</param>
                public sealed class LibraryClient(ILibraryGraphQLClient inner) : ILibraryClient
                {
                    /// <inheritdoc />
                    public ILibraryGraphQLClient Inner { get; } = inner;
                }
            }
            """;
        var metadata = new Dictionary<string, string> { ["IWlzClientTypeName"] = "LibraryGraphQLClient" };
        var run = GeneratorHarness.Run(
            [Library.SchemaFile with { Metadata = metadata }, Library.OperationsFile with { Metadata = metadata }],
            userCode: handWritten);
        var assembly = GeneratorHarness.CompileAndLoad(run);

        var client = assembly.GetType("Acme.Library.LibraryGraphQLClient", throwOnError: true)!;
        Assert.Contains(assembly.GetType("Acme.Library.ILibraryGraphQLClient", throwOnError: true)!, client.GetInterfaces());
        Assert.NotNull(client.GetMethod("GetBookAsync"));

        // The client (service) name, which the transport routes on, and the JSON resolver keep the client name.
        var descriptor = assembly.GetType("Acme.Library.GetBookOperation", throwOnError: true)!.GetProperty("Descriptor")!.GetValue(null)!;
        Assert.Equal("Library", GeneratedAssembly.Get(descriptor, "ClientName"));
        Assert.NotNull(assembly.GetType("Acme.Library.LibraryJsonResolver"));
        Assert.Equal("Library.Client.g.cs", run.Sources.Select(s => s.HintName).Single(h => h.EndsWith("Client.g.cs", StringComparison.Ordinal)));
    }

    [Fact]
    public void IWlzClient_groups_files_from_different_folders_into_one_client()
    {
        var metadata = new Dictionary<string, string> { ["IWlzClient"] = "Lending" };
        var run = GeneratorHarness.Run(
            [
                new GraphQLFile("/a/schema.graphql", Library.Schema, metadata),
                new GraphQLFile("/b/queries.graphql", "query Now { now }", metadata),
            ]);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        Assert.NotNull(assembly.GetType("Acme.Lending.LendingClient"));
    }

    private static NullabilityState State(Type type, string property) => Nullability.Create(type.GetProperty(property)!).ReadState;

    private static bool IsRequired(PropertyInfo property) => property.GetCustomAttributes().Any(a => a.GetType().FullName == typeof(RequiredMemberAttribute).FullName);
}
