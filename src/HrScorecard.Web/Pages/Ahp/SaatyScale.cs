using System.Globalization;
using HrScorecard.Domain.Ahp;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Ahp;

/// <summary>
/// The 17-point scale as a form shows it: a signed intensity, k (2–9) for "left matters k times more",
/// −k for the reverse, 1 for equal. Kept as integers in forms so no reciprocal is ever rounded.
/// </summary>
/// <remarks>A sealed class rather than a static one only so that it can name its own texts: IStringLocalizer&lt;SaatyScale&gt;.</remarks>
public sealed class SaatyScale
{
    private SaatyScale()
    {
    }

    public static IReadOnlyList<int> Points { get; } = [9, 8, 7, 6, 5, 4, 3, 2, 1, -2, -3, -4, -5, -6, -7, -8, -9];

    public static bool IsValid(int point) => point is >= 2 and <= 9 or 1 or <= -2 and >= -9;

    public static double ToValue(int point) => point >= 1 ? point : 1.0 / -point;

    public static int FromValue(double value) => value >= 1 ? (int)Math.Round(value) : -(int)Math.Round(1 / value);

    /// <summary>The verbal meaning of a point; in English without a localizer, else in the request's language.</summary>
    public static string Label(int point, string left, string right, IStringLocalizer<SaatyScale>? text = null) => point switch
    {
        1 => Say(text, "{0} and {1} are equally important", left, right),
        > 1 => Say(text, Sentence(point), left, right, point),
        _ => Say(text, Sentence(-point), right, left, -point),
    };

    // The key is the English sentence, e.g. "{0} is strongly more important than {1} ({2})", one per intensity 2–9.
    private static string Sentence(int intensity) => $"{{0}} is {Judgment.Meaning(intensity)} than {{1}} ({{2}})";

    private static string Say(IStringLocalizer<SaatyScale>? text, string key, params object[] arguments) =>
        text is null ? string.Format(CultureInfo.InvariantCulture, key, arguments) : text[key, arguments].Value;
}
