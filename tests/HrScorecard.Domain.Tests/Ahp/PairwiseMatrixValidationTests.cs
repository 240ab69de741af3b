using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>What a pairwise matrix accepts; every rejection names the offending cell in its message and Field.</summary>
public class PairwiseMatrixValidationTests
{
    private static double[][] Valid3() =>
    [
        [1, 3, 5],
        [1.0 / 3, 1, 3],
        [1.0 / 5, 1.0 / 3, 1],
    ];

    private static DomainValidationException Rejects(IReadOnlyList<IReadOnlyList<double>> rows) =>
        Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromRows(rows));

    [Fact]
    public void Row_of_the_wrong_length_is_rejected_naming_the_row()
    {
        var rows = Valid3();
        rows[1] = [1.0 / 3, 1];

        var error = Rejects(rows);

        Assert.Equal("[1]", error.Field);
        Assert.Contains("Row 1 has 2 entries", error.Message);
    }

    [Fact]
    public void Empty_matrix_is_rejected()
    {
        var error = Rejects([]);

        Assert.Contains("between 1 and 15", error.Message);
        Assert.Contains("0 were given", error.Message);
    }

    [Fact]
    public void Sixteen_items_are_rejected()
    {
        var rows = Enumerable.Range(0, 16).Select(_ => (IReadOnlyList<double>)Enumerable.Repeat(1.0, 16).ToArray()).ToArray();

        var error = Rejects(rows);

        Assert.Contains("16 were given", error.Message);
    }

    [Fact]
    public void Fifteen_items_are_accepted()
    {
        var rows = Enumerable.Range(0, 15).Select(_ => (IReadOnlyList<double>)Enumerable.Repeat(1.0, 15).ToArray()).ToArray();

        Assert.Equal(15, PairwiseMatrix.FromRows(rows).Size);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Entry_that_is_not_a_positive_number_is_rejected_naming_its_cell(double bad)
    {
        var rows = Valid3();
        rows[2][0] = bad;

        var error = Rejects(rows);

        Assert.Equal("[2][0]", error.Field);
        Assert.Contains("Entry [2][0] must be a positive number", error.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1e308)]
    [InlineData(0.1)]
    [InlineData(1e-308)]
    public void Entry_beyond_Saatys_scale_is_rejected_naming_its_cell(double bad)
    {
        var error = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromUpperTriangle(3, [bad, 1, 1]));

        Assert.Equal("[0][1]", error.Field);
        Assert.Contains("1/9 to 9", error.Message);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(1.0 / 9)]
    [InlineData(2.47)]
    public void Entry_anywhere_on_the_scale_is_accepted(double judgment) =>
        Assert.Equal(judgment, PairwiseMatrix.FromUpperTriangle(2, [judgment])[0, 1]);

    [Fact]
    public void Diagonal_entry_other_than_one_is_rejected_naming_its_cell()
    {
        var rows = Valid3();
        rows[1][1] = 2;

        var error = Rejects(rows);

        Assert.Equal("[1][1]", error.Field);
        Assert.Contains("[1][1]", error.Message);
        Assert.Contains("must be 1", error.Message);
    }

    [Fact]
    public void Non_reciprocal_pair_is_rejected_naming_the_lower_cell_and_the_expected_value()
    {
        var rows = Valid3();
        rows[2][0] = 0.5; // should be 1/5

        var error = Rejects(rows);

        Assert.Equal("[2][0]", error.Field);
        Assert.Contains("[2][0] = 0.5", error.Message);
        Assert.Contains("[0][2] = 5", error.Message);
        Assert.Contains("1/5", error.Message);
    }

    [Theory]
    [InlineData(0, 1, 0.333)] // typed below the diagonal
    [InlineData(1, 0, 0.333)] // typed above the diagonal, 3 below
    [InlineData(0, 1, 0.33)]  // as seed 003 typed it: 0.33 · 3 = 0.99, on the edge of the 1 % tolerance
    [InlineData(1, 0, 0.33)]
    public void Typed_decimal_for_one_third_is_accepted_and_replaced_by_the_exact_reciprocal(int judgmentRow, int judgmentColumn, double typed)
    {
        double[][] rows = [[1, 1], [1, 1]];
        rows[judgmentRow][judgmentColumn] = 3;
        rows[judgmentColumn][judgmentRow] = typed;

        var matrix = PairwiseMatrix.FromRows(rows);

        Assert.Equal(3.0, matrix[judgmentRow, judgmentColumn]);
        Assert.Equal(1.0 / 3, matrix[judgmentColumn, judgmentRow]);
        Tolerance.Close(judgmentRow == 0 ? 0.75 : 0.25, Priorities.Compute(matrix).Weights[0], Tolerance.Rounding, "w[0]");
    }

    [Fact]
    public void Typed_0_3_for_one_third_is_rejected()
    {
        var error = Rejects([[1, 3], [0.3, 1]]);

        Assert.Equal("[1][0]", error.Field);
        Assert.Contains("1/3", error.Message);
    }

    [Fact]
    public void Upper_triangle_fills_exact_reciprocals_below_the_diagonal()
    {
        var matrix = PairwiseMatrix.FromUpperTriangle(3, [3, 5, 1.0 / 7]);

        Assert.Equal(
            [[1, 3, 5], [1.0 / 3, 1, 1.0 / 7], [1.0 / 5, 7, 1]],
            matrix.ToRows());
        Assert.Equal([3, 5, 1.0 / 7], matrix.UpperTriangle());
    }

    [Fact]
    public void Upper_triangle_of_the_wrong_length_is_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromUpperTriangle(4, [3, 5, 4]));

        Assert.Contains("4 items need 6 pairwise judgments", error.Message);
        Assert.Contains("3 were given", error.Message);
    }

    [Fact]
    public void Upper_triangle_entry_that_is_not_positive_is_rejected_naming_its_cell()
    {
        var error = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromUpperTriangle(3, [3, 5, 0]));

        Assert.Equal("[1][2]", error.Field);
    }

    [Fact]
    public void Priorities_that_are_not_positive_are_rejected_naming_the_item()
    {
        var error = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromPriorities([0.5, 0, 0.5]));

        Assert.Equal("[1]", error.Field);
    }

    [Fact]
    public void Field_is_prefixed_when_the_error_is_relocated()
    {
        var error = Rejects([[1, 3], [0.3, 1]]);

        Assert.Equal("comparisons[1][0]", error.Under("comparisons").Field);
        Assert.Equal("children[0].target", new DomainValidationException("x", "target").Under("children[0]").Field);
        Assert.Equal("weights", new DomainValidationException("x").Under("weights").Field);
    }
}
