using System.Globalization;

namespace HrScorecard.Domain.Ahp;

/// <summary>Saaty's 1–9 judgment scale and the textual forms in which judgments are written.</summary>
public static class Judgment
{
    /// <summary>The 17 points of the scale, from 1/9 to 9, as exact doubles.</summary>
    public static IReadOnlyList<double> Scale { get; } =
        [.. Enumerable.Range(2, 8).Reverse().Select(k => 1.0 / k), 1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>Saaty's verbal meaning of an intensity 1–9 (Saaty 1980, Table 1), in English.</summary>
    /// <remarks>
    /// Deliberately not translated here: the web's <c>SaatyScale</c> builds its resource keys from these words and
    /// translates whole sentences ("{0} is strongly more important than {1}"), which read better than translated fragments.
    /// </remarks>
    public static string Meaning(int intensity) => intensity switch
    {
        1 => "equally important",
        2 => "equally to moderately more important",
        3 => "moderately more important",
        4 => "moderately to strongly more important",
        5 => "strongly more important",
        6 => "strongly to very strongly more important",
        7 => "very strongly more important",
        8 => "very strongly to extremely more important",
        9 => "extremely more important",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Saaty's scale runs from 1 to 9."),
    };

    /// <summary>
    /// Reads a judgment written as a number (<c>3</c>, <c>0.5</c>) or an exact fraction (<c>1/3</c>, <c>2/7</c>),
    /// invariant culture, so that reciprocals are kept exactly rather than as 0.33.
    /// </summary>
    public static bool TryParse(string? text, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split('/');
        const NumberStyles style = NumberStyles.Float;
        var ci = CultureInfo.InvariantCulture;
        if (parts.Length == 1)
            return double.TryParse(parts[0].Trim(), style, ci, out value) && double.IsFinite(value);
        if (parts.Length == 2
            && double.TryParse(parts[0].Trim(), style, ci, out var numerator)
            && double.TryParse(parts[1].Trim(), style, ci, out var denominator)
            && denominator != 0)
        {
            value = numerator / denominator;
            return double.IsFinite(value);
        }
        return false;
    }

    /// <summary>Writes a judgment the way people read it: <c>3</c>, <c>1/3</c>, or a decimal when it is neither.</summary>
    public static string Format(double value)
    {
        var rounded = Math.Round(value);
        if (rounded >= 1 && Math.Abs(value - rounded) < 1e-9) return rounded.ToString(CultureInfo.InvariantCulture);
        var inverse = Math.Round(1 / value);
        if (inverse >= 2 && Math.Abs(1 / value - inverse) < 1e-9) return "1/" + inverse.ToString(CultureInfo.InvariantCulture);
        return value.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>The point of Saaty's scale nearest to <paramref name="value"/> on a logarithmic scale.</summary>
    public static double NearestOnScale(double value) =>
        Scale.MinBy(point => Math.Abs(Math.Log(point) - Math.Log(value)));
}
