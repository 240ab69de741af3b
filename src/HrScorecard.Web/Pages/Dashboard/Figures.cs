using System.Globalization;
using System.Text.Json;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>How the dashboard pages print numbers, in the user's culture; "no data" is a word, never a 0.</summary>
public static class Figures
{
    public const string NoData = "no data";

    public static string Score(double? score) => score?.ToString("0.00", CultureInfo.CurrentCulture) ?? NoData;

    public static string Weight(double weight) => weight.ToString("0.0000", CultureInfo.CurrentCulture);

    public static string Value(double? value) => value?.ToString("#,##0.##", CultureInfo.CurrentCulture) ?? NoData;

    /// <summary>Chart data for wwwroot/js/trend-chart.js; the default encoder escapes &lt; and &gt;, so it is safe inside a script block.</summary>
    public static string Json(object data) => JsonSerializer.Serialize(data, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>One line of a line chart (trend-chart.js); null values leave a gap.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Data, bool Dashed = false);

public sealed record ChartData(IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, string YTitle);
