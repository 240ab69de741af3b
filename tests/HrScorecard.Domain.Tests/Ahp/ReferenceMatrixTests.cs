using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>
/// Priorities of matrices whose answer is known independently of the code under test: closed forms for n = 3 and
/// n = 2, consistent matrices, and MathNet's eigen-decomposition for larger ones.
/// </summary>
public class ReferenceMatrixTests
{
    /// <summary>
    /// For n = 3 the principal eigenvector is exactly the row geometric mean and λmax = 1 + c^(1/3) + c^(−1/3) with
    /// c = a12·a23 / a13 — an independent closed form.
    /// </summary>
    [Theory]
    [InlineData(3, 5, 3)]          // the classic textbook matrix: 0.637, 0.258, 0.105; λmax 3.039; CR 0.033
    [InlineData(3, 1.0 / 2, 1.0 / 4)] // Roda Emas Jaya, Customer KPIs
    [InlineData(2, 4, 2)]          // consistent
    [InlineData(9, 1.0 / 9, 1.0 / 9)] // as inconsistent as Saaty's scale allows
    [InlineData(1.0 / 7, 1.0 / 3, 5)]
    public void Three_by_three_eigenvector_and_lambda_max_match_the_closed_form(double a12, double a13, double a23)
    {
        var matrix = PairwiseMatrix.FromUpperTriangle(3, [a12, a13, a23]);

        var result = Priorities.Compute(matrix);

        double[] rows = [Math.Cbrt(a12 * a13), Math.Cbrt(a23 / a12), Math.Cbrt(1 / (a13 * a23))];
        Tolerance.AllClose([.. rows.Select(r => r / rows.Sum())], result.Weights, Tolerance.Rounding, "w");
        var c = Math.Cbrt(a12 * a23 / a13);
        var lambda = 1 + c + 1 / c;
        Tolerance.Close(lambda, result.LambdaMax, Tolerance.Rounding, "λmax");
        Tolerance.Close((lambda - 3) / 2 / 0.58, result.ConsistencyRatio, Tolerance.Rounding, "CR");
        Tolerance.AllClose(Priorities.EigenDecompositionVector(matrix), result.Weights, 1e-12, "Evd");
        Tolerance.EigenResidual(matrix, result.Weights, result.LambdaMax, 1e-10);
    }

    [Fact]
    public void Classic_three_by_three_textbook_matrix_gives_its_familiar_priorities()
    {
        var matrix = PairwiseMatrix.FromRows(
        [
            [1, 3, 5],
            [1.0 / 3, 1, 3],
            [1.0 / 5, 1.0 / 3, 1],
        ]);

        var result = Priorities.Compute(matrix);

        Tolerance.AllAsPrinted([0.637, 0.258, 0.105], result.Weights, 3);
        Tolerance.AllClose(Priorities.EigenDecompositionVector(matrix), result.Weights, 1e-12, "Evd vs power iteration");
        Tolerance.EigenResidual(matrix, result.Weights, result.LambdaMax, 1e-10);
        Tolerance.AsPrinted(3.039, result.LambdaMax, 3, "λmax");
        Tolerance.AsPrinted(0.033, result.ConsistencyRatio, 3, "CR");
    }

    [Theory]
    [InlineData(new[] { 0.5, 0.3, 0.2 })]
    [InlineData(new[] { 8.0, 4, 2, 1 })]
    [InlineData(new[] { 0.05, 0.1, 0.15, 0.2, 0.25, 0.25 })]
    [InlineData(new[] { 9.0, 1, 1, 1, 1, 1, 1, 1, 1, 1 })]
    public void Consistent_matrix_returns_its_weights_with_lambda_max_n_and_no_judgment_to_revise(double[] weights)
    {
        var result = Priorities.Compute(PairwiseMatrix.FromPriorities(weights));

        Tolerance.AllClose([.. weights.Select(w => w / weights.Sum())], result.Weights, Tolerance.Rounding, "w");
        Tolerance.Close(weights.Length, result.LambdaMax, 1e-12, "λmax");
        Tolerance.Close(0, result.ConsistencyRatio, 1e-12, "CR");
        Assert.Null(result.MostInconsistent);
    }

    [Theory]
    [InlineData(new[] { 3, 5, 4, 3, 0.5, 0.2 })]
    [InlineData(new[] { 2.0, 1.0 / 3, 7, 5, 1.0 / 9, 4, 1.0 / 2, 6, 3, 1.0 / 5 })]
    [InlineData(new[] { 9.0, 8, 7, 6, 5, 4, 1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 2, 3, 4, 5, 1.0 / 2, 1.0 / 3, 1.0 / 4, 6, 7, 8 })]
    public void Power_iteration_eigenvector_agrees_with_MathNet_eigen_decomposition(double[] upperTriangle)
    {
        var n = (int)Math.Round((1 + Math.Sqrt(1 + 8.0 * upperTriangle.Length)) / 2);
        var matrix = PairwiseMatrix.FromUpperTriangle(n, upperTriangle);

        var result = Priorities.Compute(matrix);

        Tolerance.AllClose(Priorities.EigenDecompositionVector(matrix), result.Weights, 1e-12, "Evd vs power iteration");
        Tolerance.EigenResidual(matrix, result.Weights, result.LambdaMax, 1e-10);
        Assert.True(result.LambdaMax >= n, $"λmax {result.LambdaMax} < n");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(1.0 / 9)]
    [InlineData(1)]
    public void Two_items_are_always_consistent(double judgment)
    {
        var result = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(2, [judgment]));

        Assert.Equal(0, result.ConsistencyRatio);
        Assert.Equal(0, result.ConsistencyIndex);
        Assert.Equal(2, result.LambdaMax);
        Assert.True(result.IsConsistent);
        Assert.Null(result.MostInconsistent);
        Tolerance.AllClose([judgment / (1 + judgment), 1 / (1 + judgment)], result.Weights, Tolerance.Rounding);
    }

    [Fact]
    public void One_item_gets_weight_one()
    {
        var result = Priorities.Compute(PairwiseMatrix.FromRows([[1]]));

        Assert.Equal([1.0], result.Weights);
        Assert.Equal(0, result.ConsistencyRatio);
        Assert.True(result.IsConsistent);
    }
}
