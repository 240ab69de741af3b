namespace HrScorecard.Domain.Scoring;

/// <summary>How the values of a period's sub-periods (e.g. its months) make the period's value (DOMAIN.md §7).</summary>
public enum SubPeriodAggregation
{
    /// <summary>Σ of the entered sub-periods: flows such as leavers, hires, absence days, cost.</summary>
    Sum,

    /// <summary>Arithmetic mean of the entered sub-periods: levels such as headcount.</summary>
    Average,

    /// <summary>The value of the latest entered sub-period: stocks at the period's end (closing headcount).</summary>
    Last,

    /// <summary>The smallest entered value.</summary>
    Minimum,

    /// <summary>The largest entered value.</summary>
    Maximum,
}

/// <summary>
/// A KPI computed as numerator / denominator × <see cref="Factor"/> (e.g. turnover % = leavers / headcount × 100), each
/// component aggregated over the sub-periods with its own aggregation before the division.
/// </summary>
public sealed record RatioDefinition
{
    /// <summary>
    /// Defines the ratio; names only serve the messages ("Headcount comes to 0 …"). Without names the messages say
    /// "Numerator" and "Denominator" in the current UI culture.
    /// </summary>
    public RatioDefinition(SubPeriodAggregation numeratorAggregation, SubPeriodAggregation denominatorAggregation, double factor = 100,
        string? numeratorName = null, string? denominatorName = null)
    {
        if (!Enum.IsDefined(numeratorAggregation))
            throw new DomainValidationException(Messages.Get("Choose how the numerator is aggregated."), "numeratorAggregation");
        if (!Enum.IsDefined(denominatorAggregation))
            throw new DomainValidationException(Messages.Get("Choose how the denominator is aggregated."), "denominatorAggregation");
        if (!double.IsFinite(factor) || factor == 0)
            throw new DomainValidationException(
                Messages.Get("The factor must be a number other than 0, e.g. 100 for a percentage or 1 for a plain ratio."), "factor");
        (NumeratorAggregation, DenominatorAggregation, Factor) = (numeratorAggregation, denominatorAggregation, factor);
        NumeratorName = Named(numeratorName) ?? Messages.Get("Numerator");
        DenominatorName = Named(denominatorName) ?? Messages.Get("Denominator");
    }

    /// <summary>How the numerator's sub-period values combine, e.g. Sum of leavers.</summary>
    public SubPeriodAggregation NumeratorAggregation { get; }

    /// <summary>How the denominator's sub-period values combine, e.g. Average of headcount.</summary>
    public SubPeriodAggregation DenominatorAggregation { get; }

    /// <summary>Multiplies the quotient: 100 for a percentage, 1 for a plain ratio.</summary>
    public double Factor { get; }

    /// <summary>What the numerator counts, e.g. "Leavers".</summary>
    public string NumeratorName { get; }

    /// <summary>What the denominator counts, e.g. "Headcount".</summary>
    public string DenominatorName { get; }

    private static string? Named(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}

/// <summary>
/// A period's value computed from its sub-periods. <see cref="Value"/> is null when no sub-period has a value (no data —
/// never 0). <see cref="Missing"/> lists the sub-periods (0-based) without a value: the value is then computed over the
/// entered ones only and is flagged incomplete, for the user to judge.
/// </summary>
public sealed record SubPeriodTotal(double? Value, int SubPeriodCount, IReadOnlyList<int> Missing)
{
    /// <summary>True when every sub-period has a value.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>How many sub-periods the value was computed over.</summary>
    public int EnteredCount => SubPeriodCount - Missing.Count;
}

/// <summary>
/// Aggregates sub-period values (one slot per sub-period, null = not entered) to the reporting period, and computes ratio
/// KPIs by aggregating each component first and dividing once: Σ leavers / mean headcount × 100, never the sum or mean of
/// the monthly rates (docs/domain.md, "Sub-period data").
/// </summary>
public static class SubPeriodAggregator
{
    /// <summary>
    /// The period's value: Sum Σxᵢ, Average Σxᵢ/n, Last x of the latest entered sub-period, Minimum, Maximum — all over
    /// the n entered sub-periods. Throws <see cref="DomainValidationException"/> (field <c>[i]</c>) for a non-finite value.
    /// </summary>
    public static SubPeriodTotal Aggregate(IReadOnlyList<double?> values, SubPeriodAggregation aggregation)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!Enum.IsDefined(aggregation))
            throw new DomainValidationException(Messages.Get("Choose an aggregation: sum, average, last, minimum or maximum."), "aggregation");
        CheckFinite(values, null);
        var entered = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return new SubPeriodTotal(entered.Count == 0 ? null : Apply(entered, aggregation), values.Count, MissingOf(values));
    }

    /// <summary>
    /// numerator / denominator × factor, each component aggregated over the sub-periods first. A sub-period counts when
    /// both components are entered; one without the other is an error (field <c>[i].numerator</c> / <c>[i].denominator</c>),
    /// and so is an aggregated denominator of 0 (field <c>denominator</c>).
    /// </summary>
    public static SubPeriodTotal Ratio(IReadOnlyList<double?> numerators, IReadOnlyList<double?> denominators, RatioDefinition ratio)
    {
        ArgumentNullException.ThrowIfNull(numerators);
        ArgumentNullException.ThrowIfNull(denominators);
        ArgumentNullException.ThrowIfNull(ratio);
        if (numerators.Count != denominators.Count)
            throw new DomainValidationException(Messages.Format("Give as many {0} values as {1} values, one per sub-period.",
                ratio.DenominatorName, ratio.NumeratorName));
        CheckFinite(numerators, "numerator");
        CheckFinite(denominators, "denominator");
        for (var i = 0; i < numerators.Count; i++)
        {
            if (numerators[i] is not null && denominators[i] is null)
                throw new DomainValidationException(Messages.Format(
                    "Sub-period {0} has {1} but no {2}: enter both, or neither if the data is missing.", i + 1, ratio.NumeratorName, ratio.DenominatorName),
                    $"[{i}].denominator");
            if (numerators[i] is null && denominators[i] is not null)
                throw new DomainValidationException(Messages.Format(
                    "Sub-period {0} has {1} but no {2}: enter both (0 if nothing happened), or neither if the data is missing.", i + 1, ratio.DenominatorName, ratio.NumeratorName),
                    $"[{i}].numerator");
        }
        var missing = MissingOf(numerators);
        var entered = Enumerable.Range(0, numerators.Count).Where(i => numerators[i] is not null).ToList();
        if (entered.Count == 0) return new SubPeriodTotal(null, numerators.Count, missing);

        var numerator = Apply([.. entered.Select(i => numerators[i]!.Value)], ratio.NumeratorAggregation);
        var denominator = Apply([.. entered.Select(i => denominators[i]!.Value)], ratio.DenominatorAggregation);
        if (denominator == 0)
            throw new DomainValidationException(Messages.Format(
                "{0} comes to 0 ({1} of the entered sub-periods), so {2} / {0} cannot be computed: enter the {0} of each sub-period that has data.",
                ratio.DenominatorName, Describe(ratio.DenominatorAggregation), ratio.NumeratorName), "denominator");
        return new SubPeriodTotal(numerator / denominator * ratio.Factor, numerators.Count, missing);
    }

    private static double Apply(List<double> entered, SubPeriodAggregation aggregation) => aggregation switch
    {
        SubPeriodAggregation.Sum => entered.Sum(),
        SubPeriodAggregation.Average => entered.Average(),
        SubPeriodAggregation.Last => entered[^1],
        SubPeriodAggregation.Minimum => entered.Min(),
        SubPeriodAggregation.Maximum => entered.Max(),
        _ => throw new DomainValidationException(Messages.Get("Choose an aggregation: sum, average, last, minimum or maximum."), "aggregation"),
    };

    private static string Describe(SubPeriodAggregation aggregation) => aggregation switch
    {
        SubPeriodAggregation.Sum => Messages.Get("sum"),
        SubPeriodAggregation.Average => Messages.Get("average"),
        SubPeriodAggregation.Last => Messages.Get("last value"),
        SubPeriodAggregation.Minimum => Messages.Get("minimum"),
        _ => Messages.Get("maximum"),
    };

    private static void CheckFinite(IReadOnlyList<double?> values, string? component)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v && !double.IsFinite(v))
                throw new DomainValidationException(Messages.Format("Sub-period {0} has no usable number; enter a finite value or leave it empty.", i + 1),
                    component is null ? $"[{i}]" : $"[{i}].{component}");
    }

    private static List<int> MissingOf(IReadOnlyList<double?> values) =>
        [.. Enumerable.Range(0, values.Count).Where(i => values[i] is null)];
}
