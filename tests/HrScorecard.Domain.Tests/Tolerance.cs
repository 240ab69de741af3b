using System.Globalization;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests;

/// <summary>
/// The one place tests compare doubles. Published figures are checked "as printed": the computed value must round to
/// the printed one, i.e. lie within half a unit of its last printed decimal. Computed-vs-computed comparisons name
/// their tolerance explicitly.
/// </summary>
internal static class Tolerance
{
    /// <summary>For results of exact arithmetic that differ only by rounding (a few ulps on values near 1).</summary>
    public const double Rounding = 1e-12;

    /// <summary>Covers the binary representation of a printed decimal (e.g. 0.0280 is not exactly representable).</summary>
    private const double RepresentationSlack = 1e-12;

    public static void Close(double expected, double actual, double tolerance, string? what = null)
    {
        var difference = Math.Abs(expected - actual);
        if (!(difference <= tolerance))
            Assert.Fail($"{Label(what)}expected {Show(expected)} ± {Show(tolerance)}, but got {Show(actual)} (off by {Show(difference)}).");
    }

    public static void AsPrinted(double printed, double actual, int decimals, string? what = null)
    {
        var halfUnit = 0.5 * Math.Pow(10, -decimals);
        var difference = Math.Abs(printed - actual);
        if (!(difference <= halfUnit + RepresentationSlack))
            Assert.Fail(
                $"{Label(what)}expected {printed.ToString("F" + decimals, CultureInfo.InvariantCulture)} as printed " +
                $"(to {decimals} decimals), but got {Show(actual)}.");
    }

    public static void AllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string? what = null)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }

    public static void AllAsPrinted(IReadOnlyList<double> printed, IReadOnlyList<double> actual, int decimals, string? what = null)
    {
        Assert.Equal(printed.Count, actual.Count);
        for (var i = 0; i < printed.Count; i++) AsPrinted(printed[i], actual[i], decimals, $"{what}[{i}]");
    }

    /// <summary>Relative comparison for positive quantities spanning orders of magnitude (matrix entries, ratios).</summary>
    public static void Relative(double expected, double actual, double relativeTolerance, string? what = null) =>
        Close(expected, actual, relativeTolerance * Math.Abs(expected), what);

    /// <summary>Checks A·w = λ·w entry by entry: an eigenpair verified without trusting how it was found.</summary>
    public static void EigenResidual(PairwiseMatrix matrix, IReadOnlyList<double> w, double lambda, double tolerance)
    {
        for (var i = 0; i < matrix.Size; i++)
        {
            var aw = 0.0;
            for (var j = 0; j < matrix.Size; j++) aw += matrix[i, j] * w[j];
            Close(lambda * w[i], aw, tolerance, $"(A·w)[{i}] vs λ·w[{i}]");
        }
    }

    private static string Label(string? what) => what is null ? "" : what + ": ";

    private static string Show(double value) => value.ToString("G17", CultureInfo.InvariantCulture);
}
