using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Rounds;
using HrScorecard.Web.Pages.Weights;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Reports;

/// <summary>A KPI; <paramref name="Objective"/> is the path of the objectives between its perspective and it, if any.</summary>
public sealed record ReportKpi(string Code, string Name, double LocalWeight, double GlobalWeight, double? Target,
    double? Actual, string Unit, double? Score, TrafficLight Light, string? Objective = null);

/// <summary>A node between a perspective and its KPIs; <paramref name="Path"/> names it with the objectives above it.</summary>
public sealed record ReportObjective(string Path, double LocalWeight, double? Score, TrafficLight Light);

public sealed record ReportPerspective(string Name, double Weight, double? Score, TrafficLight Light, IReadOnlyList<ReportKpi> Kpis,
    IReadOnlyList<ReportObjective>? Objectives = null)
{
    public int Count(TrafficLight light) => Kpis.Count(k => k.Light == light);
}

/// <summary>One period of the trend: the overall index and each perspective's score, in perspective order.</summary>
public sealed record ReportTrendPoint(string Period, double? Overall, IReadOnlyList<double?> Perspectives);

public sealed record ReportAction(string KpiCode, string Period, string Description, string Owner, DateOnly? DueDate, ActionStatus Status);

/// <summary>
/// One comparison set: how a parent's children were weighted (local weights in child order); CR and λmax only when the
/// weights came from pairwise comparisons, <paramref name="Round"/> only when they came from an applied weighting round.
/// </summary>
public sealed record ReportWeighting(string Parent, string Source, IReadOnlyList<ReportChildWeight> Children, double? LambdaMax,
    double? ConsistencyRatio, bool? IsConsistent, ReportRound? Round = null);

public sealed record ReportChildWeight(string Name, double LocalWeight);

/// <summary>The applied round a set's weights came from: who submitted the set and how far they agree (S*, null below two).</summary>
public sealed record ReportRound(string Name, int Respondents, double? Consensus, ConsensusBand? Band);

/// <summary>Everything the PDF shows, taken from <see cref="ScorecardCalculation.EvaluateAllPeriodsAsync"/> (the dashboard's computation) and the database.</summary>
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

        var history = await ScorecardCalculation.EvaluateAllPeriodsAsync(db, scorecardId, cancellationToken);
        var result = history.Single(h => h.Period.Id == periodId).Result;
        var nodes = await db.Nodes.AsNoTracking().Include(n => n.Kpi).Where(n => n.ScorecardId == scorecardId).ToListAsync(cancellationToken);
        var childrenOf = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        List<Data.ScorecardNode> Children(Data.ScorecardNode node) => [.. childrenOf[node.Id].OrderBy(c => c.Position).ThenBy(c => c.Id)];
        IEnumerable<Data.ScorecardNode> Below(Data.ScorecardNode node) => Children(node).SelectMany(c => Below(c).Prepend(c));

        var byId = nodes.ToDictionary(n => n.Id);
        // "Retention › Early leavers": the objectives from just below the perspective down to this node; null for the perspective.
        string? ObjectivePath(int nodeId, Data.ScorecardNode perspective)
        {
            var names = new List<string>();
            for (var node = byId[nodeId]; node.Id != perspective.Id && node.ParentId is not null; node = byId[node.ParentId.Value])
                names.Insert(0, node.Name);
            return names.Count == 0 ? null : string.Join(" › ", names);
        }

        var root = nodes.Single(n => n.ParentId is null);
        var perspectiveNodes = Children(root);
        var perspectives = perspectiveNodes.Select(p =>
        {
            var evaluation = result.ByNodeId[p.Id];
            var below = Below(p).ToList();
            var kpis = below.Prepend(p).Where(n => n.Kpi is not null && !childrenOf[n.Id].Any()).Select(n =>
            {
                var kpi = result.ByNodeId[n.Id];
                return new ReportKpi(n.Kpi!.Code, n.Name, kpi.LocalWeight, kpi.GlobalWeight,
                    result.TargetByKpi.TryGetValue(n.Id, out var target) ? target : null,
                    kpi.Kpi?.Actual, n.Kpi.Unit, kpi.Score, kpi.Light, n == p ? null : ObjectivePath(n.ParentId!.Value, p));
            }).ToList();
            var objectives = below.Where(n => childrenOf[n.Id].Any()).Select(n =>
            {
                var objective = result.ByNodeId[n.Id];
                return new ReportObjective(ObjectivePath(n.Id, p)!, objective.LocalWeight, objective.Score, objective.Light);
            }).ToList();
            return new ReportPerspective(p.Name, evaluation.LocalWeight, evaluation.Score, evaluation.Light, kpis, objectives);
        }).ToList();

        // A report stays as it was published: later periods are not part of its trend.
        var trend = history.Where(h => h.Period.StartDate <= period.StartDate).Select(h => new ReportTrendPoint(h.Period.Name, h.Result.Root.Score,
            [.. perspectiveNodes.Select(p => h.Result.ByNodeId[p.Id].Score)])).ToList();

        var inForce = await ScorecardCalculation.WeightingsInForceAsync(db, scorecardId, period, cancellationToken);
        var rounds = await db.WeightingRounds.AsNoTracking()
            .Where(r => r.ScorecardId == scorecardId && r.Status == Data.RoundStatus.Applied).ToListAsync(cancellationToken);
        var roundResults = await RoundResults.ComputeAsync(db, [.. rounds.Select(r => r.Id)], cancellationToken);
        var weightings = new[] { root }.Concat(Below(root)).Where(n => childrenOf[n.Id].Count() > 1).Select(n =>
        {
            var ahp = result.ByNodeId[n.Id].Priorities;
            var weighting = inForce.GetValueOrDefault(n.Id);
            var source = weighting?.Source is { Length: > 0 } s ? s : WeightingSource.EqualWeights;
            return new ReportWeighting(n.Name, source,
                [.. Children(n).Select(c => new ReportChildWeight(c.Name, result.ByNodeId[c.Id].LocalWeight))],
                ahp?.LambdaMax, ahp?.ConsistencyRatio, ahp?.IsConsistent, weighting is null ? null : RoundOf(weighting, rounds, roundResults));
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

    /// <summary>
    /// The round a weighting in force came from: applied from the weighting's first period and named in its source —
    /// applying a round (Pages/Rounds/Apply) writes both, the source by WeightingSource.OfRound — with a comparison
    /// set for its parent. Null for weightings HR entered, even from the same period.
    /// </summary>
    private static ReportRound? RoundOf(Data.NodeWeighting weighting, IReadOnlyList<Data.WeightingRound> rounds,
        IReadOnlyDictionary<int, IReadOnlyList<SetResult>> roundResults)
    {
        if (weighting.EffectiveFromPeriodId is not { } from) return null;
        var (round, set) = rounds
            .Where(r => r.AppliedFromPeriodId == from && WeightingSource.IsOfRound(weighting.Source, r.Id))
            .OrderByDescending(r => r.AppliedAt).ThenByDescending(r => r.Id)
            .Select(r => (r, roundResults[r.Id].FirstOrDefault(s => s.ParentNodeId == weighting.ParentNodeId)))
            .FirstOrDefault(x => x.Item2 is not null);
        if (round is null || set is null) return null;
        // The same figures as the round's results page: submitted, complete answers only.
        return new ReportRound(round.Name, set.Respondents.Count, set.Consensus, set.Consensus is { } c ? Consensus.Band(c) : null);
    }
}
