using System.Globalization;
using System.Resources;
using System.Text.Json;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>
/// How scores, weights and measured values are printed, in the user's culture; "no data" is a word, never a 0. The one
/// definition for the dashboard pages and the PDF report (Reports/ReportFormat), so both show the same figures.
/// </summary>
public static class Figures
{
    public const string NoData = "no data";

    // Figures is static (the PDF report calls it without a request), so it reads its one word straight from the resources.
    private static readonly ResourceManager Words = new("HrScorecard.Web.Resources.Pages.Dashboard.Figures", typeof(Figures).Assembly);

    /// <summary>"no data" in <paramref name="culture"/>'s language (Resources/Pages/Dashboard/Figures.*.resx).</summary>
    public static string NoDataIn(CultureInfo culture) => Words.GetString(NoData, culture) ?? NoData;

    /// <summary>Without <paramref name="culture"/>, in the current (request) culture.</summary>
    public static string Score(double? score, CultureInfo? culture = null) => score?.ToString("0.00", culture ?? CultureInfo.CurrentCulture) ?? NoDataIn(culture ?? CultureInfo.CurrentCulture);

    public static string Weight(double weight, CultureInfo? culture = null) => weight.ToString("0.0000", culture ?? CultureInfo.CurrentCulture);

    public static string Value(double? value, CultureInfo? culture = null) => value?.ToString("#,##0.##", culture ?? CultureInfo.CurrentCulture) ?? NoDataIn(culture ?? CultureInfo.CurrentCulture);

    /// <summary>Chart data for wwwroot/js/trend-chart.js; the default encoder escapes &lt; and &gt;, so it is safe inside a script block.</summary>
    public static string Json(object data) => JsonSerializer.Serialize(data, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>One line of a line chart (trend-chart.js); null values leave a gap.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Data, bool Dashed = false);

public sealed record ChartData(IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, string YTitle);
