using System.Globalization;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Hierarchy;

/// <summary>Scorecard-wide settings of an evaluation.</summary>
/// <param name="Thresholds">Traffic-light thresholds for nodes without an override.</param>
/// <param name="ScoreCap">Optional ceiling on KPI scores (≥ 100); null: none.</param>
/// <param name="Ahp">How comparisons are turned into weights.</param>
public sealed record EvaluationSettings(Thresholds Thresholds, double? ScoreCap = null, AhpOptions? Ahp = null)
{
    /// <summary>Thresholds 60/80, no cap, eigenvector with CR ≤ 0.10.</summary>
    public static EvaluationSettings Default { get; } = new(Thresholds.Default);
}

/// <summary>One node's result for the period.</summary>
/// <param name="Name">The node's name.</param>
/// <param name="LocalWeight">Weight among its siblings (1 at the root).</param>
/// <param name="GlobalWeight">Product of local weights from the root; the KPIs' global weights sum to 1.</param>
/// <param name="Score">% score; for a parent the weighted mean over children with data; null when no data.</param>
/// <param name="Light">Traffic light of <see cref="Score"/>.</param>
/// <param name="Priorities">The AHP result of this node's comparisons, when its weights came from comparisons.</param>
/// <param name="Children">Results of the children, in order.</param>
/// <param name="Kpi">The KPI measured at a leaf; null for a parent.</param>
public sealed record NodeEvaluation(
    string Name,
    double LocalWeight,
    double GlobalWeight,
    double? Score,
    TrafficLight Light,
    AhpResult? Priorities,
    IReadOnlyList<NodeEvaluation> Children,
    KpiMeasurement? Kpi)
{
    /// <summary>This node and all below it, depth first.</summary>
    public IEnumerable<NodeEvaluation> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}

/// <summary>Weights, scores and lights of a whole scorecard tree (DOMAIN.md §2, §4–§6).</summary>
public static class ScorecardEvaluator
{
    private const double DirectWeightSumTolerance = 1e-3;

    /// <summary>
    /// score(parent) = Σ w_c · score(c) / Σ w_c over the children c that have data (weights renormalised; no data is
    /// never a 0); global weight = product of local weights. Errors name the node path, e.g. <c>children[1].kpi.actual</c>.
    /// </summary>
    public static NodeEvaluation Evaluate(ScorecardNode root, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        ScoreCap.Check(settings.ScoreCap);
        return Evaluate(root, 1, 1, settings, path: null);
    }

    private static NodeEvaluation Evaluate(ScorecardNode node, double localWeight, double globalWeight,
        EvaluationSettings settings, string? path)
    {
        if (node.Kpi is { } kpi)
        {
            double? kpiScore;
            try { kpiScore = kpi.Actual is { } actual ? kpi.Rule.Score(actual, settings.ScoreCap) : null; }
            catch (DomainValidationException e) { throw e.Under(Join(path, "kpi")); }
            var thresholds = node.ThresholdOverride ?? kpi.Rule.DefaultThresholds(settings.Thresholds);
            return new NodeEvaluation(node.Name, localWeight, globalWeight, kpiScore, thresholds.Classify(kpiScore), null, [], kpi);
        }

        var (weights, priorities) = LocalWeights(node, settings, path);
        var children = new NodeEvaluation[node.Children.Count];
        double weightedSum = 0, weightWithData = 0;
        for (var c = 0; c < children.Length; c++)
        {
            children[c] = Evaluate(node.Children[c], weights[c], globalWeight * weights[c], settings, Join(path, $"children[{c}]"));
            if (children[c].Score is { } childScore)
            {
                weightedSum += weights[c] * childScore;
                weightWithData += weights[c];
            }
        }
        double? score = weightWithData > 0 ? weightedSum / weightWithData : null;
        var light = (node.ThresholdOverride ?? settings.Thresholds).Classify(score);
        return new NodeEvaluation(node.Name, localWeight, globalWeight, score, light, priorities, children, null);
    }

    private static (IReadOnlyList<double> Weights, AhpResult? Priorities) LocalWeights(
        ScorecardNode node, EvaluationSettings settings, string? path)
    {
        switch (node.Weighting)
        {
            case NodeWeighting.Pairwise pairwise:
                var result = Priorities.Compute(pairwise.Comparisons, settings.Ahp);
                return (result.Weights, result);
            case NodeWeighting.Direct direct:
                return (NormalisedDirectWeights(direct.Weights, node.Name, Join(path, "weights")), null);
            default:
                return ([1.0], null);
        }
    }

    private static double[] NormalisedDirectWeights(IReadOnlyList<double> weights, string name, string field)
    {
        for (var i = 0; i < weights.Count; i++)
            if (!double.IsFinite(weights[i]) || weights[i] <= 0)
                throw new DomainValidationException(
                    Messages.Format("Weight {0} of \"{1}\" must be a positive number, but is {2}.", i, name, weights[i]), $"{field}[{i}]");
        var sum = weights.Sum();
        if (Math.Abs(sum - 1) > DirectWeightSumTolerance)
            throw new DomainValidationException(
                Messages.Format("The weights of \"{0}\"'s children must sum to 1, but sum to {1}.", name, sum.ToString("0.####", CultureInfo.CurrentCulture)),
                field);
        return [.. weights.Select(w => w / sum)];
    }

    private static string Join(string? path, string segment) => path is null ? segment : $"{path}.{segment}";
}
