
namespace HrScorecard.Web.Tests.Api;

/// <summary><c>POST /api/ahp/aggregate</c>: element-wise (weighted) geometric mean of respondents' matrices (DOMAIN.md §3).</summary>
public class AhpAggregateApiTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Path = "/api/ahp/aggregate";
    private const string CustomerKpis = """[[1, 3, "1/2"], ["1/3", 1, "1/4"], [2, 4, 1]]""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Two_identical_respondents_aggregate_to_their_own_matrix_and_weights()
    {
        var single = await _client.PostForResultAsync("/api/ahp/priorities", $$"""{"matrix": {{CustomerKpis}}}""");

        var group = await _client.PostForResultAsync(Path, $$"""{"matrices": [{{CustomerKpis}}, {{CustomerKpis}}]}""");

        double[][] expected = [[1, 3, 0.5], [1.0 / 3, 1, 0.25], [2, 4, 1]];
        var matrix = group.GetProperty("matrix").Matrix();
        Assert.Equal(3, matrix.Length);
        for (var i = 0; i < 3; i++) Tolerance.AllClose(expected[i], matrix[i], Tolerance.Rounding, $"matrix[{i}]");
        Tolerance.AllClose(single.GetProperty("weights").Numbers(), group.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
        Tolerance.AllAsPrinted([0.3196, 0.1220, 0.5584], group.GetProperty("weights").Numbers(), 4, "weights");
        Tolerance.AsPrinted(0.0158, group.Number("consistencyRatio"), 4, "CR");
    }

    [Fact]
    public async Task Opposite_judgments_cancel_out_to_equal_weights()
    {
        var group = await _client.PostForResultAsync(Path, """{"matrices": [[[1, 3], ["1/3", 1]], [[1, "1/3"], [3, 1]]]}""");

        Tolerance.AllClose([0.5, 0.5], group.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
        Tolerance.Close(1, group.GetProperty("matrix")[0][1].GetDouble(), Tolerance.Rounding, "matrix[0][1]");
        Tolerance.Close(1, group.GetProperty("matrix")[1][0].GetDouble(), Tolerance.Rounding, "matrix[1][0]");
        Assert.Equal(0, group.Number("consistencyRatio"));
    }

    [Fact]
    public async Task Respondent_weights_pull_the_aggregate_towards_the_heavier_respondent()
    {
        // 3^(3/4) · (1/3)^(1/4) = 3^(1/2)
        var group = await _client.PostForResultAsync(Path,
            """{"matrices": [[[1, 3], ["1/3", 1]], [[1, "1/3"], [3, 1]]], "respondentWeights": [3, 1]}""");

        Tolerance.Close(Math.Sqrt(3), group.GetProperty("matrix")[0][1].GetDouble(), Tolerance.Rounding, "matrix[0][1]");
        Tolerance.Close(1 / Math.Sqrt(3), group.GetProperty("matrix")[1][0].GetDouble(), Tolerance.Rounding, "matrix[1][0]");
    }

    [Fact]
    public async Task The_aggregate_answer_has_every_field_of_the_priorities_answer()
    {
        var group = await _client.PostForResultAsync(Path, $$"""{"matrices": [{{CustomerKpis}}]}""");

        foreach (var field in new[] { "matrix", "weights", "lambdaMax", "consistencyIndex", "randomIndex", "consistencyRatio", "isConsistent", "mostInconsistent" })
            Assert.True(group.TryGetProperty(field, out _), $"The answer lacks \"{field}\": {group.GetRawText()}");
    }

    [Fact]
    public async Task Identical_respondents_are_reported_in_full_consensus()
    {
        var group = await _client.PostForResultAsync(Path, $$"""{"matrices": [{{CustomerKpis}}, {{CustomerKpis}}, {{CustomerKpis}}]}""");

        Tolerance.Close(1, group.Number("consensus"), 1e-12, "consensus");
        Assert.Equal("VeryHigh", group.GetProperty("consensusBand").GetString());
    }

    [Fact]
    public async Task Respondents_each_favouring_another_item_at_the_scale_maximum_are_reported_without_consensus()
    {
        var group = await _client.PostForResultAsync(Path, """
            {"matrices": [[[1, 9, 9], ["1/9", 1, 1], ["1/9", 1, 1]],
                          [[1, "1/9", 1], [9, 1, 9], [1, "1/9", 1]],
                          [[1, 1, "1/9"], [1, 1, "1/9"], [9, 9, 1]]]}
            """);

        Tolerance.Close(0, group.Number("consensus"), 1e-12, "consensus");
        Assert.Equal("VeryLow", group.GetProperty("consensusBand").GetString());
        Tolerance.AllClose([1.0 / 3, 1.0 / 3, 1.0 / 3], group.GetProperty("weights").Numbers(), 1e-12, "weights");
    }

    [Fact]
    public async Task A_single_respondent_has_no_consensus()
    {
        var group = await _client.PostForResultAsync(Path, $$"""{"matrices": [{{CustomerKpis}}]}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, group.GetProperty("consensus").ValueKind);
    }

    [Fact]
    public async Task Respondent_weights_that_do_not_match_the_number_of_matrices_are_rejected()
    {
        var response = await _client.PostJsonAsync(Path,
            $$"""{"matrices": [{{CustomerKpis}}, {{CustomerKpis}}], "respondentWeights": [1, 2, 3]}""");

        var message = await ProblemAssert.IsBadRequestAsync(response, "respondentWeights");
        Assert.Contains("2 matrices need 2 respondent weights", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrices_of_different_sizes_are_rejected_at_the_odd_one()
    {
        var response = await _client.PostJsonAsync(Path, $$"""{"matrices": [{{CustomerKpis}}, [[1, 2], ["1/2", 1]]]}""");

        var message = await ProblemAssert.IsBadRequestAsync(response, "matrices[1]");
        Assert.Contains("same items", message, StringComparison.Ordinal);
    }
}
