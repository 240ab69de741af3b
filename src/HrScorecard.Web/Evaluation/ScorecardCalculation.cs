using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Hierarchy;
using DomainNode = HrScorecard.Domain.Hierarchy.ScorecardNode;
using DomainWeighting = HrScorecard.Domain.Hierarchy.NodeWeighting;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Evaluation;

/// <summary>One scorecard evaluated for one period by the domain engine, with each node's result by node id.</summary>
public sealed record ScorecardResult(
    NodeEvaluation Root,
    IReadOnlyDictionary<int, NodeEvaluation> ByNodeId,
    IReadOnlyDictionary<int, double> TargetByKpi,
    IReadOnlyList<string> Warnings);

/// <summary>One period's evaluation, for trends.</summary>
public sealed record PeriodResult(ReportingPeriod Period, ScorecardResult Result);

/// <summary>
/// Loads a scorecard's tree, the period's targets and actuals and the weights in force for the period, and evaluates
/// it with <see cref="ScorecardEvaluator"/>. Every page and report that shows a score goes through here, so all of
/// them show the same numbers.
/// </summary>
public static class ScorecardCalculation
{
    public static async Task<ScorecardResult> EvaluateAsync(ScorecardDbContext db, int scorecardId, int periodId,
        CancellationToken cancellationToken = default)
    {
        var stored = await LoadAsync(db, scorecardId, periodId, cancellationToken);
        return Evaluate(stored, stored.Periods.Single());
    }

    /// <summary>Every period of the scorecard, oldest first: one load for all of them, then one evaluation per period.</summary>
    public static async Task<IReadOnlyList<PeriodResult>> EvaluateAllPeriodsAsync(ScorecardDbContext db, int scorecardId,
        CancellationToken cancellationToken = default)
    {
        var stored = await LoadAsync(db, scorecardId, periodId: null, cancellationToken);
        return [.. stored.Periods.OrderBy(p => p.StartDate).Select(p => new PeriodResult(p, Evaluate(stored, p)))];
    }

    /// <summary>What an evaluation reads, loaded with a fixed number of queries however many periods and KPIs there are.</summary>
    private sealed record StoredScorecard(
        Scorecard Scorecard,
        IReadOnlyList<ReportingPeriod> Periods,
        IReadOnlyList<Data.ScorecardNode> Nodes,
        IReadOnlyList<KpiTarget> Targets,
        IReadOnlyList<KpiActual> Actuals,
        IReadOnlyList<Data.NodeWeighting> Weightings);

    /// <param name="periodId">One period, or null for all of the scorecard's periods.</param>
    private static async Task<StoredScorecard> LoadAsync(ScorecardDbContext db, int scorecardId, int? periodId,
        CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(s => s.Id == scorecardId, cancellationToken);
        var chosen = await db.Periods.AsNoTracking()
            .Where(p => p.ScorecardId == scorecardId && (periodId == null || p.Id == periodId)).ToListAsync(cancellationToken);
        if (periodId is not null && chosen.Count == 0)
            throw new InvalidOperationException($"Scorecard {scorecardId} has no period {periodId}.");
        var periodIds = chosen.Select(p => p.Id).ToList();
        var nodes = await db.Nodes.AsNoTracking().Include(n => n.Kpi)
            .Where(n => n.ScorecardId == scorecardId).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => periodIds.Contains(t.PeriodId) && t.Kpi!.ScorecardId == scorecardId)
            .ToListAsync(cancellationToken);
        var actuals = await db.Actuals.AsNoTracking().Where(a => periodIds.Contains(a.PeriodId) && a.Kpi!.ScorecardId == scorecardId)
            .ToListAsync(cancellationToken);
        var weightings = await WeightingsOf(db, scorecardId).ToListAsync(cancellationToken);
        return new StoredScorecard(scorecard, chosen, nodes, targets, actuals, weightings);
    }

    private static ScorecardResult Evaluate(StoredScorecard stored, ReportingPeriod period)
    {
        var scorecard = stored.Scorecard;
        var nodes = stored.Nodes;
        var targets = stored.Targets.Where(t => t.PeriodId == period.Id).ToDictionary(t => t.KpiNodeId, t => t.Value);
        var actuals = stored.Actuals.Where(a => a.PeriodId == period.Id).ToDictionary(a => a.KpiNodeId, a => a.Value);
        var weightings = InForce(stored.Weightings, period);

        var warnings = new List<string>();
        var childrenOf = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var root = nodes.SingleOrDefault(n => n.ParentId is null)
                   ?? throw new DomainValidationException(EvaluationMessages.Get("The scorecard has no root node."));
        var ids = new List<int>();
        var domainRoot = Build(root);
        var settings = new EvaluationSettings(new Thresholds(scorecard.YellowFrom, scorecard.GreenFrom), scorecard.ScoreCap);
        var result = ScorecardEvaluator.Evaluate(domainRoot, settings);

        var byId = new Dictionary<int, NodeEvaluation>();
        var index = 0;
        foreach (var evaluation in result.DescendantsAndSelf()) byId[ids[index++]] = evaluation;
        return new ScorecardResult(result, byId, targets, warnings);

        DomainNode Build(Data.ScorecardNode node)
        {
            ids.Add(node.Id); // DescendantsAndSelf visits in this same pre-order.
            var children = childrenOf[node.Id].OrderBy(c => c.Position).ThenBy(c => c.Id).ToList();
            if (node.Kpi is { } kpi && children.Count == 0)
                return DomainNode.Leaf(node.Name, Measure(node, kpi), Override(kpi));
            if (children.Count == 0)
            {
                warnings.Add(EvaluationMessages.Format("\"{0}\" has no KPIs yet.", node.Name));
                return DomainNode.Leaf(node.Name, new KpiMeasurement(new KpiScoringRule(ScoringMethod.MustBeZero), null));
            }
            var weighting = Weighting(node, children);
            var built = new List<DomainNode>(children.Count);
            foreach (var child in children) built.Add(Build(child));
            return DomainNode.Parent(node.Name, weighting, built);
        }

        KpiMeasurement Measure(Data.ScorecardNode node, Kpi kpi)
        {
            targets.TryGetValue(node.Id, out var target);
            actuals.TryGetValue(node.Id, out var actual);
            try
            {
                var ladder = kpi.Method == ScoringMethod.Omax ? new OmaxLadder(kpi.OmaxLevels) : null;
                var hasTarget = targets.ContainsKey(node.Id);
                if (!hasTarget && kpi.Method is ScoringMethod.HigherIsBetter or ScoringMethod.LowerIsBetter)
                {
                    if (actual is not null) warnings.Add(EvaluationMessages.Format("{0} {1}: no target for {2}, so no score.", kpi.Code, node.Name, period.Name));
                    return new KpiMeasurement(new KpiScoringRule(ScoringMethod.MustBeZero), null);
                }
                return new KpiMeasurement(new KpiScoringRule(kpi.Method, hasTarget ? target : null, ladder), actual);
            }
            catch (DomainValidationException e)
            {
                warnings.Add($"{kpi.Code} {node.Name}: {e.Message}");
                return new KpiMeasurement(new KpiScoringRule(ScoringMethod.MustBeZero), null);
            }
        }

        DomainWeighting? Weighting(Data.ScorecardNode parent, List<Data.ScorecardNode> children)
        {
            if (children.Count == 1) return null;
            var stored = weightings.GetValueOrDefault(parent.Id);
            var childIds = children.Select(c => c.Id).ToList();
            if (stored?.Method == WeightingMethod.Direct
                && stored.ChildWeights.Select(w => w.ChildNodeId).Order().SequenceEqual(childIds.Order()))
                return new DomainWeighting.Direct([.. childIds.Select(id => stored.ChildWeights.Single(w => w.ChildNodeId == id).Weight)]);
            if (stored?.Method == WeightingMethod.Pairwise && PairwiseMatrixOf(stored, childIds) is { } matrix)
                return new DomainWeighting.Pairwise(matrix);
            warnings.Add(stored is null
                ? EvaluationMessages.Format("\"{0}\" has no weights yet: its children count equally until they are set.", parent.Name)
                : EvaluationMessages.Format("The weights of \"{0}\" do not cover its current children: they count equally until the weights are set again.", parent.Name));
            return new DomainWeighting.Direct([.. childIds.Select(_ => 1.0 / childIds.Count)]);
        }
    }

    /// <summary>The matrix of a stored pairwise weighting in the given child order; null when a pair is missing.</summary>
    public static PairwiseMatrix? PairwiseMatrixOf(Data.NodeWeighting weighting, IReadOnlyList<int> childIds)
    {
        var judgments = new List<double>();
        for (var i = 0; i < childIds.Count; i++)
            for (var j = i + 1; j < childIds.Count; j++)
            {
                var direct = weighting.Judgments.FirstOrDefault(x => x.RowNodeId == childIds[i] && x.ColumnNodeId == childIds[j]);
                var reverse = weighting.Judgments.FirstOrDefault(x => x.RowNodeId == childIds[j] && x.ColumnNodeId == childIds[i]);
                if (direct is not null) judgments.Add(direct.Value);
                else if (reverse is not null) judgments.Add(1 / reverse.Value);
                else return null;
            }
        return weighting.Judgments.Count == judgments.Count ? PairwiseMatrix.FromUpperTriangle(childIds.Count, judgments) : null;
    }

    /// <summary>
    /// For every parent, the weighting in force for <paramref name="period"/>: the latest version whose effective period
    /// starts no later than it (a version without an effective period applies from the start).
    /// </summary>
    public static async Task<Dictionary<int, Data.NodeWeighting>> WeightingsInForceAsync(ScorecardDbContext db, int scorecardId,
        ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var all = await WeightingsOf(db, scorecardId).ToListAsync(cancellationToken);
        return InForce(all, period);
    }

    // One query is right here: a weighting has either child weights (direct) or judgments (pairwise), never both,
    // so the join cannot multiply rows.
    private static IQueryable<Data.NodeWeighting> WeightingsOf(ScorecardDbContext db, int scorecardId) =>
        db.Weightings.AsNoTracking().AsSingleQuery()
            .Include(w => w.ChildWeights).Include(w => w.Judgments).Include(w => w.EffectiveFromPeriod)
            .Where(w => w.ScorecardId == scorecardId);

    private static Dictionary<int, Data.NodeWeighting> InForce(IEnumerable<Data.NodeWeighting> all, ReportingPeriod period) =>
        all.Where(w => w.EffectiveFromPeriod is null || w.EffectiveFromPeriod.StartDate <= period.StartDate)
            .GroupBy(w => w.ParentNodeId)
            .ToDictionary(g => g.Key, g => g
                .OrderByDescending(w => w.EffectiveFromPeriod?.StartDate ?? DateOnly.MinValue)
                .ThenByDescending(w => w.Id)
                .First());

    private static Thresholds? Override(Kpi kpi) =>
        kpi.YellowFrom is { } yellow && kpi.GreenFrom is { } green ? new Thresholds(yellow, green) : null;
}
