using HrScorecard.Domain.Scoring;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Scoring;

/// <summary>
/// The word a traffic light is shown with, on every page (Pages/Shared/_TrafficLight) and in the PDF report: one set of
/// words, so the screen and the printout never name a light differently. Texts in Resources/Scoring/TrafficLightWords.
/// </summary>
/// <remarks>A sealed class rather than a static one only so that it can name its own texts: IStringLocalizer&lt;TrafficLightWords&gt;.</remarks>
public sealed class TrafficLightWords
{
    private TrafficLightWords()
    {
    }

    /// <summary>The English word, which is also the key of its translations.</summary>
    public static string English(TrafficLight light) => light switch
    {
        TrafficLight.Red => "Red",
        TrafficLight.Yellow => "Yellow",
        TrafficLight.Green => "Green",
        _ => "No data",
    };

    /// <summary>The word in the current UI language; English without a localizer.</summary>
    public static string Of(TrafficLight light, IStringLocalizer<TrafficLightWords>? text) =>
        text is null ? English(light) : text[English(light)].Value;
}
