using HrScorecard.Domain.Surveys;

namespace HrScorecard.Domain.Tests.Surveys;

public class SurveyAnalysisTests
{
    // Five respondents, three items; chosen so that every item mean is 3 and the arithmetic stays exact.
    //            Q1 Q2 Q3 | total
    // R1          1  2  1 |  4
    // R2          2  2  3 |  7
    // R3          3  3  3 |  9
    // R4          4  4  3 | 11
    // R5          5  4  5 | 14
    private static readonly LikertSurvey Small = LikertSurvey.Create(["Q1", "Q2", "Q3"],
        [[1, 2, 1], [2, 2, 3], [3, 3, 3], [4, 4, 3], [5, 4, 5]]);

    [Fact]
    public void Alpha_of_the_small_survey_matches_the_hand_computation()
    {
        // Deviations from the item means (all 3): Q1 −2 −1 0 1 2 → SS 10; Q2 −1 −1 0 1 1 → SS 4; Q3 −2 0 0 0 2 → SS 8.
        // Sample variances (N − 1 = 4): 2.5, 1, 2. Totals 4 7 9 11 14, mean 9, deviations −5 −2 0 2 5 → SS 58, variance 14.5.
        // α = 3/2 · (1 − (2.5 + 1 + 2) / 14.5) = 1.5 · 9/14.5 = 27/29.
        var statistics = SurveyAnalysis.Analyse(Small);

        Tolerance.Close(27.0 / 29.0, statistics.CronbachAlpha!.Value, Tolerance.Rounding, "α");
        Tolerance.AllClose([2.5, 1, 2], [.. statistics.Items.Select(i => i.Variance)], Tolerance.Rounding, "item variances");
        Assert.Equal(ReliabilityVerdict.Excellent, statistics.Verdict); // 0.931 ≥ 0.9
    }

    [Fact]
    public void Item_total_correlations_of_the_small_survey_match_the_hand_computation()
    {
        // r = Σ d_item·d_total / √(SS_item · SS_total) with the deviations above:
        // Q1: (−2)(−5) + (−1)(−2) + 0 + 1·2 + 2·5 = 24 → 24/√(10·58); Q2: 5 + 2 + 0 + 2 + 5 = 14 → 14/√(4·58);
        // Q3: 10 + 0 + 0 + 0 + 10 = 20 → 20/√(8·58).
        var statistics = SurveyAnalysis.Analyse(Small);

        Tolerance.AllClose([24 / Math.Sqrt(580), 14 / Math.Sqrt(232), 20 / Math.Sqrt(464)],
            [.. statistics.Items.Select(i => i.ItemTotalCorrelation!.Value)], Tolerance.Rounding, "r");
        // df = 3: the printed table value of r_critical is 0.878; all three r (0.997, 0.919, 0.928) exceed it.
        Tolerance.AsPrinted(0.878, statistics.CriticalR!.Value, 3, "r_critical(3)");
        Assert.All(statistics.Items, i => Assert.True(i.IsValid));
    }

    [Fact]
    public void Mean_distribution_and_item_means_of_the_small_survey_are_counted_from_the_answers()
    {
        // Respondent means 4/3, 7/3, 9/3, 11/3, 14/3 → (4 + 7 + 9 + 11 + 14) / 15 = 45/15 = 3.
        var statistics = SurveyAnalysis.Analyse(Small);

        Tolerance.Close(3, statistics.Mean, Tolerance.Rounding, "mean");
        Assert.All(statistics.Items, i => Tolerance.Close(3, i.Mean, Tolerance.Rounding, i.Name));
        Assert.Equal([1, 1, 1, 1, 1], statistics.Items[0].Distribution);
        Assert.Equal([0, 2, 1, 2, 0], statistics.Items[1].Distribution);
        Assert.Equal([1, 0, 3, 0, 1], statistics.Items[2].Distribution);
    }

    [Fact]
    public void Mean_is_the_mean_of_the_respondents_item_means()
    {
        var survey = LikertSurvey.Create(["A", "B"], [[5, 4], [3, 3], [2, 5]]);

        // Respondent means 4.5, 3, 3.5 → 11/3.
        Tolerance.Close(11.0 / 3, SurveyAnalysis.Analyse(survey).Mean, Tolerance.Rounding, "mean");
    }

    [Theory]
    [InlineData(20, 0.4227)] // N = 22, the papers' surveys (DOMAIN.md §8)
    [InlineData(1, 0.9969)]
    [InlineData(10, 0.5760)]
    [InlineData(28, 0.3610)]
    public void Critical_r_matches_the_published_table(int degreesOfFreedom, double printed) =>
        Tolerance.AsPrinted(printed, SurveyAnalysis.CriticalR(degreesOfFreedom), 4, $"r_critical({degreesOfFreedom})");

    [Theory]
    [InlineData(0.95, ReliabilityVerdict.Excellent)]
    [InlineData(0.9, ReliabilityVerdict.Excellent)]
    [InlineData(0.84, ReliabilityVerdict.Good)]
    [InlineData(0.729, ReliabilityVerdict.Acceptable)]
    [InlineData(0.6, ReliabilityVerdict.Questionable)]
    [InlineData(0.55, ReliabilityVerdict.Poor)]
    [InlineData(0.49, ReliabilityVerdict.Unacceptable)]
    [InlineData(-0.3, ReliabilityVerdict.Unacceptable)]
    public void Verdict_follows_George_and_Mallery(double alpha, ReliabilityVerdict expected) =>
        Assert.Equal(expected, SurveyAnalysis.VerdictOf(alpha));

    [Fact]
    public void An_item_everyone_answered_alike_is_warned_about_and_has_no_correlation()
    {
        var survey = LikertSurvey.Create(["Varies", "Constant"], [[1, 4], [3, 4], [5, 4]]);

        var statistics = SurveyAnalysis.Analyse(survey);

        Assert.Null(statistics.Items[1].ItemTotalCorrelation);
        Assert.Null(statistics.Items[1].IsValid);
        Assert.Contains(statistics.Warnings, w => w.Contains("\"Constant\"", StringComparison.Ordinal) && w.Contains("answered 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Fewer_than_thirty_respondents_are_warned_about()
    {
        var statistics = SurveyAnalysis.Analyse(Small);

        Assert.Contains(statistics.Warnings, w => w.StartsWith("Only 5 respondents", StringComparison.Ordinal));
    }

    [Fact]
    public void Thirty_respondents_raise_no_sample_size_warning()
    {
        var rows = Enumerable.Range(0, 30).Select(i => (IReadOnlyList<int>)[1 + i % 5, 1 + (i + 1) % 5]).ToList();

        var statistics = SurveyAnalysis.Analyse(LikertSurvey.Create(["A", "B"], rows));

        Assert.DoesNotContain(statistics.Warnings, w => w.StartsWith("Only", StringComparison.Ordinal));
    }

    [Fact]
    public void One_item_gives_a_mean_but_no_alpha()
    {
        var statistics = SurveyAnalysis.Analyse(LikertSurvey.Create(["Only"], [[2], [4], [3]]));

        Tolerance.Close(3, statistics.Mean, Tolerance.Rounding, "mean");
        Assert.Null(statistics.CronbachAlpha);
        Assert.Null(statistics.Verdict);
        Assert.Contains(statistics.Warnings, w => w.Contains("at least two items", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_off_the_scale_is_refused_naming_respondent_item_and_column()
    {
        var e = Assert.Throws<DomainValidationException>(() =>
            LikertSurvey.Create(["Q1", "Q2"], [[1, 2], [3, 6]]));

        Assert.Equal("[1][1]", e.Field);
        Assert.Contains("Respondent 2, item \"Q2\" (column 2): 6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_missing_answer_is_refused_naming_the_respondent()
    {
        var e = Assert.Throws<DomainValidationException>(() => LikertSurvey.Create(["Q1", "Q2"], [[1, 2], [3]]));

        Assert.Equal("[1]", e.Field);
        Assert.StartsWith("Respondent 2 has 1 answers", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Column 2 has no item name")]
    [InlineData("q1", "appears twice")]
    public void Item_names_must_be_present_and_unique(string second, string message)
    {
        var e = Assert.Throws<DomainValidationException>(() => LikertSurvey.Create(["Q1", second], [[1, 2]]));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal("items[1]", e.Field);
    }

    [Fact]
    public void A_survey_without_respondents_is_refused() =>
        Assert.Throws<DomainValidationException>(() => LikertSurvey.Create(["Q1"], []));
}
