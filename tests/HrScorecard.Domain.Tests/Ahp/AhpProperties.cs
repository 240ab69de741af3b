using FsCheck.Xunit;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>Properties of priorities and group aggregation over generated matrices (FsCheck).</summary>
[Properties(Arbitrary = [typeof(AhpArbitraries)], MaxTest = 200)]
public class AhpProperties
{
    [Property]
    public void Consistent_matrix_built_from_any_positive_weights_gives_those_weights_back(PositiveWeights weights)
    {
        var sum = weights.Values.Sum();

        var result = Priorities.Compute(PairwiseMatrix.FromPriorities(weights.Values));

        Tolerance.AllClose([.. weights.Values.Select(w => w / sum)], result.Weights, 1e-9, "w");
        Assert.True(result.ConsistencyRatio < 1e-9, $"CR {result.ConsistencyRatio}");
        Assert.True(result.IsConsistent);
    }

    [Property]
    public void Priorities_of_any_Saaty_scale_matrix_are_positive_and_sum_to_one(SaatyMatrix saaty)
    {
        var result = Priorities.Compute(saaty.Matrix);

        Assert.All(result.Weights, w => Assert.True(w > 0, $"weight {w}"));
        Tolerance.Close(1, result.Weights.Sum(), 1e-12, "Σw");
        Assert.True(result.LambdaMax >= saaty.Matrix.Size - 1e-9, $"λmax {result.LambdaMax} < n = {saaty.Matrix.Size}");
        Assert.True(result.ConsistencyRatio >= 0, $"CR {result.ConsistencyRatio}");
    }

    [Property]
    public void Power_iteration_agrees_with_the_eigen_decomposition_on_any_Saaty_scale_matrix(SaatyMatrix saaty)
    {
        var powerIteration = Priorities.PrincipalEigenvector(saaty.Matrix);

        Tolerance.AllClose(Priorities.EigenDecompositionVector(saaty.Matrix), powerIteration, 1e-9, "Evd vs power iteration");
    }

    [Property]
    public void Row_geometric_mean_weights_are_positive_and_sum_to_one(SaatyMatrix saaty)
    {
        var result = Priorities.Compute(saaty.Matrix, new AhpOptions(PriorityMethod.GeometricMean));

        Assert.All(result.Weights, w => Assert.True(w > 0, $"weight {w}"));
        Tolerance.Close(1, result.Weights.Sum(), 1e-12, "Σw");
    }

    [Property]
    public void Aggregating_identical_matrices_returns_that_matrix(Respondents group)
    {
        var matrix = group.Matrices[0];
        var copies = Enumerable.Repeat(matrix, group.Matrices.Length).ToArray();

        var aggregate = GroupJudgment.Aggregate(copies, group.Weights);

        AssertSameEntries(matrix, aggregate);
        AssertSameEntries(matrix, GroupJudgment.Aggregate(copies));
    }

    [Property]
    public void Aggregate_of_any_respondents_is_reciprocal(Respondents group)
    {
        var aggregate = GroupJudgment.Aggregate(group.Matrices, group.Weights);

        for (var i = 0; i < aggregate.Size; i++)
        {
            Assert.Equal(1.0, aggregate[i, i]);
            for (var j = 0; j < aggregate.Size; j++)
                Tolerance.Close(1, aggregate[i, j] * aggregate[j, i], Tolerance.Rounding, $"a[{i}][{j}]·a[{j}][{i}]");
        }
    }

    [Property]
    public void Aggregate_of_two_respondents_is_the_elementwise_square_root_of_their_products(TwoRespondents pair)
    {
        var (first, second) = (pair.First, pair.Second);

        var aggregate = GroupJudgment.Aggregate([first, second]);

        for (var i = 0; i < first.Size; i++)
            for (var j = 0; j < first.Size; j++)
                Tolerance.Relative(Math.Sqrt(first[i, j] * second[i, j]), aggregate[i, j], Tolerance.Rounding, $"a[{i}][{j}]");
    }

    private static void AssertSameEntries(PairwiseMatrix expected, PairwiseMatrix actual)
    {
        Assert.Equal(expected.Size, actual.Size);
        for (var i = 0; i < expected.Size; i++)
            for (var j = 0; j < expected.Size; j++)
                Tolerance.Relative(expected[i, j], actual[i, j], Tolerance.Rounding, $"a[{i}][{j}]");
    }
}
