using System.Globalization;

namespace HrScorecard.Domain.Scoring;

/// <summary>
/// Objective Matrix (Riggs &amp; Felix 1983) ladder of one KPI: the values that reach performance levels 0 to 10.
/// Ascending when higher is better, descending when lower is better. Strictly monotonic, so every actual has one level.
/// </summary>
public sealed record OmaxLadder
{
    /// <summary>Number of values in a ladder: levels 0 to 10.</summary>
    public const int LevelCount = 11;

    /// <summary>A ladder from its eleven values, level 0 first.</summary>
    public OmaxLadder(IReadOnlyList<double> levels)
    {
        if (levels.Count != LevelCount)
            throw new DomainValidationException(
                Messages.Format("An OMAX ladder needs {0} values (levels 0 to 10), but {1} were given.", LevelCount, levels.Count));
        for (var k = 0; k < LevelCount; k++)
            if (!double.IsFinite(levels[k]))
                throw new DomainValidationException(Messages.Format("OMAX level {0} must be a number.", k), $"[{k}]");
        var ascending = levels[10] > levels[0];
        for (var k = 1; k < LevelCount; k++)
            if (ascending ? levels[k] <= levels[k - 1] : levels[k] >= levels[k - 1])
                throw new DomainValidationException(ascending
                    ? Messages.Format("OMAX level {0} ({1}) must be above level {2} ({3}): a ladder rises (or falls) strictly from level 0 to level 10.",
                        k, Show(levels[k]), k - 1, Show(levels[k - 1]))
                    : Messages.Format("OMAX level {0} ({1}) must be below level {2} ({3}): a ladder rises (or falls) strictly from level 0 to level 10.",
                        k, Show(levels[k]), k - 1, Show(levels[k - 1])), $"[{k}]");
        Levels = [.. levels];
    }

    /// <summary>The values for levels 0 to 10.</summary>
    public IReadOnlyList<double> Levels { get; }

    /// <summary>True when level 10 is the highest value (higher is better).</summary>
    public bool IsAscending => Levels[10] > Levels[0];

    /// <summary>
    /// The actual's level by linear interpolation between the two neighbouring levels; 0 when worse than level 0,
    /// 10 when better than level 10.
    /// </summary>
    public double LevelOf(double actual)
    {
        if (!double.IsFinite(actual))
            throw new DomainValidationException(Messages.Format("The actual must be a number, but is {0}.", actual), "actual");
        var direction = IsAscending ? 1 : -1;
        if (direction * (actual - Levels[0]) <= 0) return 0;
        if (direction * (actual - Levels[10]) >= 0) return 10;
        var k = 0;
        while (direction * (actual - Levels[k + 1]) > 0) k++;
        return k + (actual - Levels[k]) / (Levels[k + 1] - Levels[k]);
    }

    /// <summary>
    /// Fills the ladder from anchors (level → value) by linear interpolation between them and linear extrapolation past
    /// the outermost ones. The usual anchors: worst past value at level 0, baseline at 3, target at 10; seed 002 puts
    /// the worst realistic value at 3 and the target at 8.
    /// </summary>
    public static OmaxLadder FromAnchors(IReadOnlyList<(int Level, double Value)> anchors)
    {
        if (anchors.Count < 2)
            throw new DomainValidationException(Messages.Get("An OMAX ladder needs at least two anchors (e.g. baseline and target)."));
        var sorted = anchors.OrderBy(a => a.Level).ToArray();
        for (var k = 0; k < sorted.Length; k++)
        {
            if (sorted[k].Level is < 0 or > 10)
                throw new DomainValidationException(Messages.Format("Anchor level {0} is outside 0 to 10.", sorted[k].Level));
            if (k > 0 && sorted[k].Level == sorted[k - 1].Level)
                throw new DomainValidationException(Messages.Format("Two anchors are set for level {0}.", sorted[k].Level));
        }
        var values = new double[LevelCount];
        for (var level = 0; level < LevelCount; level++)
        {
            var right = Math.Clamp(Array.FindIndex(sorted, a => a.Level >= level), 1, sorted.Length - 1);
            if (sorted[right].Level < level) right = sorted.Length - 1;
            var (l0, v0) = sorted[right - 1];
            var (l1, v1) = sorted[right];
            values[level] = v0 + (v1 - v0) * (level - l0) / (l1 - l0);
        }
        return new OmaxLadder(values);
    }

    /// <summary>Worst past value at level 0, baseline at level 3, target at level 10 (Riggs' usual set-up).</summary>
    public static OmaxLadder FromAnchors(double worst, double baseline, double target) =>
        FromAnchors([(0, worst), (3, baseline), (10, target)]);

    private static string Show(double value) => value.ToString("G6", CultureInfo.CurrentCulture);
}
