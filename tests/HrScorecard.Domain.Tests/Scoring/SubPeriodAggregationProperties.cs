using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.Domain.Tests.Scoring;

/// <summary>Properties of sub-period aggregation over generated months (FsCheck).</summary>
[Properties(Arbitrary = [typeof(MonthArbitraries)], MaxTest = 200)]
public class SubPeriodAggregationProperties
{
    [Property]
    public void Sum_of_a_period_split_in_two_is_the_sum_of_the_two_parts(Months months, PositiveInt cut)
    {
        var values = months.Values;
        var at = cut.Get % (values.Length + 1);

        var whole = SubPeriodAggregator.Aggregate(values, SubPeriodAggregation.Sum).Value ?? 0;
        var first = SubPeriodAggregator.Aggregate(values[..at], SubPeriodAggregation.Sum).Value ?? 0;
        var second = SubPeriodAggregator.Aggregate(values[at..], SubPeriodAggregation.Sum).Value ?? 0;

        Tolerance.Close(whole, first + second, 1e-9 * (1 + values.Sum(v => Math.Abs(v ?? 0))), "Σ whole vs Σ parts");
    }

    [Property]
    public void Average_lies_between_minimum_and_maximum_and_last_is_one_of_the_values(Months months)
    {
        double Of(SubPeriodAggregation a) => SubPeriodAggregator.Aggregate(months.Values, a).Value!.Value;

        Assert.InRange(Of(SubPeriodAggregation.Average), Of(SubPeriodAggregation.Minimum) - 1e-9, Of(SubPeriodAggregation.Maximum) + 1e-9);
        Assert.Contains((double?)Of(SubPeriodAggregation.Last), months.Values);
    }

    [Property]
    public void With_a_constant_denominator_the_ratio_of_sums_is_the_mean_of_the_monthly_rates(Months numerators, PositiveInt headcount)
    {
        var denominator = (double)headcount.Get;
        var denominators = numerators.Values.Select(v => v is null ? null : (double?)denominator).ToArray();
        var monthlyRates = numerators.Values.OfType<double>().Select(v => v / denominator * 100).ToList();

        var sumOverSum = SubPeriodAggregator.Ratio(numerators.Values, denominators, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum));
        var sumOverAverage = SubPeriodAggregator.Ratio(numerators.Values, denominators, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average));

        Tolerance.Close(monthlyRates.Average(), sumOverSum.Value!.Value, 1e-9 * (1 + monthlyRates.Max(Math.Abs)), "mean of monthly rates");
        Tolerance.Close(monthlyRates.Sum(), sumOverAverage.Value!.Value, 1e-9 * (1 + monthlyRates.Sum(Math.Abs)), "sum of monthly rates");
    }

    [Property]
    public void Ratio_of_sums_weighs_each_month_by_its_denominator(Months numerators, Months denominators)
    {
        var n = Math.Min(numerators.Values.Length, denominators.Values.Length);
        double?[] num = [.. numerators.Values[..n].Select(v => v ?? 0)];
        double?[] den = [.. denominators.Values[..n].Select(v => Math.Abs(v ?? 0) + 1)];

        var total = SubPeriodAggregator.Ratio(num, den, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, 1)).Value!.Value;

        // Σ(dᵢ/Σd · nᵢ/dᵢ): the monthly rates averaged with the months' denominators as weights.
        var weighted = Enumerable.Range(0, n).Sum(i => den[i]!.Value / den.Sum(d => d!.Value) * (num[i]!.Value / den[i]!.Value));
        Tolerance.Close(weighted, total, 1e-9 * (1 + Math.Abs(weighted)));
    }
}

/// <summary>1–24 months of values between −10⁶ and 10⁶ (two decimals, as HR types them), at least one of them entered.</summary>
public sealed record Months(double?[] Values)
{
    public override string ToString() =>
        $"[{string.Join(", ", Values.Select(v => v?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "–"))}]";
}

public static class MonthArbitraries
{
    public static Arbitrary<Months> Months() =>
        (from count in Gen.Choose(1, 24)
         from cents in Gen.ArrayOf(Gen.Choose(-100_000_000, 100_000_000), count)
         from blanks in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false))), count)
         from kept in Gen.Choose(0, count - 1)
         select new Months([.. cents.Select((c, i) => blanks[i] && i != kept ? null : (double?)(c / 100.0))]))
        .ToArbitrary();
}
