using System.Globalization;
using System.Resources;

namespace HrScorecard.Web.Evaluation;

/// <summary>
/// The warnings <see cref="ScorecardCalculation"/> attaches to a result, in the current UI culture (set per request), from
/// Resources/Evaluation/EvaluationMessages(.id-ID).resx; the key is the English text. A static class cannot be the T of
/// IStringLocalizer&lt;T&gt;, so it reads its resources directly, as the domain does.
/// </summary>
internal static class EvaluationMessages
{
    private static readonly ResourceManager Texts =
        new("HrScorecard.Web.Resources.Evaluation.EvaluationMessages", typeof(EvaluationMessages).Assembly);

    public static string Get(string english) => Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    public static string Format(string english, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(english), arguments);
}
