using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

public sealed class ConsensusTests
{
    private static double[] WeightsOf(params double[] upperTriangle) =>
        Priorities.PrincipalEigenvector(PairwiseMatrix.FromUpperTriangle(3, upperTriangle));

    [Fact]
    public void Identical_respondents_are_in_full_consensus_and_keep_their_weights()
    {
        var matrix = PairwiseMatrix.FromUpperTriangle(3, [3, 5, 2]);
        var weights = Priorities.PrincipalEigenvector(matrix);

        var consensus = Consensus.RelativeHomogeneity([weights, weights, weights]);
        var group = Priorities.Compute(GroupJudgment.Aggregate([matrix, matrix, matrix]));

        Tolerance.Close(1, consensus!.Value, 1e-12);
        Tolerance.AllClose(weights, group.Weights, 1e-12);
    }

    [Fact]
    public void Three_respondents_each_favouring_a_different_item_at_the_scale_maximum_have_no_consensus()
    {
        // Each favours "their" item 9:1 over both others and sees the others as equal.
        var first = PairwiseMatrix.FromUpperTriangle(3, [9, 9, 1]);
        var second = PairwiseMatrix.FromUpperTriangle(3, [1.0 / 9, 1, 9]);
        var third = PairwiseMatrix.FromUpperTriangle(3, [1, 1.0 / 9, 1.0 / 9]);

        var aggregate = GroupJudgment.Aggregate([first, second, third]);
        var consensus = Consensus.RelativeHomogeneity(
            [Priorities.PrincipalEigenvector(first), Priorities.PrincipalEigenvector(second), Priorities.PrincipalEigenvector(third)]);

        foreach (var judgment in aggregate.UpperTriangle()) Tolerance.Close(1, judgment, 1e-12);
        Tolerance.AllClose([1.0 / 3, 1.0 / 3, 1.0 / 3], Priorities.Compute(aggregate).Weights, 1e-12);
        Tolerance.Close(0, consensus!.Value, 1e-12);
    }

    [Fact]
    public void Weighted_aggregation_of_the_vacation_case_is_the_weighted_geometric_mean_of_the_judgments()
    {
        // gluc/ahp "vacation": Dad 0.4, Mom 0.4, Kid 0.2.
        var dad = PairwiseMatrix.FromUpperTriangle(3, [4, 9, 4]);
        var mom = PairwiseMatrix.FromUpperTriangle(3, [1.0 / 4, 1.0 / 9, 1.0 / 5]);
        var kid = PairwiseMatrix.FromUpperTriangle(3, [1.0 / 9, 1, 9]);

        var group = GroupJudgment.Aggregate([dad, mom, kid], [0.4, 0.4, 0.2]);

        // By hand: a01 = 4^0.4 · (1/4)^0.4 · (1/9)^0.2 = 9^−0.2; a02 = 9^0.4 · 9^−0.4 · 1 = 1; a12 = (4/5)^0.4 · 9^0.2.
        Tolerance.Relative(Math.Pow(9, -0.2), group[0, 1], 1e-12);
        Tolerance.Relative(1, group[0, 2], 1e-12);
        Tolerance.Relative(Math.Pow(0.8, 0.4) * Math.Pow(9, 0.2), group[1, 2], 1e-12);
        Tolerance.Relative(1 / group[1, 2], group[2, 1], 1e-15);
    }

    [Fact]
    public void Consensus_lies_between_none_and_full_for_respondents_who_partly_agree()
    {
        var consensus = Consensus.RelativeHomogeneity([WeightsOf(3, 5, 2), WeightsOf(2, 4, 3), WeightsOf(1, 3, 3)])!.Value;

        Assert.InRange(consensus, 0.5, 0.999);
    }

    [Fact]
    public void One_respondent_has_no_consensus_to_measure() =>
        Assert.Null(Consensus.RelativeHomogeneity([WeightsOf(3, 5, 2)]));

    [Fact]
    public void Respondents_must_weigh_the_same_items()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            Consensus.RelativeHomogeneity([[0.5, 0.5], [0.2, 0.3, 0.5]]));

        Assert.Equal("[1]", error.Field);
    }

    [Theory]
    [InlineData(0.49, ConsensusBand.VeryLow)]
    [InlineData(0.50, ConsensusBand.Low)]
    [InlineData(0.70, ConsensusBand.Moderate)]
    [InlineData(0.80, ConsensusBand.High)]
    [InlineData(0.875, ConsensusBand.VeryHigh)]
    public void Consensus_is_named_on_Goepels_word_scale(double homogeneity, ConsensusBand band) =>
        Assert.Equal(band, Consensus.Band(homogeneity));
}
