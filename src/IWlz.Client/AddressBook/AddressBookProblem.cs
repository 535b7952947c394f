namespace IWlz.Client.AddressBook;

/// <summary>One thing wrong in an address book: which entry, which field, and what.</summary>
/// <param name="Index">The 0-based index in <c>electronicServices</c>, or <see langword="null"/> for the document itself.</param>
/// <param name="GegevensdienstId">The entry's <c>gegevensdienstId</c>, when it has one.</param>
/// <param name="Field">The JSON path of the field inside the entry, such as <c>tokenEndpoint.tokenEndpointuri</c>.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record AddressBookProblem(int? Index, string? GegevensdienstId, string Field, string Problem)
{
    /// <inheritdoc />
    public override string ToString()
    {
        if (Index is null)
        {
            return $"{Field}: {Problem}";
        }

        var where = GegevensdienstId is null
            ? $"electronicServices[{Index}]"
            : $"electronicServices[{Index}] ({GegevensdienstId})";
        return $"{where} {Field}: {Problem}";
    }
}
