using HrScorecard.Domain.Hierarchy;
using HrScorecard.Domain.Scoring;
using HrScorecard.Domain.Tests.TestData;

namespace HrScorecard.Domain.Tests.Hierarchy;

/// <summary>DOMAIN.md §9 (seed 003, PT. Roda Emas Jaya): scores, roll-up and lights of the whole scorecard.</summary>
public class RodaEmasJayaRollUpTests
{
    private static readonly NodeEvaluation Result =
        ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard(), new EvaluationSettings(new Thresholds(60, 80)));

    private static NodeEvaluation Node(string name) => Result.DescendantsAndSelf().Single(n => n.Name == name);

    [Fact]
    public void Perspectives_are_in_the_order_F_C_IBP_LG_with_the_worked_example_weights()
    {
        Assert.Equal(["Financial", "Customer", "Internal Business Process", "Learning & Growth"], Result.Children.Select(c => c.Name));
        Tolerance.AllAsPrinted([0.5424, 0.1540, 0.0647, 0.2389], [.. Result.Children.Select(c => c.LocalWeight)], 4, "perspective weights");
        Assert.NotNull(Result.Priorities);
        Tolerance.AsPrinted(0.0777, Result.Priorities.ConsistencyRatio, 4, "CR");
    }

    [Theory]
    [InlineData("Qualified applicants hired", 98.68)] // §10: against the 95 % target, not 100 %
    [InlineData("Accident cost", 200.00)]
    [InlineData("Leadership index", 108.89)]
    [InlineData("Job satisfaction index", 107.11)]
    [InlineData("Turnover", 20.91)]
    [InlineData("Absence", 62.24)]
    [InlineData("Employee complaints", 100.00)]
    [InlineData("Knowledge transfer", 121.43)]
    [InlineData("Skill transfer", 128.57)]
    public void Every_KPI_score_matches_the_worked_example(string kpi, double score)
    {
        var node = Node(kpi);

        Assert.NotNull(node.Kpi);
        Assert.NotNull(node.Score);
        Tolerance.AsPrinted(score, node.Score.Value, 2, kpi);
    }

    [Theory]
    [InlineData("Financial", 179.74)]
    [InlineData("Customer", 59.54)]
    [InlineData("Internal Business Process", 74.83)]
    [InlineData("Learning & Growth", 126.79)]
    public void Every_perspective_rolls_up_as_in_the_worked_example(string perspective, double score)
    {
        Assert.NotNull(Node(perspective).Score);
        Tolerance.AsPrinted(score, Node(perspective).Score!.Value, 2, perspective);
    }

    [Fact]
    public void Overall_index_is_141_79_and_equals_the_global_weighted_sum_of_KPI_scores()
    {
        Assert.NotNull(Result.Score);
        Tolerance.AsPrinted(141.79, Result.Score.Value, 2, "overall");
        var kpis = Result.DescendantsAndSelf().Where(n => n.Kpi is not null).ToList();
        Tolerance.Close(Result.Score.Value, kpis.Sum(k => k.GlobalWeight * k.Score!.Value), 1e-9, "Σ global weight × score");
        // §10: not the paper's 592.59 from summing A·w-weighted perspective scores.
        Assert.True(Result.Score < 200);
    }

    [Theory]
    [InlineData("Qualified applicants hired", TrafficLight.Green)]
    [InlineData("Accident cost", TrafficLight.Green)]
    [InlineData("Leadership index", TrafficLight.Green)]
    [InlineData("Job satisfaction index", TrafficLight.Green)]
    [InlineData("Turnover", TrafficLight.Red)]
    [InlineData("Absence", TrafficLight.Yellow)]
    [InlineData("Employee complaints", TrafficLight.Green)]
    [InlineData("Knowledge transfer", TrafficLight.Green)]
    [InlineData("Skill transfer", TrafficLight.Green)]
    [InlineData("Financial", TrafficLight.Green)]
    [InlineData("Customer", TrafficLight.Red)]
    [InlineData("Internal Business Process", TrafficLight.Yellow)]
    [InlineData("Learning & Growth", TrafficLight.Green)]
    [InlineData(RodaEmasJaya.Goal, TrafficLight.Green)]
    public void Lights_with_thresholds_60_and_80_match_the_worked_example(string node, TrafficLight light) =>
        Assert.Equal(light, Node(node).Light);

    [Theory]
    [InlineData("Qualified applicants hired", 0.5424 * 0.2)]
    [InlineData("Accident cost", 0.5424 * 0.8)]
    [InlineData("Leadership index", 0.1540 * 0.3196)]
    [InlineData("Skill transfer", 0.2389 * 0.75)]
    public void KPI_global_weight_is_the_product_of_local_weights_on_its_path(string kpi, double approximately)
    {
        var node = Node(kpi);
        var perspective = Result.Children.Single(p => p.Children.Contains(node));

        Tolerance.Close(perspective.LocalWeight * node.LocalWeight, node.GlobalWeight, Tolerance.Rounding, kpi);
        Tolerance.Close(approximately, node.GlobalWeight, 1e-4, kpi); // printed weights are rounded
    }

    [Fact]
    public void KPI_global_weights_sum_to_one()
    {
        var kpis = Result.DescendantsAndSelf().Where(n => n.Kpi is not null).ToList();

        Assert.Equal(9, kpis.Count);
        Tolerance.Close(1, kpis.Sum(k => k.GlobalWeight), Tolerance.Rounding, "Σ global weights");
    }
}
