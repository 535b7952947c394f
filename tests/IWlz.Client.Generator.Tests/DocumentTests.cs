using System.Security.Cryptography;
using System.Text;
using IWlz.Client.Generator.Tests.Infrastructure;

namespace IWlz.Client.Generator.Tests;

/// <summary>The minified document that is sent on the wire, and its hash.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void Document_is_minified_with_used_fragments_appended()
    {
        Assert.Equal(
            "query FindBooks($where:BookFilter$first:Int=5){books(where:$where first:$first){id bookTitle:title...BookGenre}}fragment BookGenre on Book{genre}",
            Constant(GeneratedAssembly.Library, "FindBooksOperation", "Document"));
        Assert.Equal(
            "query GetPublication($id:ID!$withTitle:Boolean!){publication(id:$id){id title@include(if:$withTitle)...on Magazine{issue}}}",
            Constant(GeneratedAssembly.Library, "GetPublicationOperation", "Document"));
    }

    [Fact]
    public void Layout_comments_and_commas_do_not_change_the_document_or_its_hash()
    {
        var compact = Document("query Q($id:ID!){book(id:$id){title authors{name}}}");
        var spread = Document("""
            # Fetches one book.
            query Q(
              $id: ID!,
            ) {
              book(id: $id) {   # the book
                title,
                authors {
                  name
                }
              }
            }
            """);
        Assert.Equal(compact, spread);
        Assert.Equal("query Q($id:ID!){book(id:$id){title authors{name}}}", compact.Document);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(compact.Document))), compact.Hash);
    }

    [Fact]
    public void Literals_are_printed_as_graphql_with_escapes_and_block_strings_become_plain_strings()
    {
        var (document, _) = Document(
            "query Q { books(where: { title: { contains: \"\"\"\n  Say \"hi\"\\\n  \"\"\" }, genre: [FANTASY, FICTION], and: [] }, first: -3) { id } }");
        Assert.Equal("query Q{books(where:{title:{contains:\"Say \\\"hi\\\"\\\\\"}genre:[FANTASY FICTION]and:[]}first:-3){id}}", document);
    }

    [Fact]
    public void Unicode_is_kept_and_hashed_as_utf8()
    {
        var (document, hash) = Document("query Q { books(where: { title: { eq: \"Één café\" } }) { id } }");
        Assert.Contains("Één café", document, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))), hash);
    }

    private static (string Document, string Hash) Document(string operations)
    {
        var assembly = GeneratorHarness.CompileAndLoad(GeneratorHarness.Run(Library.With(operations)));
        var generated = new GeneratedAssembly(assembly, "Acme.Library", "Library");
        return (Constant(generated, "QOperation", "Document"), Constant(generated, "QOperation", "DocumentHash"));
    }

    private static string Constant(GeneratedAssembly generated, string type, string name) =>
        (string)generated.Type(type).GetField(name)!.GetRawConstantValue()!;
}
