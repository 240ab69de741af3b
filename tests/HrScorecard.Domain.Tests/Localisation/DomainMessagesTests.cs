using System.Globalization;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;
using HrScorecard.Domain.Surveys;

namespace HrScorecard.Domain.Tests.Localisation;

/// <summary>
/// The domain speaks the reader's language: English by default, Bahasa Indonesia when the UI culture is id-ID (the
/// translations come from the satellite assembly id-ID/HrScorecard.Domain.resources.dll), with numbers in that culture.
/// </summary>
public sealed class DomainMessagesTests
{
    private static string RefusalOfAHigherIsBetterKpiWithoutTarget() =>
        Assert.Throws<DomainValidationException>(() => new KpiScoringRule(ScoringMethod.HigherIsBetter)).Message;

    [Fact]
    public void A_refused_KPI_is_explained_in_Indonesian_under_an_Indonesian_UI_culture()
    {
        using (UiCulture.Indonesian())
            Assert.Equal("KPI dengan metode \"lebih tinggi lebih baik\" memerlukan target.", RefusalOfAHigherIsBetterKpiWithoutTarget());
        using (UiCulture.English())
            Assert.Equal("A higher-is-better KPI needs a target.", RefusalOfAHigherIsBetterKpiWithoutTarget());
    }

    [Fact]
    public void Numbers_in_a_message_follow_the_culture()
    {
        static string Refusal() => Assert.Throws<DomainValidationException>(() => new Thresholds(-2.5, 80)).Message;

        using (UiCulture.Indonesian())
            Assert.Equal("Ambang kuning harus berupa angka sedikitnya 0, tetapi nilainya -2,5.", Refusal());
        using (UiCulture.English())
            Assert.Equal("The yellow threshold must be a number of at least 0, but is -2.5.", Refusal());
    }

    [Fact]
    public void Scoring_methods_and_their_formulas_are_described_in_the_UI_culture()
    {
        using (UiCulture.Indonesian())
        {
            Assert.Equal("lebih rendah lebih baik", KpiScoringRule.Describe(ScoringMethod.LowerIsBetter));
            Assert.Equal("Skor = realisasi ÷ target × 100 (paling rendah 0).", KpiScoringRule.Formula(ScoringMethod.HigherIsBetter));
            Assert.Equal("OMAX", KpiScoringRule.Describe(ScoringMethod.Omax));
        }
        using (UiCulture.English())
        {
            Assert.Equal("lower-is-better", KpiScoringRule.Describe(ScoringMethod.LowerIsBetter));
            Assert.Equal("Score = actual ÷ target × 100 (floored at 0).", KpiScoringRule.Formula(ScoringMethod.HigherIsBetter));
        }
    }

    [Theory]
    [InlineData(ReliabilityVerdict.Excellent, "sangat baik", "excellent")]
    [InlineData(ReliabilityVerdict.Acceptable, "dapat diterima", "acceptable")]
    [InlineData(ReliabilityVerdict.Unacceptable, "tidak dapat diterima", "unacceptable")]
    public void Reliability_verdicts_are_worded_in_the_UI_culture(ReliabilityVerdict verdict, string indonesian, string english)
    {
        using (UiCulture.Indonesian())
            Assert.Equal(indonesian, SurveyAnalysis.Describe(verdict));
        using (UiCulture.English())
            Assert.Equal(english, SurveyAnalysis.Describe(verdict));
    }

    [Fact]
    public void Survey_warnings_are_written_in_the_UI_culture_when_the_survey_is_analysed()
    {
        var survey = LikertSurvey.Create(["Q1", "Q2"], [[1, 2], [3, 2], [5, 2], [4, 2]]);

        using (UiCulture.Indonesian())
            Assert.Contains("Butir \"Q2\": semua responden menjawab 2, sehingga butir ini tidak membedakan responden dan tidak memiliki korelasi butir-total.",
                SurveyAnalysis.Analyse(survey).Warnings);
        using (UiCulture.English())
            Assert.Contains("Item \"Q2\": every respondent answered 2, so it cannot tell respondents apart and has no item-total correlation.",
                SurveyAnalysis.Analyse(survey).Warnings);
    }

    [Fact]
    public void A_sub_period_ratio_without_names_says_numerator_and_denominator_in_the_UI_culture()
    {
        static string Refusal() => Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Ratio(
            [3, null], [100, 0], new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average))).Message;

        using (UiCulture.Indonesian())
            Assert.StartsWith("Subperiode 2 memiliki Penyebut tetapi tidak memiliki Pembilang", Refusal(), StringComparison.Ordinal);
        using (UiCulture.English())
            Assert.StartsWith("Sub-period 2 has Denominator but no Numerator", Refusal(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pairwise_matrix_error_names_the_cell_and_its_reciprocal_in_Indonesian()
    {
        using (UiCulture.Indonesian())
        {
            var error = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromRows([[1, 3], [2, 1]]));
            Assert.Equal("Sel [1][0] = 2 harus merupakan kebalikan dari sel [0][1] = 3, yaitu 1/3.", error.Message);
            Assert.Equal("[1][0]", error.Field);
        }
    }

    [Fact]
    public void The_culture_set_by_a_test_is_undone_at_its_end()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        using (UiCulture.Indonesian())
            Assert.Equal("id-ID", CultureInfo.CurrentUICulture.Name);
        Assert.Equal(before, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
    }
}
