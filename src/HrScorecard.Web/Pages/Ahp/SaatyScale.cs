using HrScorecard.Domain.Ahp;

namespace HrScorecard.Web.Pages.Ahp;

/// <summary>
/// The 17-point scale as a form shows it: a signed intensity, k (2–9) for "left matters k times more",
/// −k for the reverse, 1 for equal. Kept as integers in forms so no reciprocal is ever rounded.
/// </summary>
public static class SaatyScale
{
    public static IReadOnlyList<int> Points { get; } = [9, 8, 7, 6, 5, 4, 3, 2, 1, -2, -3, -4, -5, -6, -7, -8, -9];

    public static bool IsValid(int point) => point is >= 2 and <= 9 or 1 or <= -2 and >= -9;

    public static double ToValue(int point) => point >= 1 ? point : 1.0 / -point;

    public static int FromValue(double value) => value >= 1 ? (int)Math.Round(value) : -(int)Math.Round(1 / value);

    public static string Label(int point, string left, string right) => point switch
    {
        1 => $"{left} and {right} are equally important",
        > 1 => $"{left} is {Judgment.Meaning(point)} than {right} ({point})",
        _ => $"{right} is {Judgment.Meaning(-point)} than {left} ({-point})",
    };
}
