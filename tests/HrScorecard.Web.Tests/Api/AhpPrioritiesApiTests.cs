using System.Text.Json;

namespace HrScorecard.Web.Tests.Api;

/// <summary><c>POST /api/ahp/priorities</c> against DOMAIN.md §9 (perspectives F, C, IBP, L&amp;G).</summary>
public class AhpPrioritiesApiTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Path = "/api/ahp/priorities";

    // F–C 3, F–IBP 5, F–L&G 4, C–IBP 3, C–L&G 1/2, IBP–L&G 1/5; reciprocals as exact fraction strings.
    private const string PerspectiveMatrix = """[[1, 3, 5, 4], ["1/3", 1, 3, "1/2"], ["1/5", "1/3", 1, "1/5"], ["1/4", 2, 5, 1]]""";

    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> PrioritiesAsync(string matrix, string? method = null) =>
        _client.PostForResultAsync(Path, method is null
            ? $$"""{"matrix": {{matrix}}}"""
            : $$"""{"matrix": {{matrix}}, "method": "{{method}}"}""");

    [Fact]
    public async Task The_worked_example_perspectives_get_the_exact_eigenvector_weights()
    {
        var result = await PrioritiesAsync(PerspectiveMatrix);

        Tolerance.AllAsPrinted([0.5424, 0.1540, 0.0647, 0.2389], result.GetProperty("weights").Numbers(), 4, "weights");
        Tolerance.Close(1, result.GetProperty("weights").Numbers().Sum(), Tolerance.Rounding, "sum of weights");
    }

    [Fact]
    public async Task The_worked_example_perspectives_have_lambda_max_4_2099_CI_0_0700_and_CR_0_0777_and_are_consistent()
    {
        var result = await PrioritiesAsync(PerspectiveMatrix);

        Tolerance.AsPrinted(4.2099, result.Number("lambdaMax"), 4, "λmax");
        Tolerance.AsPrinted(0.0700, result.Number("consistencyIndex"), 4, "CI");
        Tolerance.AsPrinted(0.90, result.Number("randomIndex"), 2, "RI");
        Tolerance.AsPrinted(0.0777, result.Number("consistencyRatio"), 4, "CR");
        Assert.True(result.GetProperty("isConsistent").GetBoolean());
    }

    [Fact]
    public async Task Results_keep_full_double_precision()
    {
        var result = await PrioritiesAsync(PerspectiveMatrix);

        // The exact eigenvector to 1e-12 (DOMAIN.md §3), not a value rounded for display.
        Tolerance.Close(0.5424047533634948, result.GetProperty("weights")[0].GetDouble(), 1e-12, "weight of Financial");
        Tolerance.Close(0.0777413660303791, result.Number("consistencyRatio"), 1e-12, "CR");
    }

    [Fact]
    public async Task The_judgment_to_reconsider_is_given_with_zero_based_indices_above_the_diagonal()
    {
        var result = await PrioritiesAsync(PerspectiveMatrix);

        var worst = result.GetProperty("mostInconsistent");
        Assert.Equal(JsonValueKind.Object, worst.ValueKind);
        var (row, column) = (worst.GetProperty("row").GetInt32(), worst.GetProperty("column").GetInt32());
        Assert.InRange(row, 0, 3);
        Assert.InRange(column, row + 1, 3);
        var weights = result.GetProperty("weights").Numbers();
        Tolerance.Close(weights[row] / weights[column], worst.Number("suggested"), 1e-9, "suggested judgment w_i / w_j");
        double[][] judgments = [[1, 3, 5, 4], [1.0 / 3, 1, 3, 0.5], [0.2, 1.0 / 3, 1, 0.2], [0.25, 2, 5, 1]];
        Tolerance.Close(judgments[row][column], worst.Number("current"), Tolerance.Rounding, "current judgment");
    }

    [Fact]
    public async Task Fractions_as_strings_give_the_same_weights_as_the_decimals_they_stand_for()
    {
        var fractions = await PrioritiesAsync("""[[1, "1/4"], ["4/1", 1]]""");
        var decimals = await PrioritiesAsync("[[1, 0.25], [4, 1]]");

        Tolerance.AllClose(decimals.GetProperty("weights").Numbers(), fractions.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
        Tolerance.AllClose([0.2, 0.8], fractions.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
    }

    [Fact]
    public async Task The_geometric_mean_method_gives_normalised_row_geometric_means_which_differ_from_the_eigenvector()
    {
        var eigenvector = (await PrioritiesAsync(PerspectiveMatrix, "eigenvector")).GetProperty("weights").Numbers();
        var geometricMean = (await PrioritiesAsync(PerspectiveMatrix, "geometric-mean")).GetProperty("weights").Numbers();

        double[] rowProducts = [1 * 3 * 5 * 4, 1.0 / 3 * 1 * 3 * 0.5, 0.2 * (1.0 / 3) * 1 * 0.2, 0.25 * 2 * 5 * 1];
        var means = rowProducts.Select(p => Math.Pow(p, 1.0 / 4)).ToArray();
        Tolerance.AllClose([.. means.Select(m => m / means.Sum())], geometricMean, Tolerance.Rounding, "geometric-mean weights");
        Assert.True(Math.Abs(eigenvector[0] - geometricMean[0]) > 1e-3,
            $"The geometric mean ({geometricMean[0]}) should differ from the eigenvector ({eigenvector[0]}) for an inconsistent matrix.");
    }

    [Fact]
    public async Task The_method_name_is_case_insensitive()
    {
        var lowerCase = await PrioritiesAsync(PerspectiveMatrix, "geometric-mean");
        var mixedCase = await PrioritiesAsync(PerspectiveMatrix, "Geometric-Mean");

        Tolerance.AllClose(lowerCase.GetProperty("weights").Numbers(), mixedCase.GetProperty("weights").Numbers(), 0, "weights");
    }

    [Fact]
    public async Task Without_a_method_the_eigenvector_is_used()
    {
        var implicitMethod = await PrioritiesAsync(PerspectiveMatrix);
        var explicitMethod = await PrioritiesAsync(PerspectiveMatrix, "EIGENVECTOR");

        Tolerance.AllClose(explicitMethod.GetProperty("weights").Numbers(), implicitMethod.GetProperty("weights").Numbers(), 0, "weights");
    }

    [Fact]
    public async Task Two_items_are_always_consistent_with_CR_0_and_nothing_to_reconsider()
    {
        var result = await PrioritiesAsync("""[[1, "1/4"], [4, 1]]""");

        Tolerance.AllClose([0.2, 0.8], result.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
        Assert.Equal(0, result.Number("consistencyRatio"));
        Assert.Equal(0, result.Number("consistencyIndex"));
        Tolerance.Close(2, result.Number("lambdaMax"), Tolerance.Rounding, "λmax");
        Assert.True(result.GetProperty("isConsistent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("mostInconsistent").ValueKind);
    }

    [Fact]
    public async Task Fifteen_items_the_largest_matrix_accepted_are_compared_against_RI_1_59()
    {
        var ones = "[" + string.Join(", ", Enumerable.Repeat("[" + string.Join(", ", Enumerable.Repeat(1, 15)) + "]", 15)) + "]";

        var result = await PrioritiesAsync(ones);

        Tolerance.AllClose([.. Enumerable.Repeat(1.0 / 15, 15)], result.GetProperty("weights").Numbers(), Tolerance.Rounding, "weights");
        Assert.Equal(1.59, result.Number("randomIndex"));
        Tolerance.Close(0, result.Number("consistencyRatio"), Tolerance.Rounding, "CR");
    }

    [Fact]
    public async Task A_strongly_inconsistent_matrix_is_a_result_not_an_error()
    {
        // A > B 9, B > C 9, yet C > A 9: a cycle.
        var result = await PrioritiesAsync("""[[1, 9, "1/9"], ["1/9", 1, 9], [9, "1/9", 1]]""");

        Assert.True(result.Number("consistencyRatio") > 0.10);
        Assert.False(result.GetProperty("isConsistent").GetBoolean());
        Assert.Equal(JsonValueKind.Object, result.GetProperty("mostInconsistent").ValueKind);
    }
}
