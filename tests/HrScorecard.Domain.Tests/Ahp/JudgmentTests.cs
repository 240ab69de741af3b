using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>Saaty's scale and how judgments are read and written.</summary>
public class JudgmentTests
{
    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("3", 3, 1)]
    [InlineData(" 2 / 7 ", 2, 7)]
    [InlineData("1/9", 1, 9)]
    [InlineData("0.5", 1, 2)]
    [InlineData("9", 9, 1)]
    public void Judgment_text_is_read_exactly(string text, double numerator, double denominator)
    {
        Assert.True(Judgment.TryParse(text, out var value));
        Assert.Equal(numerator / denominator, value);
    }

    [Theory]
    [InlineData("1/0")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1/2/3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1/")]
    public void Text_that_is_not_a_judgment_is_refused(string? text) =>
        Assert.False(Judgment.TryParse(text, out _));

    [Theory]
    [InlineData(3, "3")]
    [InlineData(1.0 / 3, "1/3")]
    [InlineData(1, "1")]
    [InlineData(1.0 / 9, "1/9")]
    [InlineData(0.4, "0.4")]
    [InlineData(2.5, "2.5")]
    public void Judgment_is_written_the_way_people_read_it(double value, string text) =>
        Assert.Equal(text, Judgment.Format(value));

    [Fact]
    public void Saaty_scale_has_seventeen_distinct_points_from_one_ninth_to_nine()
    {
        var scale = Judgment.Scale;

        Assert.Equal(17, scale.Count);
        Assert.Equal(1.0 / 9, scale[0]);
        Assert.Equal(1.0, scale[8]);
        Assert.Equal(9.0, scale[16]);
        for (var k = 1; k < scale.Count; k++) Assert.True(scale[k] > scale[k - 1], $"scale[{k}] = {scale[k]} is not above scale[{k - 1}]");
        for (var k = 0; k < 8; k++) Assert.Equal(1 / scale[16 - k], scale[k]); // exact reciprocals of 9 … 2
    }

    [Theory]
    [InlineData(4.6, 5)]
    [InlineData(4.4, 4)]
    [InlineData(100, 9)]
    [InlineData(0.001, 1.0 / 9)]
    [InlineData(0.3, 1.0 / 3)]
    [InlineData(1.2, 1)]
    public void Nearest_point_on_the_scale_is_found_on_a_log_scale(double value, double nearest) =>
        Assert.Equal(nearest, Judgment.NearestOnScale(value));

    [Theory]
    [InlineData(1, "equally important")]
    [InlineData(3, "moderately more important")]
    [InlineData(9, "extremely more important")]
    public void Intensities_have_Saaty_verbal_meanings(int intensity, string meaning) =>
        Assert.Equal(meaning, Judgment.Meaning(intensity));

    [Fact]
    public void Intensity_outside_one_to_nine_has_no_meaning() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Judgment.Meaning(10));
}
