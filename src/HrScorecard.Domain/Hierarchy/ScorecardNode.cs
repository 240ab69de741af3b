using System.Diagnostics;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Hierarchy;

/// <summary>How a parent's children are weighted against each other (their local weights).</summary>
public abstract record NodeWeighting
{
    private NodeWeighting() { }

    /// <summary>Local weights given directly, e.g. typed in by HR; positive, summing to 1 within 0.001, then normalised exactly.</summary>
    public sealed record Direct(IReadOnlyList<double> Weights) : NodeWeighting;

    /// <summary>Local weights from a pairwise comparison of the children, in child order.</summary>
    public sealed record Pairwise(PairwiseMatrix Comparisons) : NodeWeighting;
}

/// <summary>A KPI's scoring rule and its actual for the period (null: no data).</summary>
public sealed record KpiMeasurement(KpiScoringRule Rule, double? Actual);

/// <summary>
/// One node of a scorecard tree: the goal at the root, perspectives, objectives or programmes below it, KPIs at the
/// leaves. Any depth. <see cref="ThresholdOverride"/> colours this node only.
/// </summary>
public sealed record ScorecardNode
{
    private ScorecardNode(string name, IReadOnlyList<ScorecardNode> children, NodeWeighting? weighting,
        KpiMeasurement? kpi, Thresholds? thresholdOverride)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainValidationException(Messages.Get("Every node needs a name."), "name");
        Name = name;
        Children = children;
        Weighting = weighting;
        Kpi = kpi;
        ThresholdOverride = thresholdOverride;
    }

    /// <summary>What the node is called (perspective, objective or KPI name).</summary>
    public string Name { get; }

    /// <summary>Sub-nodes; empty for a KPI.</summary>
    public IReadOnlyList<ScorecardNode> Children { get; }

    /// <summary>How the children are weighted; may be null only with one child.</summary>
    public NodeWeighting? Weighting { get; }

    /// <summary>The KPI measured at a leaf; null for a parent.</summary>
    public KpiMeasurement? Kpi { get; }

    /// <summary>Thresholds for this node instead of the scorecard's (or, for OMAX KPIs, the OMAX ones).</summary>
    public Thresholds? ThresholdOverride { get; }

    /// <summary>True for a leaf.</summary>
    public bool IsKpi => Kpi is not null;

    /// <summary>A KPI leaf.</summary>
    public static ScorecardNode Leaf(string name, KpiMeasurement kpi, Thresholds? thresholdOverride = null) =>
        new(name, [], null, kpi, thresholdOverride);

    /// <summary>A parent node. With two or more children a weighting is required, one weight per child.</summary>
    public static ScorecardNode Parent(string name, NodeWeighting? weighting, IReadOnlyList<ScorecardNode> children,
        Thresholds? thresholdOverride = null)
    {
        if (children.Count == 0)
            throw new DomainValidationException(Messages.Format("\"{0}\" has no children: a node is either a KPI or has children.", name), "children");
        var count = weighting switch
        {
            null when children.Count > 1 => throw new DomainValidationException(
                Messages.Format("\"{0}\" has {1} children but no weights: give comparisons or weights.", name, children.Count), "weights"),
            null => 1,
            NodeWeighting.Direct d => d.Weights.Count,
            NodeWeighting.Pairwise p => p.Comparisons.Size,
            _ => throw new UnreachableException(),
        };
        if (count != children.Count)
            throw weighting is NodeWeighting.Pairwise
                ? new DomainValidationException(Messages.Format("\"{0}\" has {1} children but a comparison of {2}.", name, children.Count, count), "comparisons")
                : new DomainValidationException(Messages.Format("\"{0}\" has {1} children but weights for {2}.", name, children.Count, count), "weights");
        return new ScorecardNode(name, children, weighting, null, thresholdOverride);
    }
}
