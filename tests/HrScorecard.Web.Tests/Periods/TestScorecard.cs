using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Periods;

/// <summary>
/// A small scorecard of a test's own, written straight into the app's database: two perspectives, one with an
/// objective level below it, five KPIs of four methods, period "2024" with targets and actuals and an empty "2025".
/// </summary>
public sealed record TestScorecard(int Id, string Name, int EarlierPeriodId, int LaterPeriodId, IReadOnlyDictionary<string, int> Kpis)
{
    /// <summary>(code, name, method, 2024 target, 2024 actual); the must-be-zero KPI keeps no target.</summary>
    public static readonly (string Code, string Name, ScoringMethod Method, double? Target, double? Actual)[] Definitions =
    [
        ("FIN-1", "Qualified applicants hired", ScoringMethod.HigherIsBetter, 95, 93.75),
        ("FIN-2", "Accident cost", ScoringMethod.LowerIsBetter, 50_000_000, 12_500_000),
        ("CUS-1", "Turnover", ScoringMethod.LowerIsBetter, 33, 59.1),
        ("CUS-2", "Employee complaints", ScoringMethod.MustBeZero, null, 0),
        ("CUS-3", "Job satisfaction index", ScoringMethod.HigherIsBetter, 4.5, 4.82),
    ];

    public int Kpi(string code) => Kpis[code];

    public static async Task<TestScorecard> CreateAsync(HrScorecardFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = name, OrganisationUnit = "Test unit", Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow };
        var earlier = new ReportingPeriod { Scorecard = scorecard, Name = "2024", StartDate = new(2024, 1, 1), EndDate = new(2024, 12, 31) };
        var later = new ReportingPeriod { Scorecard = scorecard, Name = "2025", StartDate = new(2025, 1, 1), EndDate = new(2025, 12, 31) };
        var root = Node(scorecard, null, "Goal", 0);
        var financial = Node(scorecard, root, "Financial", 0);
        var customer = Node(scorecard, root, "Customer", 1);
        var retention = Node(scorecard, customer, "Retention", 0);
        ScorecardNode[] parents = [financial, financial, retention, retention, customer];
        var kpis = new Dictionary<string, Kpi>();
        for (var i = 0; i < Definitions.Length; i++)
        {
            var (code, kpiName, method, target, actual) = Definitions[i];
            var node = Node(scorecard, parents[i], kpiName, parents[i].Children.Count);
            var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = code, Unit = "%", Method = method };
            node.Kpi = kpi;
            kpis[code] = kpi;
            if (target is { } t) db.Add(new KpiTarget { Kpi = kpi, Period = earlier, Value = t });
            if (actual is { } a) db.Add(new KpiActual { Kpi = kpi, Period = earlier, Value = a });
        }
        db.AddRange(scorecard, earlier, later, root);
        db.Add(Direct(scorecard, root, [financial, customer], [0.4, 0.6]));
        db.Add(Direct(scorecard, financial, financial.Children, [0.25, 0.75]));
        db.Add(Direct(scorecard, customer, customer.Children, [0.7, 0.3]));
        var pairwise = new NodeWeighting { Scorecard = scorecard, ParentNode = retention, Method = WeightingMethod.Pairwise, Source = "test" };
        pairwise.Judgments.Add(new PairwiseJudgment { RowNode = retention.Children[0], ColumnNode = retention.Children[1], Value = 3 });
        db.Add(pairwise);
        await db.SaveChangesAsync();
        return new TestScorecard(scorecard.Id, name, earlier.Id, later.Id, kpis.ToDictionary(k => k.Key, k => k.Value.NodeId));
    }

    private static ScorecardNode Node(Scorecard scorecard, ScorecardNode? parent, string name, int position)
    {
        var node = new ScorecardNode { Scorecard = scorecard, Parent = parent, Name = name, Position = position };
        parent?.Children.Add(node);
        return node;
    }

    private static NodeWeighting Direct(Scorecard scorecard, ScorecardNode parent, List<ScorecardNode> children, double[] weights)
    {
        var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Direct, Source = "test" };
        for (var i = 0; i < children.Count; i++)
            weighting.ChildWeights.Add(new ChildWeight { ChildNode = children[i], Weight = weights[i] });
        return weighting;
    }
}

/// <summary>Reads and writes the test's database directly, for arrange and assert steps.</summary>
public static class DatabaseAccess
{
    public static async Task<T> QueryAsync<T>(this HrScorecardFactory factory, Func<ScorecardDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>());
    }
}
