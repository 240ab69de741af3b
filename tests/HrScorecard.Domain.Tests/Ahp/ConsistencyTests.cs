using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Tests.TestData;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>RI tables, the CR threshold, and the judgment the respondent should reconsider first (DOMAIN.md §3).</summary>
public class ConsistencyTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 0.58)]
    [InlineData(4, 0.90)]
    [InlineData(5, 1.12)]
    [InlineData(6, 1.24)]
    [InlineData(7, 1.32)]
    [InlineData(8, 1.41)]
    [InlineData(9, 1.45)]
    [InlineData(10, 1.49)]
    [InlineData(11, 1.51)]
    [InlineData(12, 1.48)]
    [InlineData(13, 1.56)]
    [InlineData(14, 1.57)]
    [InlineData(15, 1.59)]
    public void Saaty_random_index_matches_the_published_table(int size, double ri)
    {
        Assert.Equal(ri, RandomIndex.For(size));
        Assert.Equal(ri, RandomIndex.For(size, RandomIndexTable.Saaty));
    }

    [Theory]
    [InlineData(3, 0.5245)]
    [InlineData(4, 0.8815)]
    [InlineData(10, 1.4854)]
    [InlineData(15, 1.5838)]
    public void Alonso_Lamata_random_index_is_available_as_a_named_table(int size, double ri) =>
        Assert.Equal(ri, RandomIndex.For(size, RandomIndexTable.AlonsoLamata2006));

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(-1)]
    public void Random_index_is_not_tabulated_outside_1_to_15(int size)
    {
        var error = Assert.Throws<DomainValidationException>(() => RandomIndex.For(size));
        Assert.Contains(size.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void CR_is_computed_against_the_chosen_table_and_the_result_names_it()
    {
        var result = Priorities.Compute(RodaEmasJaya.PerspectiveComparisons(), new AhpOptions(Table: RandomIndexTable.AlonsoLamata2006));

        Assert.Equal(RandomIndexTable.AlonsoLamata2006, result.Table);
        Assert.Equal(0.8815, result.RandomIndex);
        Tolerance.Close(result.ConsistencyIndex / 0.8815, result.ConsistencyRatio, Tolerance.Rounding, "CR");
    }

    [Theory]
    [InlineData(0.10, true)]
    [InlineData(0.0778, true)]
    [InlineData(0.0777, false)] // CR is 0.07774…
    [InlineData(0.05, false)]
    [InlineData(0, false)]
    public void Consistency_threshold_is_configurable(double threshold, bool consistent)
    {
        var result = Priorities.Compute(RodaEmasJaya.PerspectiveComparisons(), new AhpOptions(ConsistencyThreshold: threshold));

        Assert.Equal(consistent, result.IsConsistent);
    }

    [Fact]
    public void Default_threshold_is_Saaty_ten_percent()
    {
        Assert.Equal(0.10, AhpOptions.Default.ConsistencyThreshold);
        Assert.Equal(PriorityMethod.Eigenvector, AhpOptions.Default.Method);
        // 9 vs 1/9 around a triangle: CR far above 0.10 is reported, not thrown.
        var result = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, [9, 1.0 / 9, 9]));
        Assert.False(result.IsConsistent);
        Assert.True(result.ConsistencyRatio > 1, $"CR {result.ConsistencyRatio}");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Threshold_that_is_not_a_non_negative_number_is_rejected(double threshold)
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            Priorities.Compute(RodaEmasJaya.PerspectiveComparisons(), new AhpOptions(ConsistencyThreshold: threshold)));
        Assert.Contains("threshold", error.Message);
    }

    /// <summary>Weights 9 : 3 : 3 : 1 : 1 give a consistent 5×5 matrix; one judgment is then changed.</summary>
    [Theory]
    [InlineData(1, 3, 9)]  // 3 → 9
    [InlineData(1, 3, 1)]  // 3 → 1
    [InlineData(0, 3, 5)]  // 9 → 5
    [InlineData(3, 4, 1.0 / 3)] // 1 → 1/3
    [InlineData(0, 1, 1)]  // 3 → 1
    public void Perturbed_judgment_of_a_consistent_matrix_is_named_first_for_revision(int row, int column, double perturbed)
    {
        double[] weights = [9, 3, 3, 1, 1];
        var consistent = weights[row] / weights[column];
        var matrix = WithJudgment(PairwiseMatrix.FromPriorities(weights), row, column, perturbed);

        var result = Priorities.Compute(matrix);

        var revision = Assert.IsType<JudgmentRevision>(result.MostInconsistent);
        Assert.Equal((row, column), (revision.Row, revision.Column));
        Assert.Equal(perturbed, revision.Current);
        Tolerance.Relative(result.Weights[row] / result.Weights[column], revision.Suggested, 1e-12, "suggested = w_i / w_j");
        // The suggestion points from the perturbed value towards the consistent one (log scale).
        var towards = Math.Sign(Math.Log(consistent / perturbed));
        Assert.Equal(towards, Math.Sign(Math.Log(revision.Suggested / perturbed)));
        Assert.True(Math.Abs(Math.Log(revision.Suggested / consistent)) < Math.Abs(Math.Log(perturbed / consistent)));
        Assert.Equal(Judgment.NearestOnScale(revision.Suggested), revision.SuggestedOnScale);
    }

    [Theory]
    [InlineData(1, 3, 9)]
    [InlineData(1, 3, 1)]
    [InlineData(0, 3, 5)]
    [InlineData(3, 4, 1.0 / 3)]
    [InlineData(0, 1, 1)]
    public void Following_the_suggestions_on_the_scale_restores_the_consistent_judgment(int row, int column, double perturbed)
    {
        double[] weights = [9, 3, 3, 1, 1];
        var original = PairwiseMatrix.FromPriorities(weights);
        var matrix = WithJudgment(original, row, column, perturbed);

        for (var round = 0; round < 5 && Priorities.Compute(matrix).MostInconsistent is { } revision; round++)
        {
            Assert.Equal((row, column), (revision.Row, revision.Column));
            matrix = WithJudgment(matrix, revision.Row, revision.Column, revision.SuggestedOnScale);
        }

        Assert.Null(Priorities.Compute(matrix).MostInconsistent);
        Tolerance.AllClose(original.UpperTriangle(), matrix.UpperTriangle(), Tolerance.Rounding, "revised judgments");
    }

    private static PairwiseMatrix WithJudgment(PairwiseMatrix matrix, int row, int column, double value)
    {
        var rows = matrix.ToRows();
        rows[row][column] = value;
        rows[column][row] = 1 / value;
        return PairwiseMatrix.FromRows(rows);
    }
}
