using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Hierarchy;
using HrScorecard.Domain.Scoring;
using HrScorecard.Domain.Tests.TestData;

namespace HrScorecard.Domain.Tests.Hierarchy;

/// <summary>Weighted roll-up over a scorecard tree: no data, single children, overrides, errors (DOMAIN.md §2, §6).</summary>
public class RollUpTests
{
    private static ScorecardNode Kpi(string name, double? actual, Thresholds? thresholdOverride = null) =>
        ScorecardNode.Leaf(name, new KpiMeasurement(new KpiScoringRule(ScoringMethod.HigherIsBetter, 100), actual), thresholdOverride);

    private static ScorecardNode Parent(string name, double[] weights, params ScorecardNode[] children) =>
        ScorecardNode.Parent(name, new NodeWeighting.Direct(weights), children);

    [Fact]
    public void KPI_without_data_is_shown_as_no_data_and_its_siblings_are_renormalised()
    {
        var root = Parent("Goal", [0.5, 0.3, 0.2], Kpi("A", 100), Kpi("B", null), Kpi("C", 50));

        var result = ScorecardEvaluator.Evaluate(root);

        var b = result.Children[1];
        Assert.Null(b.Score);
        Assert.Equal(TrafficLight.NoData, b.Light);
        Tolerance.Close(0.3, b.LocalWeight, Tolerance.Rounding, "B's weight is still shown");
        // (0.5·100 + 0.2·50) / 0.7, not 0.5·100 + 0.3·0 + 0.2·50 = 60.
        Tolerance.Close(60 / 0.7, result.Score!.Value, Tolerance.Rounding, "renormalised score");
        Assert.Equal(TrafficLight.Green, result.Light);
    }

    [Fact]
    public void Missing_Turnover_leaves_Customer_scored_on_Leadership_and_Satisfaction_alone()
    {
        var result = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard("Turnover"));

        var customer = result.Children[1];
        var (leadership, satisfaction, turnover) = (customer.Children[0], customer.Children[1], customer.Children[2]);
        Assert.Equal(TrafficLight.NoData, turnover.Light);
        var expected = (leadership.LocalWeight * leadership.Score!.Value + satisfaction.LocalWeight * satisfaction.Score!.Value)
            / (leadership.LocalWeight + satisfaction.LocalWeight);
        Tolerance.Close(expected, customer.Score!.Value, Tolerance.Rounding, "Customer");
        Assert.Equal(TrafficLight.Green, customer.Light); // red only because of turnover when it is known
    }

    [Fact]
    public void Global_weights_are_structural_and_do_not_change_when_data_is_missing()
    {
        static double[] GlobalWeights(NodeEvaluation root) => [.. root.DescendantsAndSelf().Select(n => n.GlobalWeight)];

        var complete = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard());
        var partial = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard("Turnover", "Absence", "Skill transfer"));

        Assert.Equal(GlobalWeights(complete), GlobalWeights(partial));
        Assert.NotEqual(complete.Score, partial.Score);
    }

    [Fact]
    public void Parent_whose_KPIs_all_lack_data_is_no_data_and_is_left_out_of_its_own_parent()
    {
        var root = Parent("Goal", [0.6, 0.4],
            Parent("Financial", [0.5, 0.5], Kpi("A", null), Kpi("B", null)),
            Parent("Customer", [0.5, 0.5], Kpi("C", 70), Kpi("D", 90)));

        var result = ScorecardEvaluator.Evaluate(root);

        Assert.Null(result.Children[0].Score);
        Assert.Equal(TrafficLight.NoData, result.Children[0].Light);
        Tolerance.Close(80, result.Score!.Value, Tolerance.Rounding, "goal = Customer alone");
    }

    [Fact]
    public void Scorecard_without_any_data_is_no_data_at_the_root_but_still_has_weights()
    {
        var result = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard([.. RodaEmasJaya.Perspectives.SelectMany(p => p.Kpis).Select(k => k.Name)]));

        Assert.Null(result.Score);
        Assert.Equal(TrafficLight.NoData, result.Light);
        Assert.All(result.DescendantsAndSelf(), n => Assert.Equal(TrafficLight.NoData, n.Light));
        Tolerance.AsPrinted(0.5424, result.Children[0].LocalWeight, 4, "weights do not need actuals");
    }

    [Fact]
    public void Single_child_gets_local_weight_one_without_any_weighting()
    {
        var root = Parent("Goal", [0.3, 0.7],
            ScorecardNode.Parent("Objective", null, [Kpi("Only KPI", 40)]),
            Kpi("Other", 90));

        var result = ScorecardEvaluator.Evaluate(root);

        var only = result.Children[0].Children.Single();
        Assert.Equal(1, only.LocalWeight);
        Tolerance.Close(0.3, only.GlobalWeight, Tolerance.Rounding, "global = parent's");
        Assert.Equal(40, result.Children[0].Score);
        Assert.Null(result.Children[0].Priorities);
    }

    [Fact]
    public void Root_has_local_and_global_weight_one()
    {
        var result = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard());

        Assert.Equal(1, result.LocalWeight);
        Assert.Equal(1, result.GlobalWeight);
    }

    [Fact]
    public void KPI_global_weights_sum_to_one_at_any_depth()
    {
        var root = Parent("Goal", [0.25, 0.75],
            Parent("P1", [0.1, 0.9],
                Parent("O1", [0.4, 0.6], Kpi("K1", 1), Kpi("K2", 2)),
                ScorecardNode.Parent("O2", null, [Parent("Programme", [0.5, 0.5], Kpi("K3", 3), Kpi("K4", 4))])),
            Kpi("K5", 5));

        var kpis = ScorecardEvaluator.Evaluate(root).DescendantsAndSelf().Where(n => n.Kpi is not null).ToList();

        Assert.Equal(5, kpis.Count);
        Tolerance.Close(1, kpis.Sum(k => k.GlobalWeight), Tolerance.Rounding, "Σ global weights");
        Tolerance.Close(0.25 * 0.9 * 1 * 0.5, kpis[2].GlobalWeight, Tolerance.Rounding, "K3");
    }

    [Fact]
    public void Threshold_override_colours_only_its_own_node()
    {
        var strict = new Thresholds(90, 100);
        var root = ScorecardNode.Parent("Goal", new NodeWeighting.Direct([0.5, 0.5]),
            [Kpi("Strict", 95, strict), Kpi("Default", 95)], thresholdOverride: new Thresholds(96, 99));

        var result = ScorecardEvaluator.Evaluate(root);

        Assert.Equal(TrafficLight.Yellow, result.Children[0].Light);
        Assert.Equal(TrafficLight.Green, result.Children[1].Light);
        Assert.Equal(TrafficLight.Red, result.Light); // 95 under the goal's own 96/99
    }

    [Fact]
    public void Scorecard_thresholds_apply_where_there_is_no_override()
    {
        var root = Parent("Goal", [0.5, 0.5], Kpi("A", 55), Kpi("B", 55));

        Assert.Equal(TrafficLight.Red, ScorecardEvaluator.Evaluate(root).Light);
        Assert.Equal(TrafficLight.Yellow, ScorecardEvaluator.Evaluate(root, new EvaluationSettings(new Thresholds(50, 100))).Light);
    }

    [Fact]
    public void OMAX_KPI_is_coloured_by_levels_while_the_scorecard_uses_60_80()
    {
        var ladder = new OmaxLadder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        var root = ScorecardNode.Parent("Goal", null,
            [ScorecardNode.Leaf("Level 5", new KpiMeasurement(new KpiScoringRule(ScoringMethod.Omax, ladder: ladder), 5))]);

        var result = ScorecardEvaluator.Evaluate(root);

        Assert.Equal(TrafficLight.Yellow, result.Children[0].Light); // level 5: yellow on OMAX's 4–7
        Assert.Equal(TrafficLight.Red, result.Light);                // 50 % under 60/80
    }

    [Fact]
    public void Score_cap_of_the_settings_limits_KPI_scores_before_the_roll_up()
    {
        var result = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard(), new EvaluationSettings(Thresholds.Default, ScoreCap: 150));

        var financial = result.Children[0];
        Assert.Equal(150, financial.Children[1].Score);
        Tolerance.Close(0.2 * financial.Children[0].Score!.Value + 0.8 * 150, financial.Score!.Value, 1e-9, "Financial");
    }

    [Fact]
    public void Score_cap_below_100_is_rejected_before_anything_is_computed()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard(), new EvaluationSettings(Thresholds.Default, ScoreCap: 99)));

        Assert.Equal("scoreCap", error.Field);
    }

    [Fact]
    public void AHP_options_of_the_settings_are_used_for_pairwise_nodes()
    {
        var settings = new EvaluationSettings(Thresholds.Default, Ahp: new AhpOptions(PriorityMethod.GeometricMean));

        var result = ScorecardEvaluator.Evaluate(RodaEmasJaya.Scorecard(), settings);

        Assert.Equal(PriorityMethod.GeometricMean, result.Priorities!.Method);
        Tolerance.AllClose(
            Priorities.RowGeometricMean(RodaEmasJaya.PerspectiveComparisons()),
            [.. result.Children.Select(c => c.LocalWeight)], Tolerance.Rounding, "perspective weights");
    }

    [Fact]
    public void Error_in_a_KPI_actual_names_its_path_in_the_tree()
    {
        var root = Parent("Goal", [0.5, 0.5],
            Kpi("Fine", 80),
            Parent("Objective", [0.5, 0.5], Kpi("Also fine", 80), Kpi("Broken", double.NaN)));

        var error = Assert.Throws<DomainValidationException>(() => ScorecardEvaluator.Evaluate(root));

        Assert.Equal("children[1].children[1].kpi.actual", error.Field);
    }

    [Fact]
    public void Error_in_a_top_level_KPI_names_children_index_and_kpi_field()
    {
        var root = Parent("Goal", [0.5, 0.5], Kpi("Fine", 80), Kpi("Broken", double.PositiveInfinity));

        var error = Assert.Throws<DomainValidationException>(() => ScorecardEvaluator.Evaluate(root));

        Assert.Equal("children[1].kpi.actual", error.Field);
    }

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.6, 0.6)]
    [InlineData(0.5, 0.5011)]
    public void Direct_weights_not_summing_to_one_are_rejected(double first, double second)
    {
        var root = Parent("Goal", [first, second], Kpi("A", 1), Kpi("B", 2));

        var error = Assert.Throws<DomainValidationException>(() => ScorecardEvaluator.Evaluate(root));

        Assert.Equal("weights", error.Field);
        Assert.Contains("must sum to 1", error.Message);
        Assert.Contains("\"Goal\"", error.Message);
    }

    [Fact]
    public void Direct_weights_of_a_nested_node_are_located_by_path()
    {
        var root = Parent("Goal", [0.5, 0.5], Kpi("A", 1), Parent("Objective", [0.7, 0.7], Kpi("B", 2), Kpi("C", 3)));

        var error = Assert.Throws<DomainValidationException>(() => ScorecardEvaluator.Evaluate(root));

        Assert.Equal("children[1].weights", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    public void Direct_weight_that_is_not_positive_is_rejected_naming_it(double bad)
    {
        var root = Parent("Goal", [0.5, 0.5], Kpi("A", 1), Parent("Objective", [1.2, bad], Kpi("B", 2), Kpi("C", 3)));

        var error = Assert.Throws<DomainValidationException>(() => ScorecardEvaluator.Evaluate(root));

        Assert.Equal("children[1].weights[1]", error.Field);
    }

    [Fact]
    public void Direct_weights_off_by_rounding_are_accepted_and_normalised_exactly()
    {
        var root = Parent("Goal", [0.3334, 0.3334, 0.3333], Kpi("A", 1), Kpi("B", 2), Kpi("C", 3));

        var result = ScorecardEvaluator.Evaluate(root);

        Tolerance.Close(1, result.Children.Sum(c => c.LocalWeight), Tolerance.Rounding, "Σ local weights");
        Tolerance.Close(0.3334 / 1.0001, result.Children[0].LocalWeight, Tolerance.Rounding, "A");
    }

    [Fact]
    public void Parent_needs_a_weighting_when_it_has_more_than_one_child()
    {
        var error = Assert.Throws<DomainValidationException>(() => ScorecardNode.Parent("Goal", null, [Kpi("A", 1), Kpi("B", 2)]));

        Assert.Equal("weights", error.Field);
        Assert.Contains("2 children but no weights", error.Message);
    }

    [Fact]
    public void Weights_for_a_different_number_of_children_are_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ScorecardNode.Parent("Goal", new NodeWeighting.Direct([0.5, 0.3, 0.2]), [Kpi("A", 1), Kpi("B", 2)]));

        Assert.Equal("weights", error.Field);
    }

    [Fact]
    public void Comparison_of_a_different_number_of_children_is_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ScorecardNode.Parent("Goal", new NodeWeighting.Pairwise(RodaEmasJaya.PerspectiveComparisons()), [Kpi("A", 1), Kpi("B", 2)]));

        Assert.Equal("comparisons", error.Field);
        Assert.Contains("a comparison of 4", error.Message);
    }

    [Fact]
    public void Parent_without_children_is_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() => ScorecardNode.Parent("Goal", null, []));

        Assert.Equal("children", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Node_without_a_name_is_rejected(string name)
    {
        var error = Assert.Throws<DomainValidationException>(() => Kpi(name, 1));

        Assert.Equal("name", error.Field);
    }
}
