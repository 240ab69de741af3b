using System.Globalization;

namespace HrScorecard.Web.Tests;

/// <summary>
/// The one place tests compare doubles. Figures printed in DOMAIN.md are checked "as printed": the value the API returns
/// must round to the printed one. Computed-vs-computed comparisons name their tolerance explicitly.
/// </summary>
internal static class Tolerance
{
    /// <summary>For results of exact arithmetic that differ only by rounding (a few ulps on values near 1).</summary>
    public const double Rounding = 1e-12;

    /// <summary>Covers the binary representation of a printed decimal (0.0777 is not exactly representable).</summary>
    private const double RepresentationSlack = 1e-12;

    public static void Close(double expected, double actual, double tolerance, string what)
    {
        var difference = Math.Abs(expected - actual);
        if (!(difference <= tolerance))
            Assert.Fail($"{what}: expected {Show(expected)} ± {Show(tolerance)}, but got {Show(actual)} (off by {Show(difference)}).");
    }

    public static void AsPrinted(double printed, double actual, int decimals, string what)
    {
        if (!(Math.Abs(printed - actual) <= 0.5 * Math.Pow(10, -decimals) + RepresentationSlack))
            Assert.Fail(
                $"{what}: expected {printed.ToString("F" + decimals, CultureInfo.InvariantCulture)} as printed " +
                $"(to {decimals} decimals), but got {Show(actual)}.");
    }

    public static void AllAsPrinted(IReadOnlyList<double> printed, IReadOnlyList<double> actual, int decimals, string what)
    {
        Assert.Equal(printed.Count, actual.Count);
        for (var i = 0; i < printed.Count; i++) AsPrinted(printed[i], actual[i], decimals, $"{what}[{i}]");
    }

    public static void AllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }

    private static string Show(double value) => value.ToString("G17", CultureInfo.InvariantCulture);
}
