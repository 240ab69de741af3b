using System.Text.Json;
using System.Text.Json.Nodes;
using HrScorecard.Web.Tests.TestData;

namespace HrScorecard.Web.Tests.Api;

/// <summary><c>POST /api/scorecards/evaluate</c>: DOMAIN.md §9 end to end, no data, direct weights and OMAX.</summary>
public class ScorecardEvaluationApiTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Path = "/api/scorecards/evaluate";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> EvaluateAsync(string json) => (await _client.PostForResultAsync(Path, json)).GetProperty("root");

    private Task<JsonElement> EvaluateAsync(JsonObject request) => EvaluateAsync(request.ToJsonString());

    [Theory]
    [InlineData("Financial", "Qualified applicants hired", 0.2, 98.68, "Green")]
    [InlineData("Financial", "Accident cost", 0.8, 200.00, "Green")]
    [InlineData("Customer", "Leadership index", 0.3196, 108.89, "Green")]
    [InlineData("Customer", "Job satisfaction index", 0.1220, 107.11, "Green")]
    [InlineData("Customer", "Turnover", 0.5584, 20.91, "Red")]
    [InlineData("Internal Business Process", "Absence", 0.6667, 62.24, "Yellow")]
    [InlineData("Internal Business Process", "Employee complaints", 0.3333, 100.00, "Green")]
    [InlineData("Learning & Growth", "Knowledge transfer", 0.25, 121.43, "Green")]
    [InlineData("Learning & Growth", "Skill transfer", 0.75, 128.57, "Green")]
    public async Task Every_KPI_of_the_worked_example_gets_the_weight_score_and_light_of_the_domain_guide(
        string perspective, string kpi, double localWeight, double score, string light)
    {
        var root = await EvaluateAsync(RodaEmasJaya.Json());

        var parent = root.Child(perspective);
        var node = parent.Child(kpi);
        Tolerance.AsPrinted(localWeight, node.Number("localWeight"), 4, $"{kpi} local weight");
        Tolerance.Close(parent.Number("globalWeight") * node.Number("localWeight"), node.Number("globalWeight"), Tolerance.Rounding, $"{kpi} global weight");
        Tolerance.AsPrinted(score, node.Number("score"), 2, $"{kpi} score");
        Assert.Equal(light, node.Light());
        Assert.False(node.TryGetProperty("consistencyRatio", out _), "A KPI has no comparisons, so no CR.");
    }

    [Theory]
    [InlineData("Financial", 0.5424, 0, 179.74, "Green")]
    [InlineData("Customer", 0.1540, 0.0158, 59.54, "Red")]
    [InlineData("Internal Business Process", 0.0647, 0, 74.83, "Yellow")]
    [InlineData("Learning & Growth", 0.2389, 0, 126.79, "Green")]
    public async Task Every_perspective_of_the_worked_example_gets_the_weight_CR_roll_up_and_light_of_the_domain_guide(
        string perspective, double weight, double consistencyRatio, double score, string light)
    {
        var root = await EvaluateAsync(RodaEmasJaya.Json());

        var node = root.Child(perspective);
        Tolerance.AsPrinted(weight, node.Number("localWeight"), 4, $"{perspective} local weight");
        Tolerance.AsPrinted(weight, node.Number("globalWeight"), 4, $"{perspective} global weight");
        Tolerance.AsPrinted(consistencyRatio, node.Number("consistencyRatio"), 4, $"{perspective} CR");
        Tolerance.AsPrinted(score, node.Number("score"), 2, $"{perspective} score");
        Assert.Equal(light, node.Light());
    }

    [Fact]
    public async Task The_worked_example_rolls_up_to_an_overall_score_of_141_79_with_perspective_CR_0_0777()
    {
        var root = await EvaluateAsync(RodaEmasJaya.Json());

        Assert.Equal("HR performance of PT. Roda Emas Jaya 2022", root.GetProperty("name").GetString());
        Tolerance.AsPrinted(141.79, root.Number("score"), 2, "overall score");
        Tolerance.AsPrinted(0.0777, root.Number("consistencyRatio"), 4, "perspective CR");
        Assert.Equal(1, root.Number("localWeight"));
        Assert.Equal(1, root.Number("globalWeight"));
        Assert.Equal("Green", root.Light());
    }

    [Fact]
    public async Task The_global_weights_of_the_worked_example_KPIs_sum_to_1()
    {
        var root = await EvaluateAsync(RodaEmasJaya.Json());

        var kpis = root.GetProperty("children").EnumerateArray().SelectMany(p => p.GetProperty("children").EnumerateArray()).ToArray();
        Assert.Equal(9, kpis.Length);
        Tolerance.Close(1, kpis.Sum(k => k.Number("globalWeight")), Tolerance.Rounding, "sum of KPI global weights");
    }

    [Fact]
    public async Task The_answer_echoes_the_thresholds_and_each_KPI_definition()
    {
        var answer = await _client.PostForResultAsync(Path, RodaEmasJaya.Json());

        Assert.Equal(60, answer.GetProperty("thresholds").Number("yellowFrom"));
        Assert.Equal(80, answer.GetProperty("thresholds").Number("greenFrom"));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("scoreCap").ValueKind);
        var turnover = answer.GetProperty("root").Child("Customer").Child("Turnover").GetProperty("kpi");
        Assert.Equal("LowerIsBetter", turnover.GetProperty("method").GetString());
        Assert.Equal(33, turnover.Number("target"));
        Assert.Equal(59.1, turnover.Number("actual"));
    }

    [Fact]
    public async Task A_KPI_without_an_actual_has_no_data_and_its_siblings_weights_are_renormalised()
    {
        var request = RodaEmasJaya.Request();
        request.Kpi(perspective: 1, kpi: 2)["actual"] = null; // Turnover

        var root = await EvaluateAsync(request);

        var turnover = root.Child("Customer").Child("Turnover");
        Assert.Equal(JsonValueKind.Null, turnover.GetProperty("score").ValueKind);
        Assert.Equal("NoData", turnover.Light());
        Tolerance.AsPrinted(0.5584, turnover.Number("localWeight"), 4, "Turnover keeps its weight");
        // (0.31962 × 108.889 + 0.12196 × 107.111) / (0.31962 + 0.12196), not the 59.54 of a 0 for Turnover.
        Tolerance.AsPrinted(108.40, root.Child("Customer").Number("score"), 2, "Customer score over Leadership and Satisfaction");
        Assert.Equal("Green", root.Child("Customer").Light());
        Tolerance.AsPrinted(149.31, root.Number("score"), 2, "overall score");
    }

    [Fact]
    public async Task A_parent_whose_KPIs_all_lack_data_has_no_data_and_is_left_out_of_the_roll_up()
    {
        var request = RodaEmasJaya.Request();
        request.Kpi(perspective: 3, kpi: 0)["actual"] = null;
        request.Kpi(perspective: 3, kpi: 1)["actual"] = null;

        var root = await EvaluateAsync(request);

        var learning = root.Child("Learning & Growth");
        Assert.Equal(JsonValueKind.Null, learning.GetProperty("score").ValueKind);
        Assert.Equal("NoData", learning.Light());
        double[] weights = [0.5424047533634948, 0.15398902001404835, 0.06467396702170461];
        double[] scores = [179.73684210526315, 59.54199761294678, 74.82828282828282];
        var expected = weights.Zip(scores, (w, s) => w * s).Sum() / weights.Sum();
        Tolerance.Close(expected, root.Number("score"), 1e-9, "overall score over the three perspectives with data");
    }

    [Fact]
    public async Task Direct_weights_stand_in_for_comparisons()
    {
        var root = await EvaluateAsync("""
            {"root": {"name": "Goal", "weights": [0.6, 0.4], "children": [
                {"name": "On target", "kpi": {"method": "HigherIsBetter", "target": 10, "actual": 10}},
                {"name": "Half way", "kpi": {"method": "HigherIsBetter", "target": 10, "actual": 5}}]}}
            """);

        Tolerance.Close(0.6, root.Child("On target").Number("localWeight"), Tolerance.Rounding, "first weight");
        Tolerance.Close(0.4, root.Child("Half way").Number("globalWeight"), Tolerance.Rounding, "second weight");
        Tolerance.Close(0.6 * 100 + 0.4 * 50, root.Number("score"), 1e-9, "score");
        Assert.Equal("Green", root.Light());
        Assert.Equal("Red", root.Child("Half way").Light());
        Assert.False(root.TryGetProperty("consistencyRatio", out _), "Direct weights have no CR.");
    }

    [Fact]
    public async Task Without_thresholds_the_default_60_80_applies()
    {
        var root = await EvaluateAsync("""
            {"root": {"name": "Goal", "children": [
                {"name": "Almost", "kpi": {"method": "HigherIsBetter", "target": 100, "actual": 79}}]}}
            """);

        Tolerance.Close(1, root.Child("Almost").Number("localWeight"), 0, "an only child's weight");
        Assert.Equal("Yellow", root.Child("Almost").Light());
        Assert.Equal("Yellow", root.Light());
    }

    [Theory]
    [InlineData(45, 45, "Yellow")]
    [InlineData(85, 85, "Green")]
    [InlineData(-5, 0, "Red")]
    [InlineData(1000, 100, "Green")]
    public async Task An_OMAX_KPI_scores_its_interpolated_level_times_10_and_is_coloured_by_the_OMAX_levels(
        double actual, double score, string light)
    {
        var root = await EvaluateAsync($$$"""
            {"root": {"name": "Goal", "children": [
                {"name": "Output per hour", "kpi": {"method": "Omax", "actual": {{{actual}}},
                 "omaxLevels": [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}}]}}
            """);

        var kpi = root.Child("Output per hour");
        Tolerance.Close(score, kpi.Number("score"), 1e-9, "score");
        Assert.Equal(light, kpi.Light()); // 45 is yellow on OMAX levels (4–7) though red on the scorecard's 60/80
        Assert.Equal(11, kpi.GetProperty("kpi").GetProperty("omaxLevels").GetArrayLength());
    }

    [Fact]
    public async Task A_descending_OMAX_ladder_scores_lower_actuals_higher()
    {
        var root = await EvaluateAsync("""
            {"root": {"name": "Goal", "children": [
                {"name": "Reject rate", "kpi": {"method": "omax", "actual": 3.5,
                 "omaxLevels": [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]}}]}}
            """);

        Tolerance.Close(65, root.Child("Reject rate").Number("score"), 1e-9, "score at level 6.5");
        Assert.Equal("Yellow", root.Child("Reject rate").Light());
    }

    [Fact]
    public async Task Scoring_method_names_are_case_insensitive()
    {
        var request = RodaEmasJaya.Request();
        request.Kpi(perspective: 0, kpi: 0)["method"] = "higherisbetter";
        request.Kpi(perspective: 0, kpi: 1)["method"] = "LOWERISBETTER";

        var root = await EvaluateAsync(request);

        var financial = root.Child("Financial");
        Assert.Equal("HigherIsBetter", financial.Child("Qualified applicants hired").GetProperty("kpi").GetProperty("method").GetString());
        Tolerance.AsPrinted(98.68, financial.Child("Qualified applicants hired").Number("score"), 2, "score");
        Tolerance.AsPrinted(200.00, financial.Child("Accident cost").Number("score"), 2, "score");
    }

    [Fact]
    public async Task A_score_cap_limits_KPI_scores()
    {
        var request = RodaEmasJaya.Request();
        request["scoreCap"] = 150;

        var root = await EvaluateAsync(request);

        Tolerance.Close(150, root.Child("Financial").Child("Accident cost").Number("score"), 0, "capped score");
        Tolerance.Close(0.2 * 93.75 / 95 * 100 + 0.8 * 150, root.Child("Financial").Number("score"), 1e-9, "Financial score");
    }
}
