using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.Scoring;

/// <summary>Traffic lights from two thresholds: red &lt; yellow-from ≤ yellow &lt; green-from ≤ green (DOMAIN.md §5).</summary>
public class ThresholdsTests
{
    [Theory]
    [InlineData(0, TrafficLight.Red)]
    [InlineData(59.99, TrafficLight.Red)]
    [InlineData(60, TrafficLight.Yellow)]
    [InlineData(79.99, TrafficLight.Yellow)]
    [InlineData(79.999999999999, TrafficLight.Green)] // float noise at the boundary counts as 80
    [InlineData(80, TrafficLight.Green)]
    [InlineData(200, TrafficLight.Green)]
    public void Default_thresholds_are_60_and_80_with_the_boundaries_inclusive_upwards(double score, TrafficLight light) =>
        Assert.Equal(light, Thresholds.Default.Classify(score));

    [Fact]
    public void Score_computed_exactly_at_the_boundary_is_not_pushed_down_by_rounding()
    {
        // Turnover 10.8 % against a 9 % target: (2 − 1.2) × 100 is 79.99999999999999 in binary floating point.
        var score = new KpiScoringRule(ScoringMethod.LowerIsBetter, 9).Score(10.8);
        Assert.True(score < 80, $"precondition: {score:R} should fall just short of 80");

        Assert.Equal(TrafficLight.Green, Thresholds.Default.Classify(score));
    }

    [Fact]
    public void Missing_score_is_no_data_never_red() =>
        Assert.Equal(TrafficLight.NoData, Thresholds.Default.Classify(null));

    [Theory]
    [InlineData(50, TrafficLight.Yellow)]
    [InlineData(49.9, TrafficLight.Red)]
    [InlineData(100, TrafficLight.Green)]
    [InlineData(99.9, TrafficLight.Yellow)]
    public void Thresholds_are_configurable_like_seed_004_at_50_and_100(double score, TrafficLight light) =>
        Assert.Equal(light, new Thresholds(50, 100).Classify(score));

    [Fact]
    public void OMAX_thresholds_are_40_and_80_on_the_percent_scale()
    {
        Assert.Equal(40, Thresholds.Omax.YellowFrom);
        Assert.Equal(80, Thresholds.Omax.GreenFrom);
    }

    [Fact]
    public void Equal_thresholds_leave_no_yellow_band()
    {
        var thresholds = new Thresholds(70, 70);

        Assert.Equal(TrafficLight.Red, thresholds.Classify(69));
        Assert.Equal(TrafficLight.Green, thresholds.Classify(70));
    }

    [Theory]
    [InlineData(-1, 80, "yellowFrom")]
    [InlineData(double.NaN, 80, "yellowFrom")]
    [InlineData(80, 60, "greenFrom")]
    [InlineData(60, double.PositiveInfinity, "greenFrom")]
    public void Thresholds_out_of_order_or_not_numbers_are_rejected_naming_the_field(double yellowFrom, double greenFrom, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new Thresholds(yellowFrom, greenFrom));

        Assert.Equal(field, error.Field);
    }
}
