namespace IWlz.Client.Registers;

/// <summary>How a template's derived date variable is computed from another date; see <see cref="TemplateDates"/>.</summary>
public enum DerivedDateRule
{
    /// <summary>The date plus two calendar years (<c>ToewijzingEinddatum2Jaar</c>).</summary>
    PlusTwoYears = 1,

    /// <summary>31 May of the year after the date (<c>ToewijzingEinddatum31Mei</c>).</summary>
    ThirtyFirstOfMayNextYear = 2,
}
