using System.Globalization;
using HrScorecard.Domain.Scoring;
using SkiaSharp;

namespace HrScorecard.Web.Reports;

/// <summary>
/// How the report writes numbers and lights, in the reader's culture: scores with one decimal ("87.3", id-ID "87,3"),
/// weights as percentages with one decimal, measured values with up to two decimals and digit grouping.
/// </summary>
public sealed class ReportFormat(CultureInfo culture)
{
    public const string NoData = "–";

    public CultureInfo Culture => culture;

    public string Score(double? score) => score?.ToString("N1", culture) ?? NoData;

    public string Weight(double weight) => weight.ToString("P1", culture);

    public string Value(double? value) => value?.ToString("#,##0.##", culture) ?? NoData;

    public string Ratio(double? value) => value?.ToString("0.000", culture) ?? NoData;

    public string Date(DateOnly? date) => date?.ToString("d MMM yyyy", culture) ?? NoData;

    public string Timestamp(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", culture) + " UTC";

    public static string Label(TrafficLight light) => light switch
    {
        TrafficLight.Green => "Green",
        TrafficLight.Yellow => "Yellow",
        TrafficLight.Red => "Red",
        _ => "No data",
    };

    /// <summary>What the light asks of the reader, for the cover.</summary>
    public static string Meaning(TrafficLight light) => light switch
    {
        TrafficLight.Green => "on track",
        TrafficLight.Yellow => "watch",
        TrafficLight.Red => "act now",
        _ => "no actuals recorded",
    };

    public static SKColor Colour(TrafficLight light) => light switch
    {
        TrafficLight.Green => new SKColor(0x2E, 0x7D, 0x32),
        TrafficLight.Yellow => new SKColor(0xF9, 0xA8, 0x25),
        TrafficLight.Red => new SKColor(0xC6, 0x28, 0x28),
        _ => new SKColor(0x9E, 0x9E, 0x9E),
    };
}
