using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Tests.TestData;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>DOMAIN.md §9 (seed 003, PT. Roda Emas Jaya): the AHP half of the worked example, and the §10 slips avoided.</summary>
public class RodaEmasJayaPrioritiesTests
{
    private static AhpResult Perspectives(AhpOptions? options = null) =>
        Priorities.Compute(RodaEmasJaya.PerspectiveComparisons(), options);

    [Fact]
    public void Eigenvector_of_the_Roda_Emas_Jaya_perspectives_matches_the_worked_example()
    {
        // F, C, IBP, L&G
        Tolerance.AllAsPrinted([0.5424, 0.1540, 0.0647, 0.2389], Perspectives().Weights, 4, "perspective weights");
    }

    [Fact]
    public void Lambda_max_CI_and_CR_of_the_perspectives_match_the_worked_example()
    {
        var result = Perspectives();

        Tolerance.AsPrinted(4.2099, result.LambdaMax, 4, "λmax");
        Tolerance.AsPrinted(0.0700, result.ConsistencyIndex, 4, "CI");
        Tolerance.AsPrinted(0.0777, result.ConsistencyRatio, 4, "CR");
        Assert.Equal(0.90, result.RandomIndex);
        Assert.True(result.IsConsistent);
        Assert.Equal(PriorityMethod.Eigenvector, result.Method);
        Assert.Equal(RandomIndexTable.Saaty, result.Table);
    }

    [Theory]
    [InlineData("Financial", new[] { 0.2, 0.8 })]
    [InlineData("Customer", new[] { 0.3196, 0.1220, 0.5584 })]
    [InlineData("Internal Business Process", new[] { 0.6667, 0.3333 })]
    [InlineData("Learning & Growth", new[] { 0.25, 0.75 })]
    public void KPI_weights_within_each_perspective_match_the_worked_example(string perspective, double[] printed)
    {
        var kpis = RodaEmasJaya.Perspectives.Single(p => p.Name == perspective);

        Tolerance.AllAsPrinted(printed, Priorities.Compute(kpis.KpiComparisons()).Weights, 4, perspective);
    }

    [Fact]
    public void Customer_KPI_comparison_has_CR_0_0158()
    {
        var customer = RodaEmasJaya.Perspectives.Single(p => p.Name == "Customer");

        var result = Priorities.Compute(customer.KpiComparisons());

        Tolerance.AsPrinted(0.0158, result.ConsistencyRatio, 4, "Customer CR");
        Assert.Equal(0.58, result.RandomIndex);
    }

    [Fact]
    public void One_third_is_stored_exactly_so_Learning_and_Growth_gets_a_quarter_and_three_quarters()
    {
        // §10: the paper typed 1/3 as 0.33 or 0.3 and got 0.24 / 0.76.
        var matrix = RodaEmasJaya.Perspectives.Single(p => p.Name == "Learning & Growth").KpiComparisons();

        Assert.Equal(1.0 / 3, matrix[0, 1]);
        Assert.Equal(3.0, matrix[1, 0]);
        Tolerance.AllClose([0.25, 0.75], Priorities.Compute(matrix).Weights, Tolerance.Rounding);
    }

    [Fact]
    public void Priorities_are_not_the_squared_matrix_approximation_printed_in_the_paper()
    {
        var matrix = RodaEmasJaya.PerspectiveComparisons();
        var squared = SquaredMatrixApproximation(matrix);
        // The slip is reproduced faithfully here, so the difference below is a real one: 0.553/0.148/0.061/0.239.
        Tolerance.AllAsPrinted([0.553, 0.148, 0.061, 0.239], squared, 3, "squared-matrix approximation");

        var weights = Perspectives().Weights;

        Assert.True(Math.Abs(weights[0] - squared[0]) > 0.01, $"F weight {weights[0]} is the approximation {squared[0]}");
        Assert.True(Perspectives().ConsistencyRatio < 0.0790, "CR must come from the exact λmax, not the paper's 0.0796");
    }

    [Fact]
    public void Row_geometric_mean_is_offered_by_name_and_differs_from_the_eigenvector_here()
    {
        var eigen = Perspectives();
        var geometric = Perspectives(new AhpOptions(PriorityMethod.GeometricMean));

        Assert.Equal(PriorityMethod.GeometricMean, geometric.Method);
        Tolerance.AllClose(Priorities.RowGeometricMean(RodaEmasJaya.PerspectiveComparisons()), geometric.Weights, Tolerance.Rounding);
        var largestGap = eigen.Weights.Zip(geometric.Weights, (e, g) => Math.Abs(e - g)).Max();
        Assert.True(largestGap > 0.005, $"geometric mean should differ from the eigenvector in the 3rd decimal, gap {largestGap}");
        Tolerance.Close(1, geometric.Weights.Sum(), Tolerance.Rounding, "Σw");
        // Consistency is a property of the judgments, not of the weighting method.
        Assert.Equal(eigen.LambdaMax, geometric.LambdaMax);
        Assert.Equal(eigen.ConsistencyRatio, geometric.ConsistencyRatio);
    }

    [Fact]
    public void Power_iteration_agrees_with_the_eigen_decomposition_and_satisfies_A_w_equals_lambda_w()
    {
        var matrix = RodaEmasJaya.PerspectiveComparisons();
        var result = Priorities.Compute(matrix);

        Tolerance.AllClose(Priorities.EigenDecompositionVector(matrix), result.Weights, 1e-12, "Evd vs power iteration");
        Tolerance.EigenResidual(matrix, result.Weights, result.LambdaMax, 1e-10);
    }

    /// <summary>Seed 003's hand method: square A, normalise its row sums (one step of power iteration from 1).</summary>
    private static double[] SquaredMatrixApproximation(PairwiseMatrix a)
    {
        var n = a.Size;
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                for (var k = 0; k < n; k++)
                    rowSums[i] += a[i, k] * a[k, j];
        var total = rowSums.Sum();
        return [.. rowSums.Select(s => s / total)];
    }
}
