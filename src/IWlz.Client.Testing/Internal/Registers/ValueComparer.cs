using System.Globalization;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>Compares record values with filter operands: typed, ordinal for strings, numeric across Int and Float.</summary>
internal static class ValueComparer
{
    public static new bool Equals(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return Compare(left, right) == 0;
    }

    /// <summary>Compares two non-null values; values of unrelated types compare by their invariant text.</summary>
    public static int Compare(object left, object right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }

        return (left, right) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (Guid a, Guid b) => a.CompareTo(b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            _ => string.CompareOrdinal(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Sort order: <see langword="null"/> before any value, as LINQ orders nullable keys.</summary>
    public static int CompareNullable(object? left, object? right) =>
        (left, right) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => Compare(left, right),
        };

    private static bool IsNumber(object value) =>
        value is int or long or short or byte or double or float or decimal;
}
