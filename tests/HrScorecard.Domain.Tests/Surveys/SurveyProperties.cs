using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrScorecard.Domain.Surveys;

namespace HrScorecard.Domain.Tests.Surveys;

/// <summary>A complete answers matrix: 1 to 40 respondents × 1 to 8 items, answers 1–5.</summary>
public sealed record Answers(int Items, int[][] Rows)
{
    public LikertSurvey Survey => LikertSurvey.Create([.. Enumerable.Range(1, Items).Select(i => $"Q{i}")],
        [.. Rows.Select(r => (IReadOnlyList<int>)r)]);

    public override string ToString() => string.Join(" | ", Rows.Select(r => string.Join(",", r)));
}

/// <summary>One column of answers that is not constant (at least two different answers).</summary>
public sealed record VaryingColumn(int[] Values)
{
    public override string ToString() => string.Join(",", Values);
}

public static class SurveyArbitraries
{
    private static readonly Gen<int> Answer = Gen.Choose(LikertSurvey.Lowest, LikertSurvey.Highest);

    public static Arbitrary<Answers> Matrices() =>
        (from k in Gen.Choose(1, 8)
         from n in Gen.Choose(1, 40)
         from rows in Gen.ArrayOf(Gen.ArrayOf(Answer, k), n)
         select new Answers(k, rows)).ToArbitrary();

    public static Arbitrary<VaryingColumn> Columns() =>
        Gen.Choose(2, 40).SelectMany(n => Gen.ArrayOf(Answer, n))
            .Where(c => c.Distinct().Count() > 1).Select(c => new VaryingColumn(c)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(SurveyArbitraries)], MaxTest = 200)]
public class SurveyProperties
{
    [Property]
    public void Alpha_is_one_when_every_item_repeats_the_same_varying_answers(VaryingColumn column, PositiveInt items)
    {
        var k = 2 + items.Get % 7;
        var survey = LikertSurvey.Create([.. Enumerable.Range(1, k).Select(i => $"Q{i}")],
            [.. column.Values.Select(v => (IReadOnlyList<int>)Enumerable.Repeat(v, k).ToArray())]);

        Tolerance.Close(1, SurveyAnalysis.Analyse(survey).CronbachAlpha!.Value, 1e-12, "α");
    }

    [Property]
    public void Item_total_correlations_lie_between_minus_one_and_one(Answers answers)
    {
        foreach (var item in SurveyAnalysis.Analyse(answers.Survey).Items)
            if (item.ItemTotalCorrelation is { } r) Assert.InRange(r, -1, 1);
    }

    [Property]
    public void Mean_and_item_means_stay_on_the_scale_and_distributions_count_every_respondent(Answers answers)
    {
        var statistics = SurveyAnalysis.Analyse(answers.Survey);

        Assert.InRange(statistics.Mean, 1, 5);
        Assert.All(statistics.Items, i => Assert.Equal(answers.Rows.Length, i.Distribution.Sum()));
        Assert.All(statistics.Items, i => Assert.InRange(i.Mean, 1, 5));
        if (statistics.CronbachAlpha is { } alpha) Assert.True(alpha <= 1 + 1e-12, $"α {alpha}");
    }
}
