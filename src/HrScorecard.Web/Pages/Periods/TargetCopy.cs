using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Periods;

/// <summary>What copying targets did: how many were copied from which period, or why nothing was.</summary>
public sealed record TargetCopyOutcome(int Copied, int AlreadySet, string? From, string? Error);

/// <summary>
/// "Copy last period's targets": every KPI without a target in the period gets the one it had in the period before
/// (the latest starting earlier). Targets already set are kept — HR may have started entering the new ones.
/// </summary>
public static class TargetCopy
{
    public static async Task<TargetCopyOutcome> FromPreviousPeriodAsync(ScorecardDbContext db, ReportingPeriod period, IStringLocalizer text)
    {
        if (period.IsLocked)
            return new(0, 0, null, text["Period {0} is locked (its report is published), so its targets cannot change.", period.Name]);
        var previous = await db.Periods.AsNoTracking()
            .Where(p => p.ScorecardId == period.ScorecardId && p.StartDate < period.StartDate)
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync();
        if (previous is null)
            return new(0, 0, null, text["No period starts before {0}, so there are no targets to copy.", period.Name]);

        var source = await db.Targets.AsNoTracking().Where(t => t.PeriodId == previous.Id).ToListAsync();
        var alreadySet = await db.Targets.Where(t => t.PeriodId == period.Id).Select(t => t.KpiNodeId).ToListAsync();
        var copies = source.Where(t => !alreadySet.Contains(t.KpiNodeId))
            .Select(t => new KpiTarget { KpiNodeId = t.KpiNodeId, PeriodId = period.Id, Value = t.Value })
            .ToList();
        db.Targets.AddRange(copies);
        await db.SaveChangesAsync(); // one SaveChanges: one transaction with its audit rows
        return new(copies.Count, source.Count - copies.Count, previous.Name, null);
    }
}
