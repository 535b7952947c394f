namespace IWlz.Client.AddressBook;

/// <summary>The address book could not be read or has invalid entries; <see cref="Problems"/> lists each one.</summary>
public sealed class AddressBookException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">What is wrong; at least one.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public AddressBookException(IReadOnlyList<AddressBookProblem> problems, Exception? innerException = null)
        : base(BuildMessage(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Each problem, in document order.</summary>
    public IReadOnlyList<AddressBookProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<AddressBookProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The iWlz address book has {problems.Count} problem(s): {string.Join("; ", problems)}.";
    }
}
