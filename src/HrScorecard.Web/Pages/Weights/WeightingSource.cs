using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Weights;

/// <summary>
/// Where a stored weighting came from (<see cref="Data.NodeWeighting.Source"/>). The application writes these phrases
/// in English, whatever the writer's language, because the report recognises a round by its phrase; they are shown in the
/// reader's language from Resources/Pages/Weights/WeightingSource. A source typed by a person (the demo's) is shown as is.
/// </summary>
/// <remarks>A sealed class rather than a static one only so that it can name its own texts: IStringLocalizer&lt;WeightingSource&gt;.</remarks>
public sealed partial class WeightingSource
{
    private WeightingSource()
    {
    }

    public const string DirectByHr = "Direct weights entered by HR";
    public const string PairwiseByHr = "Pairwise matrix entered by HR";

    /// <summary>For a set whose weights nobody has set (its children weigh the same); never stored.</summary>
    public const string EqualWeights = "Equal weights (none set)";

    public static string OfRound(int roundId, string roundName) => $"Weighting round {roundId}: {roundName}";

    public static bool IsOfRound(string source, int roundId) => source.StartsWith($"Weighting round {roundId}:", StringComparison.Ordinal);

    /// <summary>The source in the current UI language; as stored without a localizer.</summary>
    public static string Of(string source, IStringLocalizer<WeightingSource>? text) =>
        text is null ? source
        : RoundSource().Match(source) is { Success: true } round ? text["Weighting round {0}: {1}", round.Groups[1].Value, round.Groups[2].Value].Value
        : source is DirectByHr or PairwiseByHr or EqualWeights ? text[source].Value
        : source;

    [GeneratedRegex(@"^Weighting round (\d+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex RoundSource();
}
