using System.Globalization;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Pages.Dashboard;
using HrScorecard.Web.Scoring;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace HrScorecard.Web.Reports;

/// <summary>
/// How the report writes numbers and lights, in the reader's culture. Scores, weights and values are printed by
/// <see cref="Figures"/>, exactly as the dashboard prints them; ratios, shares and dates are the report's own.
/// The report's words come from <paramref name="localizers"/> in the current UI culture: its own texts from
/// Resources/Reports/ReportFormat.*.resx (key = English text), words it shares with the pages (lights, consensus bands,
/// survey verdicts) from their own types' resources, see <see cref="TextsOf{T}"/>. Without localizers (benchmarks, direct
/// renders in tests) every word stays English.
/// </summary>
public sealed class ReportFormat(CultureInfo culture, IStringLocalizerFactory? localizers = null)
{
    public const string NoData = Figures.NoData;

    private readonly IStringLocalizerFactory? factory = localizers;
    private readonly StringLocalizer<ReportFormat>? text = localizers is null ? null : new StringLocalizer<ReportFormat>(localizers);
    private readonly StringLocalizer<TrafficLightWords>? lightWords = localizers is null ? null : new StringLocalizer<TrafficLightWords>(localizers);

    public CultureInfo Culture => culture;

    /// <summary>The texts of <typeparamref name="T"/> (words the report shares with the pages); null, meaning English, without localizers.</summary>
    public IStringLocalizer<T>? TextsOf<T>() => factory is null ? null : new StringLocalizer<T>(factory);

    /// <summary>The report text with English key <paramref name="english"/>, its placeholders filled in.</summary>
    public string this[string english, params object[] arguments] =>
        text is null ? string.Format(culture, english, arguments) : text[english, arguments].Value;

    /// <summary>The light's word in the reader's language, the same as on the pages (<see cref="TrafficLightWords"/>).</summary>
    public string LightWord(TrafficLight light) => TrafficLightWords.Of(light, lightWords);

    /// <summary>What the light asks of the reader, in the reader's language.</summary>
    public string LightMeaning(TrafficLight light) => this[Meaning(light)];

    public string Score(double? score) => Figures.Score(score, culture);

    public string Weight(double weight) => Figures.Weight(weight, culture);

    public string Value(double? value) => Figures.Value(value, culture);

    public string Ratio(double? value) => value?.ToString("0.000", culture) ?? Figures.NoDataIn(culture);

    /// <summary>A share such as the consensus S*: "82.4%" (id-ID "82,4%").</summary>
    public string Share(double? value) => value?.ToString("P1", culture) ?? Figures.NoDataIn(culture);

    public string Date(DateOnly? date) => date?.ToString("d MMM yyyy", culture) ?? Figures.NoDataIn(culture);

    public string Timestamp(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", culture) + " UTC";

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
