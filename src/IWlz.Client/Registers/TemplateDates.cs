namespace IWlz.Client.Registers;

/// <summary>
/// Computes the derived date variables of the Bemiddelingsregister templates QBR-0002-ZA and
/// QBR-0005-ZKu. The register's policy lets a caller read contact data until two years after the
/// end of its allocation, and overlapping allocations until 31 May of the following year; the
/// templates pass those limits as variables.
/// </summary>
public static class TemplateDates
{
    /// <summary>
    /// <c>ToewijzingEinddatum2Jaar</c>: the end date plus two calendar years. An end date of 29 February
    /// becomes 28 February, because the target year has no 29 February; rounding down keeps the
    /// requested window inside the one the policy allows.
    /// </summary>
    /// <param name="toewijzingEinddatum">The end date of the caller's bemiddelingspecificatie.</param>
    /// <returns>The end date plus two years.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be after 31 December 9999.</exception>
    public static DateOnly ToewijzingEinddatum2Jaar(DateOnly toewijzingEinddatum)
    {
        EnsureRoom(toewijzingEinddatum, 2, nameof(toewijzingEinddatum));
        return toewijzingEinddatum.AddYears(2);
    }

    /// <summary>
    /// <c>ToewijzingEinddatum31Mei</c>: 31 May of the calendar year after the end date, whatever the
    /// day within the end date's year (an end date of 31 December 2024 gives 31 May 2025).
    /// </summary>
    /// <param name="toewijzingEinddatum">The end date of the caller's bemiddelingspecificatie.</param>
    /// <returns>31 May of the following year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The end date is in the year 9999.</exception>
    public static DateOnly ToewijzingEinddatum31Mei(DateOnly toewijzingEinddatum)
    {
        EnsureRoom(toewijzingEinddatum, 1, nameof(toewijzingEinddatum));
        return new DateOnly(toewijzingEinddatum.Year + 1, 5, 31);
    }

    /// <summary>Applies <paramref name="rule"/> to <paramref name="date"/>.</summary>
    /// <param name="rule">The derivation rule of a template variable.</param>
    /// <param name="date">The date the variable is derived from.</param>
    /// <returns>The derived date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rule is unknown, or the result is out of range.</exception>
    public static DateOnly Compute(DerivedDateRule rule, DateOnly date) => rule switch
    {
        DerivedDateRule.PlusTwoYears => ToewijzingEinddatum2Jaar(date),
        DerivedDateRule.ThirtyFirstOfMayNextYear => ToewijzingEinddatum31Mei(date),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown derived date rule."),
    };

    private static void EnsureRoom(DateOnly date, int years, string parameterName)
    {
        if (date.Year > DateOnly.MaxValue.Year - years)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                date,
                $"A derived template date needs {years} more year(s) than the end date, which is beyond {DateOnly.MaxValue:yyyy-MM-dd}.");
        }
    }
}
