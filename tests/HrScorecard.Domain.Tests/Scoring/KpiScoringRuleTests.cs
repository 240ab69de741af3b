using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.Scoring;

/// <summary>Actual vs target → score in % (DOMAIN.md §4, seed 003 §2.2.13) and the edge cases the papers skip.</summary>
public class KpiScoringRuleTests
{
    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter, 95, 93.75, 98.68)]  // qualified applicants, §9
    [InlineData(ScoringMethod.HigherIsBetter, 4.5, 4.90, 108.89)] // leadership index
    [InlineData(ScoringMethod.HigherIsBetter, 70, 85, 121.43)]    // knowledge transfer
    [InlineData(ScoringMethod.LowerIsBetter, 50_000_000, 0, 200.00)] // accident cost
    [InlineData(ScoringMethod.LowerIsBetter, 33, 59.1, 20.91)]    // turnover
    [InlineData(ScoringMethod.LowerIsBetter, 33, 45.46, 62.24)]   // absence
    [InlineData(ScoringMethod.LowerIsBetter, 33, 33, 100.00)]
    [InlineData(ScoringMethod.MustBeZero, 0, 0, 100.00)]          // employee complaints
    [InlineData(ScoringMethod.MustBeZero, 0, 1, 0)]
    [InlineData(ScoringMethod.MustBeOne, 1, 1, 100.00)]
    [InlineData(ScoringMethod.MustBeOne, 1, 2, 0)]
    public void Each_method_scores_as_the_formula_says(ScoringMethod method, double target, double actual, double score) =>
        Tolerance.AsPrinted(score, new KpiScoringRule(method, target).Score(actual), 2, KpiScoringRule.Describe(method));

    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter)]
    [InlineData(ScoringMethod.LowerIsBetter)]
    public void Target_of_zero_is_rejected_for_the_ratio_methods_with_a_message_that_says_why(ScoringMethod method)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(method, 0));

        Assert.Equal("target", error.Field);
        Assert.Contains("cannot be 0", error.Message);
        Assert.Contains("must be zero", error.Message);
    }

    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter, -10)]
    [InlineData(ScoringMethod.LowerIsBetter, -0.5)]
    public void Negative_target_is_rejected_for_the_ratio_methods(ScoringMethod method, double target)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(method, target));

        Assert.Equal("target", error.Field);
        Assert.Contains("must be positive", error.Message);
    }

    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter, null)]
    [InlineData(ScoringMethod.LowerIsBetter, double.NaN)]
    [InlineData(ScoringMethod.HigherIsBetter, double.PositiveInfinity)]
    public void Ratio_method_without_a_numeric_target_is_rejected(ScoringMethod method, double? target)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(method, target));

        Assert.Equal("target", error.Field);
        Assert.Contains("needs a target", error.Message);
    }

    [Theory]
    [InlineData(66, 0)]     // exactly twice the target
    [InlineData(70, 0)]     // beyond: would be −12.12 unfloored
    [InlineData(1000, 0)]
    [InlineData(65.34, 2)]  // just under twice the target is still positive
    public void Lower_is_better_is_floored_at_zero_from_twice_the_target(double actual, double score) =>
        Tolerance.Close(score, new KpiScoringRule(ScoringMethod.LowerIsBetter, 33).Score(actual), 1e-9);

    [Fact]
    public void Higher_is_better_never_goes_below_zero() =>
        Assert.Equal(0, new KpiScoringRule(ScoringMethod.HigherIsBetter, 10).Score(-5));

    [Fact]
    public void Scores_are_not_capped_by_default()
    {
        var rule = new KpiScoringRule(ScoringMethod.LowerIsBetter, 50_000_000);

        Assert.Equal(200, rule.Score(0));
        Assert.Equal(200, rule.Score(0, scoreCap: null));
    }

    [Theory]
    [InlineData(150, 150)]
    [InlineData(100, 100)]
    [InlineData(250, 200)]
    public void Optional_cap_limits_large_scores(double cap, double score) =>
        Assert.Equal(score, new KpiScoringRule(ScoringMethod.LowerIsBetter, 50_000_000).Score(0, cap));

    [Fact]
    public void Cap_does_not_touch_scores_below_it() =>
        Assert.Equal(50, new KpiScoringRule(ScoringMethod.HigherIsBetter, 10).Score(5, 120));

    [Theory]
    [InlineData(99.99)]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Cap_below_100_or_not_a_number_is_rejected(double cap)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(ScoringMethod.HigherIsBetter, 10).Score(5, cap));

        Assert.Equal("scoreCap", error.Field);
        Assert.Contains("at least 100", error.Message);
    }

    [Theory]
    [InlineData(0.0, 100)]
    [InlineData(0.0001, 0)]
    [InlineData(1e-300, 0)]
    [InlineData(-1e-12, 0)]
    public void Must_be_zero_compares_exactly(double actual, double score) =>
        Assert.Equal(score, new KpiScoringRule(ScoringMethod.MustBeZero).Score(actual));

    [Fact]
    public void Negative_zero_is_zero_for_must_be_zero() =>
        Assert.Equal(100, new KpiScoringRule(ScoringMethod.MustBeZero).Score(-0.0));

    [Theory]
    [InlineData(1.0, 100)]
    [InlineData(0.9999999999, 0)]
    [InlineData(1.0000000001, 0)]
    [InlineData(0, 0)]
    public void Must_be_one_compares_exactly(double actual, double score) =>
        Assert.Equal(score, new KpiScoringRule(ScoringMethod.MustBeOne).Score(actual));

    [Fact]
    public void Must_be_zero_and_must_be_one_carry_their_implied_targets_whatever_was_typed()
    {
        Assert.Equal(0, new KpiScoringRule(ScoringMethod.MustBeZero, 7).Target);
        Assert.Equal(1, new KpiScoringRule(ScoringMethod.MustBeOne, 7).Target);
        Assert.Equal(100, new KpiScoringRule(ScoringMethod.MustBeZero, 7).Score(0));
    }

    [Fact]
    public void OMAX_rule_needs_a_ladder()
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(ScoringMethod.Omax));

        Assert.Equal("omaxLevels", error.Field);
    }

    [Fact]
    public void OMAX_rule_scores_the_ladder_level_times_ten()
    {
        var rule = new KpiScoringRule(ScoringMethod.Omax, ladder: new OmaxLadder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

        Tolerance.Close(45, rule.Score(4.5), 1e-12);
        Assert.Equal(100, rule.Score(12));
        Assert.Equal(0, rule.Score(-3));
    }

    [Fact]
    public void Ladder_is_dropped_for_methods_that_do_not_use_it() =>
        Assert.Null(new KpiScoringRule(ScoringMethod.HigherIsBetter, 10, OmaxLadder.FromAnchors(0, 3, 10)).Ladder);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Actual_that_is_not_a_number_is_rejected(double actual)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(ScoringMethod.HigherIsBetter, 10).Score(actual));

        Assert.Equal("actual", error.Field);
    }

    [Fact]
    public void Actual_whose_ratio_to_the_target_overflows_is_rejected_instead_of_scoring_infinity()
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(ScoringMethod.HigherIsBetter, 1e-300).Score(1e300));

        Assert.Equal("actual", error.Field);
        Assert.Contains("too large", error.Message);
    }

    [Fact]
    public void Unknown_method_is_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() => new KpiScoringRule((ScoringMethod)42, 10));

        Assert.Equal("method", error.Field);
    }

    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter)]
    [InlineData(ScoringMethod.LowerIsBetter)]
    [InlineData(ScoringMethod.MustBeZero)]
    [InlineData(ScoringMethod.MustBeOne)]
    [InlineData(ScoringMethod.Omax)]
    public void Every_method_has_a_name_and_a_formula_in_words(ScoringMethod method)
    {
        Assert.False(string.IsNullOrWhiteSpace(KpiScoringRule.Describe(method)));
        Assert.StartsWith("Score = ", KpiScoringRule.Formula(method));
    }
}
