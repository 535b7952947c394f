namespace IWlz.Client.AddressBook;

/// <summary>Where the iWlz address book (adresboek) comes from.</summary>
public sealed class AddressBookOptions
{
    /// <summary>
    /// Path of the adresboek JSON file (the <c>iWlz_services.json</c> format). It is loaded and validated
    /// on start. Default: none (the built-in endpoints and <see cref="IWlzClientOptions.Services"/> are used).
    /// </summary>
    public string? Path { get; set; }
}
