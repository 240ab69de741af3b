namespace HrScorecard.Domain.Surveys;

/// <summary>
/// One item of a survey: its mean, how many respondents gave each answer, its sample variance, and its validity —
/// the Pearson r of the item with the respondents' total score compared with the critical r.
/// </summary>
/// <param name="Name">The item's name (column header).</param>
/// <param name="Mean">Mean answer on the 1–5 scale.</param>
/// <param name="Distribution">Counts of the answers 1, 2, 3, 4, 5 (five entries).</param>
/// <param name="Variance">Sample variance (divisor N − 1); 0 when every respondent gave the same answer.</param>
/// <param name="ItemTotalCorrelation">Uncorrected item-total r; null when the item or the totals do not vary, or N &lt; 3.</param>
/// <param name="IsValid">r &gt; r_critical; null when either is unknown.</param>
public sealed record SurveyItemStatistics(
    string Name, double Mean, IReadOnlyList<int> Distribution, double Variance, double? ItemTotalCorrelation, bool? IsValid);

/// <summary>Everything shown for an uploaded survey; <see cref="Mean"/> is the KPI's actual.</summary>
/// <param name="Respondents">N.</param>
/// <param name="Mean">Mean of the respondents' item means on the 1–5 scale (with a complete matrix, the mean of all answers).</param>
/// <param name="Items">Per item, in column order.</param>
/// <param name="CriticalR">r_critical at df = N − 2, two-tailed 5 %; null when N &lt; 3.</param>
/// <param name="CronbachAlpha">α; null with fewer than two items or respondents, or when the totals do not vary.</param>
/// <param name="Verdict">George &amp; Mallery's words for α; null when α is.</param>
/// <param name="Warnings">Why some figures are missing or to be read with care, in plain words.</param>
public sealed record SurveyStatistics(
    int Respondents, double Mean, IReadOnlyList<SurveyItemStatistics> Items, double? CriticalR, double? CronbachAlpha,
    ReliabilityVerdict? Verdict, IReadOnlyList<string> Warnings)
{
    /// <summary>The degrees of freedom of the item-total correlations, N − 2.</summary>
    public int DegreesOfFreedom => Respondents - 2;
}
