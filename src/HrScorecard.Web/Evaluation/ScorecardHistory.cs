using HrScorecard.Web.Data;

namespace HrScorecard.Web.Evaluation;

/// <summary>One period's evaluation, for trends.</summary>
public sealed record PeriodResult(ReportingPeriod Period, ScorecardResult Result);

public static class ScorecardHistory
{
    /// <summary>Every period of the scorecard, oldest first, each evaluated with the weights in force for it.</summary>
    public static Task<IReadOnlyList<PeriodResult>> EvaluateAllPeriodsAsync(ScorecardDbContext db, int scorecardId,
        CancellationToken cancellationToken = default)
        => ScorecardCalculation.EvaluateAllPeriodsAsync(db, scorecardId, cancellationToken);
}
