using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>
/// Copies a stored scorecard's tree (and on request its weights, periods and targets) into a new, still unsaved
/// scorecard. Everything is only added to the change tracker, so the caller's single SaveChanges writes all of it in
/// one transaction or nothing.
/// </summary>
public static class ScorecardCopy
{
    public sealed record Options(bool Weights, bool PeriodsAndTargets);

    /// <summary>Adds the copies to <paramref name="db"/> and returns the copied top node (null if the source has none).</summary>
    public static async Task<ScorecardNode?> CopyAsync(ScorecardDbContext db, int sourceId, Scorecard target, Options options,
        CancellationToken cancellationToken = default)
    {
        var nodes = await db.Nodes.AsNoTracking().Include(n => n.Kpi)
            .Where(n => n.ScorecardId == sourceId).ToListAsync(cancellationToken);
        var copies = nodes.ToDictionary(n => n.Id, n => new ScorecardNode
        {
            Scorecard = target, Name = n.Name, Description = n.Description, Position = n.Position,
        });
        foreach (var node in nodes)
        {
            var copy = copies[node.Id];
            if (node.ParentId is { } parentId) copy.Parent = copies[parentId];
            if (node.Kpi is { } kpi)
                copy.Kpi = new Kpi
                {
                    Node = copy, Scorecard = target, Code = kpi.Code, Unit = kpi.Unit, Method = kpi.Method,
                    IndicatorType = kpi.IndicatorType, DataSource = kpi.DataSource, YellowFrom = kpi.YellowFrom,
                    GreenFrom = kpi.GreenFrom, OmaxLevels = [.. kpi.OmaxLevels],
                };
            db.Add(copy);
        }

        if (options.Weights) await CopyLatestWeightsAsync(db, sourceId, target, copies, cancellationToken);
        if (options.PeriodsAndTargets) await CopyPeriodsAsync(db, sourceId, target, copies, cancellationToken);
        return nodes.Where(n => n.ParentId is null).Select(n => copies[n.Id]).FirstOrDefault();
    }

    // The clone starts a new history: the latest version of each parent's weights applies to it from the start.
    private static async Task CopyLatestWeightsAsync(ScorecardDbContext db, int sourceId, Scorecard target,
        Dictionary<int, ScorecardNode> copies, CancellationToken cancellationToken)
    {
        var weightings = await db.Weightings.AsNoTracking()
            .Include(w => w.ChildWeights).Include(w => w.Judgments).Include(w => w.EffectiveFromPeriod)
            .Where(w => w.ScorecardId == sourceId).ToListAsync(cancellationToken);
        foreach (var latest in weightings.GroupBy(w => w.ParentNodeId).Select(g => g
                     .OrderByDescending(w => w.EffectiveFromPeriod?.StartDate ?? DateOnly.MinValue)
                     .ThenByDescending(w => w.Id).First()))
        {
            db.Add(new NodeWeighting
            {
                Scorecard = target,
                ParentNode = copies[latest.ParentNodeId],
                Method = latest.Method,
                Source = latest.Source,
                ChildWeights = [.. latest.ChildWeights.Select(c => new ChildWeight { ChildNode = copies[c.ChildNodeId], Weight = c.Weight })],
                Judgments = [.. latest.Judgments.Select(j => new PairwiseJudgment
                {
                    RowNode = copies[j.RowNodeId], ColumnNode = copies[j.ColumnNodeId], Value = j.Value,
                })],
            });
        }
    }

    private static async Task CopyPeriodsAsync(ScorecardDbContext db, int sourceId, Scorecard target,
        Dictionary<int, ScorecardNode> copies, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == sourceId).ToListAsync(cancellationToken);
        var periodCopies = periods.ToDictionary(p => p.Id, p => new ReportingPeriod
        {
            Scorecard = target, Name = p.Name, StartDate = p.StartDate, EndDate = p.EndDate,
        });
        db.AddRange(periodCopies.Values);
        var targets = await db.Targets.AsNoTracking().Where(t => t.Kpi!.ScorecardId == sourceId).ToListAsync(cancellationToken);
        foreach (var t in targets)
            db.Add(new KpiTarget { Kpi = copies[t.KpiNodeId].Kpi, Period = periodCopies[t.PeriodId], Value = t.Value });
    }
}
