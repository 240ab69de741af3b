using System.Globalization;

namespace HrScorecard.Web.Pages.Periods;

/// <summary>Period dates as a date input posts them (yyyy-MM-dd), read without guessing.</summary>
internal static class PeriodDates
{
    public const string Expected = "Give a date as yyyy-mm-dd, e.g. 2024-01-01.";

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
