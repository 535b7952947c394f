namespace IWlz.Client.Privacy;

/// <summary>Checks for the Dutch citizen service number (burgerservicenummer, BSN).</summary>
public static class Bsn
{
    /// <summary>
    /// Returns <see langword="true"/> when <paramref name="value"/> is nine digits that pass the
    /// 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a positive multiple of 11.
    /// </summary>
    /// <param name="value">The candidate, digits only.</param>
    /// <returns>Whether the value is a well-formed BSN.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = value[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            var weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }

        return sum > 0 && sum % 11 == 0;
    }

    /// <summary>Overload for strings; <see langword="null"/> is not valid.</summary>
    /// <param name="value">The candidate, digits only.</param>
    /// <returns>Whether the value is a well-formed BSN.</returns>
    public static bool IsValid(string? value) => value is not null && IsValid(value.AsSpan());
}
