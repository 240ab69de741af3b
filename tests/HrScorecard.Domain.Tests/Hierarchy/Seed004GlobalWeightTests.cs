using HrScorecard.Domain.Hierarchy;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.Hierarchy;

/// <summary>
/// Seed 004 (Universitas Trunojoyo Madura, rectorate), Table 3 "Penentuan Prioritas Pembobotan": perspective weight ×
/// objective local weight = global weight of the objective's one outcome measure. Weights are typed in directly, as
/// printed; the table gives no actuals, so every KPI is "no data" — weights do not need them.
/// </summary>
public class Seed004GlobalWeightTests
{
    private static readonly NodeEvaluation Result = ScorecardEvaluator.Evaluate(Table3Scorecard());

    private static ScorecardNode Table3Scorecard()
    {
        static ScorecardNode Objective(string code, string measure) =>
            ScorecardNode.Parent(code, null,
                [ScorecardNode.Leaf(measure, new KpiMeasurement(new KpiScoringRule(ScoringMethod.HigherIsBetter, 100), null))]);

        static ScorecardNode Perspective(string name, double[] localWeights, params ScorecardNode[] objectives) =>
            objectives.Length == 1
                ? ScorecardNode.Parent(name, null, objectives)
                : ScorecardNode.Parent(name, new NodeWeighting.Direct(localWeights), objectives);

        return ScorecardNode.Parent("HR performance of the rectorate", new NodeWeighting.Direct([0.3625, 0.1180, 0.3125, 0.2070]),
        [
            Perspective("Financial", [1],
                Objective("F.1", "Revenue per training")),
            Perspective("Customer", [0.2377, 0.3199, 0.1801, 0.2623],
                Objective("C.1", "Complaints resolved (%)"),
                Objective("C.2", "Service level"),
                Objective("C.3", "Discipline level"),
                Objective("C.4", "Employee satisfaction index")),
            // These three local weights sum to 1.0001 as printed (rounding); the evaluator accepts and normalises them.
            Perspective("Internal Business", [0.2168, 0.1807, 0.6026],
                Objective("IB.1", "Staff recruited/placed to need"),
                Objective("IB.2", "Staff receiving awards"),
                Objective("IB.3", "Leadership index")),
            Perspective("Learning and Growth", [0.2629, 0.2618, 0.4753],
                Objective("LG.1", "Staff training"),
                Objective("LG.2", "Education level fit"),
                Objective("LG.3", "Communication level")),
        ]);
    }

    private static NodeEvaluation Objective(string code) => Result.DescendantsAndSelf().Single(n => n.Name == code);

    [Theory]
    [InlineData("F.1", 0.3625)]
    [InlineData("C.1", 0.0280)] // 0.1180 × 0.2377
    [InlineData("C.2", 0.0377)]
    [InlineData("C.3", 0.0213)]
    [InlineData("C.4", 0.0310)]
    [InlineData("IB.2", 0.0565)]
    [InlineData("IB.3", 0.1883)]
    [InlineData("LG.1", 0.0544)]
    [InlineData("LG.2", 0.0542)]
    [InlineData("LG.3", 0.0984)]
    public void Global_weight_reproduces_Table_3(string objective, double printed)
    {
        var node = Objective(objective);
        var measure = node.Children.Single();

        Tolerance.AsPrinted(printed, node.GlobalWeight, 4, objective);
        Assert.Equal(node.GlobalWeight, measure.GlobalWeight); // one measure per objective: local weight 1
        Assert.Equal(1, measure.LocalWeight);
    }

    /// <summary>
    /// Table 3 prints 0.0678 for IB.1: 0.3125 × 0.2168 = 0.06775, rounded half up. But the printed IB local weights sum to
    /// 1.0001, so normalised IB.1 is 0.2168 / 1.0001 and its global weight 0.067743 → 0.0677. The printed IB globals
    /// (0.0678 + 0.0565 + 0.1883) sum to 0.3126, not the 0.3125 printed as their total. A rounding slip, one unit in
    /// the 4th decimal; ours keeps the total exact.
    /// </summary>
    [Fact]
    public void IB_1_is_0_0677_not_the_printed_0_0678_because_the_printed_IB_local_weights_sum_to_1_0001()
    {
        var ib1 = Objective("IB.1");

        Tolerance.Close(0.3125 * 0.2168 / 1.0001, ib1.GlobalWeight, Tolerance.Rounding, "IB.1");
        Tolerance.AsPrinted(0.0677, ib1.GlobalWeight, 4, "IB.1");
        Tolerance.Close(0.0678, ib1.GlobalWeight, 1e-4, "IB.1 within one unit of the printed figure");
    }

    [Theory]
    [InlineData("Financial", 0.3625)]
    [InlineData("Customer", 0.1180)]
    [InlineData("Internal Business", 0.3125)]
    [InlineData("Learning and Growth", 0.2070)]
    public void Global_weights_of_a_perspective_add_up_to_its_printed_total(string perspective, double total)
    {
        var node = Result.Children.Single(p => p.Name == perspective);

        Tolerance.Close(total, node.GlobalWeight, Tolerance.Rounding, perspective);
        Tolerance.Close(total, node.Children.Sum(o => o.GlobalWeight), Tolerance.Rounding, perspective);
    }

    [Fact]
    public void Global_weights_of_all_measures_sum_to_one()
    {
        var measures = Result.DescendantsAndSelf().Where(n => n.Kpi is not null).ToList();

        Assert.Equal(11, measures.Count);
        Tolerance.Close(1, measures.Sum(m => m.GlobalWeight), Tolerance.Rounding, "Σ global weights");
    }

    [Fact]
    public void Without_actuals_every_node_is_no_data_rather_than_zero()
    {
        Assert.Null(Result.Score);
        Assert.All(Result.DescendantsAndSelf(), n => Assert.Equal(TrafficLight.NoData, n.Light));
    }
}
