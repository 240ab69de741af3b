using HrScorecard.Domain.Ahp;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>
/// How strongly the directors agree (<see cref="Consensus.Band"/>) in words, as the round results page and the PDF's
/// weights section both say it. Texts in Resources/Pages/Rounds/ConsensusBandWords.
/// </summary>
/// <remarks>A sealed class rather than a static one only so that it can name its own texts: IStringLocalizer&lt;ConsensusBandWords&gt;.</remarks>
public sealed class ConsensusBandWords
{
    private ConsensusBandWords()
    {
    }

    /// <summary>The English words, which are also the key of their translations.</summary>
    public static string English(ConsensusBand band) => band switch
    {
        ConsensusBand.VeryLow => "very low",
        ConsensusBand.Low => "low",
        ConsensusBand.Moderate => "moderate",
        ConsensusBand.High => "high",
        _ => "very high",
    };

    /// <summary>The words in the current UI language; English without a localizer.</summary>
    public static string Of(ConsensusBand band, IStringLocalizer<ConsensusBandWords>? text) =>
        text is null ? English(band) : text[English(band)].Value;
}
