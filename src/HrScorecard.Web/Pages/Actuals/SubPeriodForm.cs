using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>What the sub-period page posts: one row per month, numbers as typed, and the actual's version the user saw.</summary>
public sealed class SubPeriodInput
{
    public List<SubPeriodRowInput> Rows { get; set; } = [];
    public Guid? ActualVersion { get; set; }
}

/// <summary>One month: <see cref="Value"/> for a KPI fed by sub-periods, numerator and denominator for a ratio KPI.</summary>
public sealed class SubPeriodRowInput
{
    public string? Value { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
}

public sealed class SubPeriodInputValidator : AbstractValidator<SubPeriodInput>
{
    // The number messages are the data entry page's: one translation for every grid of numbers.
    public SubPeriodInputValidator(IStringLocalizer<EntryInputValidator> text)
    {
        RuleForEach(x => x.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Value).Custom((typed, context) => Number(typed, context, text));
            row.RuleFor(r => r.Numerator).Custom((typed, context) => Number(typed, context, text));
            row.RuleFor(r => r.Denominator).Custom((typed, context) => Number(typed, context, text));
        });
    }

    private static void Number(string? typed, ValidationContext<SubPeriodRowInput> context, IStringLocalizer text)
    {
        if (!string.IsNullOrWhiteSpace(typed) && !NumberInput.TryParse(typed, CultureInfo.CurrentCulture, out _, out var error, text))
            context.AddFailure(error!);
    }
}

/// <summary>The months of a period and the domain's aggregation of what was entered for them.</summary>
public static partial class SubPeriodForm
{
    /// <summary>One label per calendar month the period touches ("Jan 2022" …); a period inside one month has one.</summary>
    public static IReadOnlyList<string> MonthsOf(ReportingPeriod period)
    {
        var first = new DateOnly(period.StartDate.Year, period.StartDate.Month, 1);
        var count = Math.Max(1, (period.EndDate.Year - first.Year) * 12 + period.EndDate.Month - first.Month + 1);
        return [.. Enumerable.Range(0, count).Select(i => first.AddMonths(i).ToString("MMM yyyy", CultureInfo.CurrentCulture))];
    }

    public static RatioDefinition RatioOf(Kpi kpi) => new(
        kpi.Aggregation ?? SubPeriodAggregation.Sum, kpi.DenominatorAggregation ?? SubPeriodAggregation.Average,
        kpi.RatioFactor ?? 100, kpi.NumeratorName, kpi.DenominatorName);

    /// <summary>The stored values of one component as one slot per month (null = not entered).</summary>
    public static double?[] Slots(IEnumerable<SubPeriodValue> stored, SubPeriodComponent component, int count)
    {
        var slots = new double?[count];
        foreach (var v in stored.Where(v => v.Component == component && v.SubPeriod >= 1 && v.SubPeriod <= count)) slots[v.SubPeriod - 1] = v.Value;
        return slots;
    }

    /// <summary>
    /// The period's value by the KPI's feed setting. A domain refusal lands next to the month and component it names
    /// ("[3].denominator" → the fourth month's denominator), or above the grid when it concerns the whole period.
    /// </summary>
    public static SubPeriodTotal? Compute(Kpi kpi, IReadOnlyDictionary<SubPeriodComponent, double?[]> slots, IReadOnlyList<string> labels,
        ModelStateDictionary modelState)
    {
        try
        {
            return kpi.Feed == KpiFeed.Ratio
                ? SubPeriodAggregator.Ratio(slots[SubPeriodComponent.Numerator], slots[SubPeriodComponent.Denominator], RatioOf(kpi))
                : SubPeriodAggregator.Aggregate(slots[SubPeriodComponent.Value], kpi.Aggregation ?? SubPeriodAggregation.Sum);
        }
        catch (DomainValidationException e)
        {
            // The domain counts sub-periods from 1, in English or Indonesian; the page names them by month.
            var message = SubPeriodNumber().Replace(e.Message, m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var n
                && n >= 1 && n <= labels.Count ? labels[n - 1] : m.Value);
            modelState.AddModelError(KeyOf(e.Field), message.Replace("sub-period", "month", StringComparison.Ordinal)
                .Replace("subperiode", "bulan", StringComparison.Ordinal));
            return null;
        }
    }

    [GeneratedRegex(@"(?:Sub-period|Subperiode) (\d+)")]
    private static partial Regex SubPeriodNumber();

    private static string KeyOf(string? field)
    {
        if (field is null || !field.StartsWith('[')) return "";
        var close = field.IndexOf(']', StringComparison.Ordinal);
        var component = field[(close + 1)..].TrimStart('.') switch { "numerator" => "Numerator", "denominator" => "Denominator", _ => "Value" };
        return $"Input.Rows{field[..(close + 1)]}.{component}";
    }

    /// <summary>
    /// After a KPI's feed setting changed: recomputes its actual in every open period that has monthly data, so no stale
    /// aggregate stays behind (locked periods keep their published actual). False, with the reason on the feed field,
    /// when the stored months do not fit the new setting; the caller then saves nothing.
    /// </summary>
    public static async Task<bool> RecomputeAsync(ScorecardDbContext db, Kpi kpi, ModelStateDictionary modelState, IStringLocalizer text)
    {
        if (kpi.Feed == KpiFeed.Direct) return true;
        var values = await db.SubPeriodValues.AsNoTracking().Where(v => v.KpiNodeId == kpi.NodeId && !v.Period!.IsLocked).ToListAsync();
        var periodIds = values.Select(v => v.PeriodId).Distinct().ToList();
        if (periodIds.Count == 0) return true;
        var periods = await db.Periods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToListAsync();
        var actuals = await db.Actuals.Where(a => a.KpiNodeId == kpi.NodeId && periodIds.Contains(a.PeriodId)).ToDictionaryAsync(a => a.PeriodId);
        foreach (var period in periods)
        {
            var labels = MonthsOf(period);
            var ofPeriod = values.Where(v => v.PeriodId == period.Id).ToList();
            var errors = new ModelStateDictionary();
            var total = Compute(kpi, Enum.GetValues<SubPeriodComponent>().ToDictionary(c => c, c => Slots(ofPeriod, c, labels.Count)), labels, errors);
            if (total is null)
            {
                modelState.AddModelError("Input.Feed", text["The monthly data of {0} do not fit this setting: {1} Correct them on the monthly-data page first.",
                    period.Name, errors.Values.SelectMany(e => e.Errors).First().ErrorMessage]);
                return false;
            }
            if (actuals.GetValueOrDefault(period.Id) is { } actual) actual.Value = total.Value;
            else db.Actuals.Add(new KpiActual { KpiNodeId = kpi.NodeId, PeriodId = period.Id, Value = total.Value });
        }
        return true;
    }

    /// <summary>"computed over 10 of 12 months (Nov 2022, Dec 2022 missing)", or "" when all months are in; names four at most.</summary>
    public static string Completeness(SubPeriodTotal total, IReadOnlyList<string> labels, IStringLocalizer text)
    {
        if (total.IsComplete) return "";
        var named = string.Join(", ", total.Missing.Take(4).Select(i => labels[i]));
        var more = total.Missing.Count > 4 ? text[" and {0} more", total.Missing.Count - 4].Value : "";
        return text["computed over {0} of {1} months ({2} missing)", total.EnteredCount, total.SubPeriodCount, named + more];
    }

    public static string Describe(SubPeriodAggregation? aggregation) => aggregation switch
    {
        SubPeriodAggregation.Sum => "sum of the months",
        SubPeriodAggregation.Average => "average of the months",
        SubPeriodAggregation.Last => "last month entered",
        SubPeriodAggregation.Minimum => "lowest month",
        SubPeriodAggregation.Maximum => "highest month",
        _ => "not set",
    };
}
