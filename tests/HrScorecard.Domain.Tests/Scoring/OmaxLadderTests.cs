using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.Scoring;

/// <summary>Objective Matrix ladders (Riggs &amp; Felix; seed 002): placing an actual, filling from anchors, lights.</summary>
public class OmaxLadderTests
{
    // Training hours per employee: higher is better.
    private static readonly OmaxLadder Ascending = new([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);

    // Turnover %: lower is better, the ladder simply descends.
    private static readonly OmaxLadder Descending = new([20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]);

    [Theory]
    [InlineData(10, 0)]
    [InlineData(45, 3.5)]
    [InlineData(50, 4)]
    [InlineData(87.5, 7.75)]
    [InlineData(110, 10)]
    public void Actual_on_an_ascending_ladder_is_interpolated_between_neighbouring_levels(double actual, double level) =>
        Tolerance.Close(level, Ascending.LevelOf(actual), 1e-12, $"level of {actual}");

    [Theory]
    [InlineData(20, 0)]
    [InlineData(13, 3.5)]
    [InlineData(7, 6.5)]
    [InlineData(2, 9)]
    [InlineData(0, 10)]
    public void Actual_on_a_descending_ladder_is_interpolated_the_same_way(double actual, double level) =>
        Tolerance.Close(level, Descending.LevelOf(actual), 1e-12, $"level of {actual}");

    [Theory]
    [InlineData(true, -1000, 0)]
    [InlineData(true, 9.99, 0)]
    [InlineData(true, 110.01, 10)]
    [InlineData(true, 1e9, 10)]
    [InlineData(false, 25, 0)]
    [InlineData(false, -3, 10)]
    public void Level_is_clamped_to_zero_and_ten_beyond_the_ladder(bool ascending, double actual, double level) =>
        Assert.Equal(level, (ascending ? Ascending : Descending).LevelOf(actual));

    [Fact]
    public void Ladder_direction_is_reported()
    {
        Assert.True(Ascending.IsAscending);
        Assert.False(Descending.IsAscending);
    }

    [Theory]
    [InlineData(5, 40)] // level 5 equals level 4: not strictly rising
    [InlineData(7, 55)] // falls back below level 6 in an ascending ladder
    public void Ladder_that_is_not_strictly_monotonic_is_rejected_naming_the_level(int level, double value)
    {
        double[] values = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        values[level] = value;

        var error = Assert.Throws<DomainValidationException>(() => new OmaxLadder(values));

        Assert.Equal($"[{level}]", error.Field);
        Assert.Contains($"OMAX level {level}", error.Message);
        Assert.Contains("must be above", error.Message);
    }

    [Fact]
    public void Descending_ladder_that_rises_somewhere_is_rejected_naming_the_level()
    {
        var error = Assert.Throws<DomainValidationException>(() => new OmaxLadder([20, 18, 16, 17, 12, 10, 8, 6, 4, 2, 0]));

        Assert.Equal("[3]", error.Field);
        Assert.Contains("must be below level 2", error.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    public void Ladder_needs_exactly_eleven_values(int count)
    {
        var error = Assert.Throws<DomainValidationException>(() => new OmaxLadder([.. Enumerable.Range(0, count).Select(k => (double)k)]));

        Assert.Contains($"{count} were given", error.Message);
    }

    [Fact]
    public void Ladder_value_that_is_not_a_number_is_rejected_naming_the_level()
    {
        var error = Assert.Throws<DomainValidationException>(() => new OmaxLadder([0, 1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10]));

        Assert.Equal("[3]", error.Field);
    }

    [Fact]
    public void Riggs_anchors_put_worst_at_level_0_baseline_at_3_and_target_at_10()
    {
        var ladder = OmaxLadder.FromAnchors(worst: 20, baseline: 50, target: 120);

        Tolerance.AllClose([20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120], ladder.Levels, 1e-12, "levels");
    }

    [Fact]
    public void Riggs_anchors_work_for_a_descending_ladder()
    {
        // Turnover: worst 26 %, now 20 %, target 6 %.
        var ladder = OmaxLadder.FromAnchors(worst: 26, baseline: 20, target: 6);

        Tolerance.AllClose([26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6], ladder.Levels, 1e-12, "levels");
        Assert.False(ladder.IsAscending);
    }

    [Fact]
    public void Seed_002_anchors_at_levels_3_and_8_are_extrapolated_to_0_and_10()
    {
        // Worst realistic value at level 3, the year's target at level 8.
        var ladder = OmaxLadder.FromAnchors([(8, 90.0), (3, 40.0)]);

        Tolerance.AllClose([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], ladder.Levels, 1e-12, "levels");
        Tolerance.Close(8, ladder.LevelOf(90), 1e-12, "target reaches level 8");
    }

    [Fact]
    public void Fewer_than_two_anchors_are_rejected() =>
        Assert.Throws<DomainValidationException>(() => OmaxLadder.FromAnchors([(3, 40.0)]));

    [Fact]
    public void Two_anchors_on_one_level_are_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() => OmaxLadder.FromAnchors([(3, 40.0), (3, 50.0)]));

        Assert.Contains("level 3", error.Message);
    }

    [Fact]
    public void Anchor_outside_levels_0_to_10_is_rejected()
    {
        var error = Assert.Throws<DomainValidationException>(() => OmaxLadder.FromAnchors([(3, 40.0), (11, 50.0)]));

        Assert.Contains("11", error.Message);
    }

    [Fact]
    public void Anchors_with_equal_values_cannot_make_a_ladder() =>
        Assert.Throws<DomainValidationException>(() => OmaxLadder.FromAnchors(worst: 5, baseline: 5, target: 5));

    [Theory]
    [InlineData(0, TrafficLight.Red)]
    [InlineData(1, TrafficLight.Red)]
    [InlineData(2, TrafficLight.Red)]
    [InlineData(3, TrafficLight.Red)]
    [InlineData(3.9, TrafficLight.Red)]
    [InlineData(4, TrafficLight.Yellow)]
    [InlineData(5, TrafficLight.Yellow)]
    [InlineData(6, TrafficLight.Yellow)]
    [InlineData(7, TrafficLight.Yellow)]
    [InlineData(7.9, TrafficLight.Yellow)]
    [InlineData(8, TrafficLight.Green)]
    [InlineData(9, TrafficLight.Green)]
    [InlineData(10, TrafficLight.Green)]
    public void OMAX_levels_0_to_3_are_red_4_to_7_yellow_8_to_10_green(double level, TrafficLight light)
    {
        var rule = new KpiScoringRule(ScoringMethod.Omax, ladder: new OmaxLadder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

        var thresholds = rule.DefaultThresholds(Thresholds.Default);

        Assert.Same(Thresholds.Omax, thresholds);
        Assert.Equal(light, thresholds.Classify(rule.Score(level)));
    }
}
