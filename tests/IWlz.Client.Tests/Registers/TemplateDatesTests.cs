using IWlz.Client.Registers;

namespace IWlz.Client.Tests.Registers;

public sealed class TemplateDatesTests
{
    [Theory]
    [InlineData("2024-03-17", "2026-03-17")] // the example in the QBR-0002-ZA template header
    [InlineData("2024-02-29", "2026-02-28")] // no 29 February in 2026: round down
    [InlineData("2026-02-28", "2028-02-28")] // a leap target year does not move 28 February
    [InlineData("2027-03-01", "2029-03-01")]
    [InlineData("2024-12-31", "2026-12-31")]
    [InlineData("2025-01-01", "2027-01-01")]
    public void ToewijzingEinddatum2Jaar_adds_two_calendar_years(string einddatum, string expected)
    {
        Assert.Equal(Date(expected), TemplateDates.ToewijzingEinddatum2Jaar(Date(einddatum)));
    }

    [Theory]
    [InlineData("2024-03-17", "2025-05-31")] // the example in the QBR-0002-ZA template header
    [InlineData("2024-02-29", "2025-05-31")]
    [InlineData("2025-01-01", "2026-05-31")]
    [InlineData("2025-05-31", "2026-05-31")] // 31 May itself still moves to the next year
    [InlineData("2025-06-01", "2026-05-31")]
    [InlineData("2024-12-31", "2025-05-31")]
    public void ToewijzingEinddatum31Mei_is_31_May_of_the_following_year(string einddatum, string expected)
    {
        Assert.Equal(Date(expected), TemplateDates.ToewijzingEinddatum31Mei(Date(einddatum)));
    }

    [Fact]
    public void Compute_applies_the_rule_of_a_template_variable()
    {
        var einddatum = Date("2023-08-15");

        Assert.Equal(Date("2025-08-15"), TemplateDates.Compute(DerivedDateRule.PlusTwoYears, einddatum));
        Assert.Equal(Date("2024-05-31"), TemplateDates.Compute(DerivedDateRule.ThirtyFirstOfMayNextYear, einddatum));
        Assert.Throws<ArgumentOutOfRangeException>(() => TemplateDates.Compute((DerivedDateRule)99, einddatum));
    }

    [Fact]
    public void Dates_without_room_for_the_result_fail_with_a_clear_error()
    {
        Assert.Equal(Date("9999-05-31"), TemplateDates.ToewijzingEinddatum31Mei(Date("9998-12-31")));
        Assert.Equal(Date("9999-12-31"), TemplateDates.ToewijzingEinddatum2Jaar(Date("9997-12-31")));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TemplateDates.ToewijzingEinddatum2Jaar(Date("9998-01-01")));
        Assert.Equal("toewijzingEinddatum", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => TemplateDates.ToewijzingEinddatum31Mei(DateOnly.MaxValue));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
