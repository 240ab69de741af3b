using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Tests.TestData;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>Aggregating several directors' judgments by the element-wise geometric mean (DOMAIN.md §3).</summary>
public class GroupJudgmentTests
{
    [Fact]
    public void Two_respondents_meet_at_the_geometric_mean_of_their_judgments()
    {
        var first = PairwiseMatrix.FromUpperTriangle(3, [9, 1, 1.0 / 4]);
        var second = PairwiseMatrix.FromUpperTriangle(3, [1, 4, 4]);

        var group = GroupJudgment.Aggregate([first, second]);

        Tolerance.AllClose([3, 2, 1], group.UpperTriangle(), Tolerance.Rounding);
        Tolerance.Relative(1.0 / 3, group[1, 0], Tolerance.Rounding);
    }

    [Fact]
    public void Respondent_weights_are_normalised_exponents()
    {
        var first = PairwiseMatrix.FromUpperTriangle(2, [9]);
        var second = PairwiseMatrix.FromUpperTriangle(2, [1]);

        // Weights 3 : 1 → 9^0.75 · 1^0.25 = 3^1.5 = 3√3.
        var group = GroupJudgment.Aggregate([first, second], [3, 1]);

        Tolerance.Relative(3 * Math.Sqrt(3), group[0, 1], Tolerance.Rounding);
        Tolerance.Relative(1 / (3 * Math.Sqrt(3)), group[1, 0], Tolerance.Rounding);
    }

    [Fact]
    public void Aggregate_of_the_Roda_Emas_Jaya_matrix_with_itself_keeps_its_priorities()
    {
        var matrix = RodaEmasJaya.PerspectiveComparisons();

        var group = GroupJudgment.Aggregate([matrix, matrix, matrix]);

        Tolerance.AllClose(Priorities.Compute(matrix).Weights, Priorities.Compute(group).Weights, 1e-12);
    }

    [Fact]
    public void Arithmetic_mean_would_break_reciprocity_but_the_geometric_mean_does_not()
    {
        var first = PairwiseMatrix.FromUpperTriangle(2, [9]);
        var second = PairwiseMatrix.FromUpperTriangle(2, [1.0 / 9]);

        var group = GroupJudgment.Aggregate([first, second]);

        // Arithmetic: (9 + 1/9)/2 above and below the diagonal, which is not reciprocal; geometric: 1 and 1.
        Tolerance.Close(1, group[0, 1], Tolerance.Rounding);
        Tolerance.Close(1, group[0, 1] * group[1, 0], Tolerance.Rounding);
    }

    [Fact]
    public void No_respondents_is_rejected() =>
        Assert.Equal("matrices", Assert.Throws<DomainValidationException>(() => GroupJudgment.Aggregate([])).Field);

    [Fact]
    public void Respondents_comparing_different_numbers_of_items_are_rejected_naming_the_matrix()
    {
        var error = Assert.Throws<DomainValidationException>(() => GroupJudgment.Aggregate(
            [PairwiseMatrix.FromUpperTriangle(2, [3]), PairwiseMatrix.FromUpperTriangle(3, [3, 3, 3])]));

        Assert.Equal("matrices[1]", error.Field);
        Assert.Contains("3×3", error.Message);
    }

    [Fact]
    public void Huge_respondent_weights_still_weigh_the_respondents_and_do_not_overflow_to_all_ones()
    {
        var group = GroupJudgment.Aggregate(
            [PairwiseMatrix.FromUpperTriangle(2, [9]), PairwiseMatrix.FromUpperTriangle(2, [1])], [1e308, 1e308]);

        Tolerance.Relative(3, group[0, 1], Tolerance.Rounding);
    }

    [Fact]
    public void Respondent_weights_must_match_the_respondents_in_number()
    {
        var matrix = PairwiseMatrix.FromUpperTriangle(2, [3]);

        var error = Assert.Throws<DomainValidationException>(() => GroupJudgment.Aggregate([matrix, matrix], [1]));

        Assert.Equal("respondentWeights", error.Field);
        Assert.Contains("2 matrices need 2 respondent weights", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Respondent_weight_that_is_not_positive_is_rejected_naming_the_respondent(double weight)
    {
        var matrix = PairwiseMatrix.FromUpperTriangle(2, [3]);

        var error = Assert.Throws<DomainValidationException>(() => GroupJudgment.Aggregate([matrix, matrix], [1, weight]));

        Assert.Equal("respondentWeights[1]", error.Field);
    }
}
