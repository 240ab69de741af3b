using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Hierarchy;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.TestData;

/// <summary>
/// PT. Roda Emas Jaya, 2022 (seed 003) as DOMAIN.md §9 computes it correctly. Depends on the domain library only, so
/// other test projects can link this file and enter the same case through their own front door.
/// Perspective order is Financial, Customer, Internal Business Process, Learning &amp; Growth.
/// </summary>
public static class RodaEmasJaya
{
    /// <summary>One KPI as HR defines it, with its 2022 actual.</summary>
    public sealed record Kpi(string Name, string Unit, ScoringMethod Method, double Target, double Actual)
    {
        public KpiScoringRule Rule() => new(Method, Target);
    }

    /// <summary>A perspective, the upper triangle of its KPIs' comparison (row by row) and its KPIs in matrix order.</summary>
    public sealed record Perspective(string Name, IReadOnlyList<double> KpiJudgments, IReadOnlyList<Kpi> Kpis)
    {
        public PairwiseMatrix KpiComparisons() => PairwiseMatrix.FromUpperTriangle(Kpis.Count, KpiJudgments);
    }

    public const string Goal = "HR performance of PT. Roda Emas Jaya";

    public const int Year = 2022;

    /// <summary>F–C 3, F–IBP 5, F–L&amp;G 4, C–IBP 3, C–L&amp;G 1/2, IBP–L&amp;G 1/5.</summary>
    public static IReadOnlyList<double> PerspectiveJudgments { get; } = [3, 5, 4, 3, 1.0 / 2, 1.0 / 5];

    public static IReadOnlyList<Perspective> Perspectives { get; } =
    [
        new("Financial", [1.0 / 4],
        [
            new("Qualified applicants hired", "%", ScoringMethod.HigherIsBetter, 95, 93.75),
            new("Accident cost", "Rp", ScoringMethod.LowerIsBetter, 50_000_000, 0),
        ]),
        new("Customer", [3, 1.0 / 2, 1.0 / 4],
        [
            new("Leadership index", "1–5", ScoringMethod.HigherIsBetter, 4.5, 4.90),
            new("Job satisfaction index", "1–5", ScoringMethod.HigherIsBetter, 4.5, 4.82),
            new("Turnover", "%", ScoringMethod.LowerIsBetter, 33, 59.1),
        ]),
        new("Internal Business Process", [2],
        [
            new("Absence", "%", ScoringMethod.LowerIsBetter, 33, 45.46),
            new("Employee complaints", "count", ScoringMethod.MustBeZero, 0, 0),
        ]),
        new("Learning & Growth", [1.0 / 3],
        [
            new("Knowledge transfer", "%", ScoringMethod.HigherIsBetter, 70, 85),
            new("Skill transfer", "%", ScoringMethod.HigherIsBetter, 70, 90),
        ]),
    ];

    public static PairwiseMatrix PerspectiveComparisons() =>
        PairwiseMatrix.FromUpperTriangle(Perspectives.Count, PerspectiveJudgments);

    /// <summary>
    /// Goal → perspectives (pairwise) → KPIs (pairwise). KPIs named in <paramref name="withoutData"/> get no actual,
    /// for "no data this period" cases.
    /// </summary>
    public static ScorecardNode Scorecard(params string[] withoutData) =>
        ScorecardNode.Parent(
            Goal,
            new NodeWeighting.Pairwise(PerspectiveComparisons()),
            [.. Perspectives.Select(p => ScorecardNode.Parent(
                p.Name,
                new NodeWeighting.Pairwise(p.KpiComparisons()),
                [.. p.Kpis.Select(k => ScorecardNode.Leaf(
                    k.Name,
                    new KpiMeasurement(k.Rule(), withoutData.Contains(k.Name) ? null : k.Actual)))]))]);
}
