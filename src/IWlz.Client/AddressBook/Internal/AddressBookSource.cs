namespace IWlz.Client.AddressBook.Internal;

/// <summary>Where the address book comes from: a document given in code, or the configured file.</summary>
internal sealed class AddressBookSource
{
    internal AddressBookDocument? Document { get; set; }

    internal AddressBookDocument? Load(AddressBookOptions options) =>
        Document ?? (string.IsNullOrWhiteSpace(options.Path) ? null : AddressBookDocument.Load(options.Path));
}
