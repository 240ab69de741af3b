namespace HrScorecard.Domain.Scoring;

/// <summary>How a KPI's actual is turned into a score on the % scale (seed 003 §2.2.13; seed 002 for OMAX).</summary>
public enum ScoringMethod
{
    /// <summary>actual / target × 100.</summary>
    HigherIsBetter,

    /// <summary>(2 − actual / target) × 100, floored at 0.</summary>
    LowerIsBetter,

    /// <summary>100 when the actual is exactly 0, else 0.</summary>
    MustBeZero,

    /// <summary>100 when the actual is exactly 1, else 0.</summary>
    MustBeOne,

    /// <summary>The actual's level on an OMAX ladder × 10.</summary>
    Omax,
}

/// <summary>A KPI's scoring method with what it needs: a target for the ratio methods, a ladder for OMAX.</summary>
public sealed record KpiScoringRule
{
    /// <summary>Checks that the method has what it needs; messages name the field to fix.</summary>
    public KpiScoringRule(ScoringMethod method, double? target = null, OmaxLadder? ladder = null)
    {
        if (!Enum.IsDefined(method))
            throw new DomainValidationException(Messages.Format("Unknown scoring method {0}.", method), "method");
        if (method is ScoringMethod.HigherIsBetter or ScoringMethod.LowerIsBetter)
        {
            if (target is null || !double.IsFinite(target.Value))
                throw new DomainValidationException(Messages.Format("A {0} KPI needs a target.", Describe(method)), "target");
            if (target.Value == 0)
                throw new DomainValidationException(
                    Messages.Format("The target of a {0} KPI cannot be 0: the score is actual ÷ target. For a KPI whose goal is zero, use the \"must be zero\" method.",
                        Describe(method)), "target");
            if (target.Value < 0)
                throw new DomainValidationException(
                    Messages.Format("The target of a {0} KPI must be positive (it is {1}): a negative target turns the ratio upside down. For measures that can be negative, use an OMAX ladder.",
                        Describe(method), target.Value), "target");
        }
        if (method == ScoringMethod.Omax && ladder is null)
            throw new DomainValidationException(Messages.Get("An OMAX KPI needs its ladder of eleven values (levels 0 to 10)."), "omaxLevels");
        Method = method;
        Target = method switch
        {
            ScoringMethod.MustBeZero => 0,
            ScoringMethod.MustBeOne => 1,
            _ => target,
        };
        Ladder = method == ScoringMethod.Omax ? ladder : null;
    }

    /// <summary>How the score is computed.</summary>
    public ScoringMethod Method { get; }

    /// <summary>The target (0 for must-be-zero, 1 for must-be-one; for OMAX whatever the user keeps for reference).</summary>
    public double? Target { get; }

    /// <summary>The OMAX ladder; null for the other methods.</summary>
    public OmaxLadder? Ladder { get; }

    /// <summary>The thresholds a KPI of this method is coloured with unless it overrides them.</summary>
    public Thresholds DefaultThresholds(Thresholds scorecardThresholds) =>
        Method == ScoringMethod.Omax ? Thresholds.Omax : scorecardThresholds;

    /// <summary>
    /// The score of <paramref name="actual"/> in %, never below 0 and, when a cap is set, never above it.
    /// Must-be-zero/one compare exactly: 0.0001 accidents is not zero accidents.
    /// </summary>
    public double Score(double actual, double? scoreCap = null)
    {
        if (!double.IsFinite(actual))
            throw new DomainValidationException(Messages.Format("The actual must be a number, but is {0}.", actual), "actual");
        ScoreCap.Check(scoreCap);
        var raw = Method switch
        {
            ScoringMethod.HigherIsBetter => actual / Target!.Value * 100,
            ScoringMethod.LowerIsBetter => (2 - actual / Target!.Value) * 100,
            ScoringMethod.MustBeZero => actual == 0 ? 100 : 0,
            ScoringMethod.MustBeOne => actual == 1 ? 100 : 0,
            _ => Ladder!.LevelOf(actual) * 10,
        };
        if (!double.IsFinite(raw))
            throw new DomainValidationException(
                Messages.Format("The actual {0} is too large against the target to give a score.", actual), "actual");
        var floored = Math.Max(0, raw);
        return scoreCap is { } cap ? Math.Min(floored, cap) : floored;
    }

    /// <summary>The method's name, for pages and reports, in the current UI culture.</summary>
    public static string Describe(ScoringMethod method) => method switch
    {
        ScoringMethod.HigherIsBetter => Messages.Get("higher-is-better"),
        ScoringMethod.LowerIsBetter => Messages.Get("lower-is-better"),
        ScoringMethod.MustBeZero => Messages.Get("must-be-zero"),
        ScoringMethod.MustBeOne => Messages.Get("must-be-one"),
        _ => "OMAX",
    };

    /// <summary>How the score is computed, in one sentence in the current UI culture.</summary>
    public static string Formula(ScoringMethod method) => method switch
    {
        ScoringMethod.HigherIsBetter => Messages.Get("Score = actual ÷ target × 100 (floored at 0)."),
        ScoringMethod.LowerIsBetter => Messages.Get("Score = (2 − actual ÷ target) × 100, floored at 0 (an actual of twice the target or more scores 0)."),
        ScoringMethod.MustBeZero => Messages.Get("Score = 100 when the actual is exactly 0, otherwise 0."),
        ScoringMethod.MustBeOne => Messages.Get("Score = 100 when the actual is exactly 1, otherwise 0."),
        _ => Messages.Get("Score = the actual's level on the OMAX ladder (0–10, interpolated between levels) × 10."),
    };
}

/// <summary>The optional per-scorecard ceiling on KPI scores (off by default).</summary>
public static class ScoreCap
{
    /// <summary>Rejects a cap that is not a number of at least 100 (a lower cap would mark a KPI that meets its target as missing it).</summary>
    public static void Check(double? cap)
    {
        if (cap is { } c && (!double.IsFinite(c) || c < 100))
            throw new DomainValidationException(
                Messages.Format("The score cap must be at least 100 (or none), but is {0}.", c), "scoreCap");
    }
}
