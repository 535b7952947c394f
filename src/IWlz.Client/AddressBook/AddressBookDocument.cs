using System.Text.Json;
using IWlz.Client.AddressBook.Internal;

namespace IWlz.Client.AddressBook;

/// <summary>
/// A loaded and validated iWlz address book (the temporary adresboek: <c>electronicServices[]</c> with
/// <c>gegevensdienstId</c>, <c>authorizationEndpoint</c>, <c>tokenEndpoint</c> and <c>systeemrollen</c>).
/// </summary>
public sealed class AddressBookDocument
{
    private AddressBookDocument(IReadOnlyList<AddressBookEntry> entries)
    {
        Entries = entries;
    }

    /// <summary>The entries, in document order.</summary>
    public IReadOnlyList<AddressBookEntry> Entries { get; }

    /// <summary>Loads and validates an address book file.</summary>
    /// <param name="path">The path of the JSON file.</param>
    /// <returns>The address book.</returns>
    /// <exception cref="AddressBookException">The file is missing, is not JSON, or has invalid entries.</exception>
    public static AddressBookDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new AddressBookException([new AddressBookProblem(null, null, "(file)", $"the file {path} does not exist")]);
        }

        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads and validates an address book from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <returns>The address book.</returns>
    /// <exception cref="AddressBookException">The content is not JSON or has invalid entries.</exception>
    public static AddressBookDocument Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new AddressBookException([new AddressBookProblem(null, null, "(document)", $"not valid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}")], ex);
        }

        using (document)
        {
            var problems = new List<AddressBookProblem>();
            var entries = AddressBookReader.Read(document.RootElement, problems);
            if (problems.Count > 0)
            {
                throw new AddressBookException(problems);
            }

            return new AddressBookDocument(entries);
        }
    }
}
