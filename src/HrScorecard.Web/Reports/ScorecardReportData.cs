using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Reports;

public sealed record ReportKpi(string Code, string Name, double LocalWeight, double GlobalWeight, double? Target,
    double? Actual, string Unit, double? Score, TrafficLight Light);

public sealed record ReportPerspective(string Name, double Weight, double? Score, TrafficLight Light, IReadOnlyList<ReportKpi> Kpis)
{
    public int Count(TrafficLight light) => Kpis.Count(k => k.Light == light);
}

/// <summary>One period of the trend: the overall index and each perspective's score, in perspective order.</summary>
public sealed record ReportTrendPoint(string Period, double? Overall, IReadOnlyList<double?> Perspectives);

public sealed record ReportAction(string KpiCode, string Period, string Description, string Owner, DateOnly? DueDate, ActionStatus Status);

/// <summary>How one parent's children were weighted; CR and λmax only when the weights came from pairwise comparisons.</summary>
public sealed record ReportWeighting(string Parent, string Source, int Children, double? LambdaMax, double? ConsistencyRatio, bool? IsConsistent);

/// <summary>Everything the PDF shows, taken from <see cref="ScorecardHistory"/> (the dashboard's computation) and the database.</summary>
public sealed record ScorecardReportData(
    string ScorecardName,
    string OrganisationUnit,
    string PeriodName,
    double? Overall,
    TrafficLight OverallLight,
    Thresholds Thresholds,
    IReadOnlyList<ReportPerspective> Perspectives,
    IReadOnlyList<ReportTrendPoint> Trend,
    IReadOnlyList<ReportAction> OpenActions,
    IReadOnlyList<ReportWeighting> Weightings,
    IReadOnlyList<string> Warnings,
    DateTime GeneratedAtUtc,
    string GeneratedBy)
{
    /// <summary>The period's survey KPIs with their statistics, for the appendix.</summary>
    public IReadOnlyList<ReportSurvey> Surveys { get; init; } = [];

    /// <summary>The report of a scorecard for one of its periods; null when either does not exist.</summary>
    public static async Task<ScorecardReportData?> LoadAsync(ScorecardDbContext db, int scorecardId, int periodId,
        string generatedBy, CancellationToken cancellationToken = default)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId, cancellationToken);
        if (scorecard is null || period is null) return null;

        var history = await ScorecardHistory.EvaluateAllPeriodsAsync(db, scorecardId, cancellationToken);
        var result = history.Single(h => h.Period.Id == periodId).Result;
        var nodes = await db.Nodes.AsNoTracking().Include(n => n.Kpi).Where(n => n.ScorecardId == scorecardId).ToListAsync(cancellationToken);
        var childrenOf = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        List<Data.ScorecardNode> Children(Data.ScorecardNode node) => [.. childrenOf[node.Id].OrderBy(c => c.Position).ThenBy(c => c.Id)];
        IEnumerable<Data.ScorecardNode> Below(Data.ScorecardNode node) => Children(node).SelectMany(c => Below(c).Prepend(c));

        var root = nodes.Single(n => n.ParentId is null);
        var perspectiveNodes = Children(root);
        var perspectives = perspectiveNodes.Select(p =>
        {
            var evaluation = result.ByNodeId[p.Id];
            var kpis = Below(p).Prepend(p).Where(n => n.Kpi is not null && !childrenOf[n.Id].Any()).Select(n =>
            {
                var kpi = result.ByNodeId[n.Id];
                return new ReportKpi(n.Kpi!.Code, n.Name, kpi.LocalWeight, kpi.GlobalWeight,
                    result.TargetByKpi.TryGetValue(n.Id, out var target) ? target : null,
                    kpi.Kpi?.Actual, n.Kpi.Unit, kpi.Score, kpi.Light);
            }).ToList();
            return new ReportPerspective(p.Name, evaluation.LocalWeight, evaluation.Score, evaluation.Light, kpis);
        }).ToList();

        // A report stays as it was published: later periods are not part of its trend.
        var trend = history.Where(h => h.Period.StartDate <= period.StartDate).Select(h => new ReportTrendPoint(h.Period.Name, h.Result.Root.Score,
            [.. perspectiveNodes.Select(p => h.Result.ByNodeId[p.Id].Score)])).ToList();

        var inForce = await ScorecardCalculation.WeightingsInForceAsync(db, scorecardId, period, cancellationToken);
        var weightings = new[] { root }.Concat(Below(root)).Where(n => childrenOf[n.Id].Count() > 1).Select(n =>
        {
            var ahp = result.ByNodeId[n.Id].Priorities;
            var source = inForce.GetValueOrDefault(n.Id)?.Source is { Length: > 0 } s ? s : "Equal weights (none set)";
            return new ReportWeighting(n.Name, source, childrenOf[n.Id].Count(), ahp?.LambdaMax, ahp?.ConsistencyRatio, ahp?.IsConsistent);
        }).ToList();

        // Open = not done, recorded for this period or an earlier one (later periods' actions are not known yet).
        var actions = (await db.ImprovementActions.AsNoTracking()
                .Where(a => a.Kpi!.ScorecardId == scorecardId && a.Status != ActionStatus.Done)
                .Select(a => new { a.Kpi!.Code, Period = a.Period!.Name, a.Period.StartDate, a.Description, a.Owner, a.DueDate, a.Status })
                .ToListAsync(cancellationToken))
            .Where(a => a.StartDate <= period.StartDate)
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Code)
            .Select(a => new ReportAction(a.Code, a.Period, a.Description, a.Owner, a.DueDate, a.Status)).ToList();

        return new ScorecardReportData(scorecard.Name, scorecard.OrganisationUnit, period.Name, result.Root.Score, result.Root.Light,
            new Thresholds(scorecard.YellowFrom, scorecard.GreenFrom), perspectives, trend, actions, weightings,
            result.Warnings, DateTime.UtcNow, generatedBy)
        {
            Surveys = await SurveyAppendix.LoadAsync(db, scorecardId, periodId, cancellationToken),
        };
    }
}
