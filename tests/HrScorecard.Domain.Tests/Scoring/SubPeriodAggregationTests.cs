using HrScorecard.Domain.Scoring;
using static HrScorecard.Domain.Tests.TestData.MonthlyTables2022;

namespace HrScorecard.Domain.Tests.Scoring;

/// <summary>Monthly values to the yearly actual (DOMAIN.md §7) over the monthly tables of seed 003 §4.2.10.</summary>
public class SubPeriodAggregationTests
{
    [Fact]
    public void Each_aggregation_of_the_headcount_column_gives_what_its_name_says()
    {
        double? Of(SubPeriodAggregation a) => SubPeriodAggregator.Aggregate(Entered(Headcount), a).Value;

        Tolerance.Close(Headcount.Sum(), Of(SubPeriodAggregation.Sum)!.Value, Tolerance.Rounding, "sum");
        Tolerance.Close(Headcount.Sum() / 12, Of(SubPeriodAggregation.Average)!.Value, Tolerance.Rounding, "average");
        Assert.Equal(Headcount[11], Of(SubPeriodAggregation.Last));
        Assert.Equal(Headcount.Min(), Of(SubPeriodAggregation.Minimum));
        Assert.Equal(Headcount.Max(), Of(SubPeriodAggregation.Maximum));
        Assert.Equal(18, Of(SubPeriodAggregation.Minimum)); // March and September, as the table shows
    }

    [Fact]
    public void Qualified_hires_are_the_ratio_of_the_yearly_sums_as_the_thesis_computes_them()
    {
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, 100, "Qualified hires", "Hires");

        var total = SubPeriodAggregator.Ratio(Entered(HiredQualified), Entered(Hired), ratio);

        Tolerance.Close(HiredQualified.Sum() / Hired.Sum() * 100, total.Value!.Value, Tolerance.Rounding);
        Tolerance.AsPrinted(93.75, total.Value!.Value, 2, "thesis: 15 / 16 × 100");
        // The average of the monthly rates over the months with hires weighs April's 4 hires like February's 2.
        var monthlyRates = Enumerable.Range(0, 12).Where(i => Hired[i] > 0).Select(i => HiredQualified[i] / Hired[i] * 100).ToList();
        Assert.NotEqual(Math.Round(total.Value.Value, 6), Math.Round(monthlyRates.Average(), 6));
    }

    [Fact]
    public void Turnover_over_the_constant_target_headcount_reproduces_the_thesis_sum_of_monthly_rates()
    {
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");

        var total = SubPeriodAggregator.Ratio(Entered(Leavers), Entered(TargetHeadcount), ratio);

        var sumOfMonthlyRates = Enumerable.Range(0, 12).Sum(i => Leavers[i] / TargetHeadcount[i] * 100);
        Tolerance.Close(sumOfMonthlyRates, total.Value!.Value, 1e-9, "Σ leavers / mean headcount = Σ monthly rates when the headcount is constant");
        Tolerance.AsPrinted(59.1, total.Value!.Value, 1, "thesis Tabel 4.42");
    }

    [Fact]
    public void Turnover_over_the_actual_monthly_headcount_divides_the_yearly_leavers_by_the_average_headcount()
    {
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");

        var total = SubPeriodAggregator.Ratio(Entered(Leavers), Entered(Headcount), ratio);

        Tolerance.Close(Leavers.Sum() / Headcount.Average() * 100, total.Value!.Value, Tolerance.Rounding);
        var sumOfMonthlyRates = Enumerable.Range(0, 12).Sum(i => Leavers[i] / Headcount[i] * 100);
        Assert.True(sumOfMonthlyRates > total.Value.Value + 1,
            $"Summing monthly rates over a varying headcount overstates turnover: {sumOfMonthlyRates} vs {total.Value}.");
    }

    [Fact]
    public void Absence_rate_over_the_year_is_employees_absent_over_the_average_headcount()
    {
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Employees absent", "Headcount");

        var overTarget = SubPeriodAggregator.Ratio(Entered(EmployeesAbsent), Entered(TargetHeadcount), ratio);
        var overActual = SubPeriodAggregator.Ratio(Entered(EmployeesAbsent), Entered(Headcount), ratio);

        // The thesis prints 45.46 %: the sum of monthly rates each rounded up to 9.10 / 13.63 first; exactly it is 10 / 22.
        Tolerance.Close(EmployeesAbsent.Sum() / 22 * 100, overTarget.Value!.Value, Tolerance.Rounding);
        Tolerance.AsPrinted(45.45, overTarget.Value!.Value, 2);
        Tolerance.Close(EmployeesAbsent.Sum() / Headcount.Average() * 100, overActual.Value!.Value, Tolerance.Rounding);
    }

    [Fact]
    public void Missing_months_are_left_out_and_the_result_is_flagged_incomplete()
    {
        var leavers = Entered(Leavers);
        var headcount = Entered(Headcount);
        (leavers[10], leavers[11], headcount[10], headcount[11]) = (null, null, null, null);

        var sum = SubPeriodAggregator.Aggregate(leavers, SubPeriodAggregation.Sum);
        var last = SubPeriodAggregator.Aggregate(headcount, SubPeriodAggregation.Last);
        var ratio = SubPeriodAggregator.Ratio(leavers, headcount, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average));

        Assert.Equal(Leavers[..10].Sum(), sum.Value);
        Assert.Equal([10, 11], sum.Missing);
        Assert.Equal((false, 10), (sum.IsComplete, sum.EnteredCount));
        Assert.Equal(Headcount[9], last.Value); // October: the latest month entered
        Tolerance.Close(Leavers[..10].Sum() / Headcount[..10].Average() * 100, ratio.Value!.Value, Tolerance.Rounding);
        Assert.False(ratio.IsComplete);
    }

    [Fact]
    public void No_month_entered_is_no_data_rather_than_zero()
    {
        var empty = new double?[12];

        Assert.Null(SubPeriodAggregator.Aggregate(empty, SubPeriodAggregation.Sum).Value);
        Assert.Null(SubPeriodAggregator.Ratio(empty, empty, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum)).Value);
    }

    [Fact]
    public void A_denominator_of_zero_over_the_year_is_refused_with_a_message_naming_the_component()
    {
        var noHires = new double?[] { 0, 0, 0 };
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, 100, "Qualified hires", "Hires");

        var error = Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Ratio(noHires, noHires, ratio));

        Assert.Equal("denominator", error.Field);
        Assert.Equal("Hires comes to 0 (sum of the entered sub-periods), so Qualified hires / Hires cannot be computed: " +
                     "enter the Hires of each sub-period that has data.", error.Message);
    }

    [Fact]
    public void A_month_with_only_one_component_is_refused_at_that_month()
    {
        var ratio = new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");

        var noHeadcount = Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Ratio([2, 4], [20, null], ratio));
        var noLeavers = Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Ratio([null, 4], [20, 18], ratio));

        Assert.Equal(("[1].denominator", "Sub-period 2 has Leavers but no Headcount: enter both, or neither if the data is missing."),
            (noHeadcount.Field, noHeadcount.Message));
        Assert.Equal("[0].numerator", noLeavers.Field);
        Assert.Contains("enter both (0 if nothing happened)", noLeavers.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_value_that_is_not_a_finite_number_is_refused_at_its_month(double value)
    {
        var error = Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Aggregate([1, value], SubPeriodAggregation.Sum));

        Assert.Equal("[1]", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(double.NaN)]
    public void A_factor_of_zero_or_no_number_is_refused(double factor)
    {
        var error = Assert.Throws<DomainValidationException>(() => new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, factor));

        Assert.Equal("factor", error.Field);
    }

    [Fact]
    public void An_unknown_aggregation_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => SubPeriodAggregator.Aggregate([1], (SubPeriodAggregation)42));

        Assert.Equal("aggregation", error.Field);
    }
}
