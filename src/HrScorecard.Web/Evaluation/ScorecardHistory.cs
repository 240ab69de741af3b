using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Evaluation;

/// <summary>One period's evaluation, for trends.</summary>
public sealed record PeriodResult(ReportingPeriod Period, ScorecardResult Result);

public static class ScorecardHistory
{
    /// <summary>Every period of the scorecard, oldest first, each evaluated with the weights in force for it.</summary>
    public static async Task<IReadOnlyList<PeriodResult>> EvaluateAllPeriodsAsync(ScorecardDbContext db, int scorecardId,
        CancellationToken cancellationToken = default)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == scorecardId)
            .OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        var results = new List<PeriodResult>(periods.Count);
        foreach (var period in periods)
            results.Add(new PeriodResult(period, await ScorecardCalculation.EvaluateAsync(db, scorecardId, period.Id, cancellationToken)));
        return results;
    }
}
