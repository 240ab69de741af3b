using MathNet.Numerics.Distributions;

namespace HrScorecard.Domain.Surveys;

/// <summary>
/// Item statistics, item validity and reliability of a Likert survey, as the HR Scorecard papers report them
/// (DOMAIN.md §8). All variances are sample variances (divisor N − 1).
/// </summary>
public static class SurveyAnalysis
{
    /// <summary>Below this many respondents α and r are too unstable to be read as more than an indication.</summary>
    public const int RecommendedRespondents = 30;

    /// <summary>
    /// Per item mean, distribution and uncorrected item-total r (the item is part of the total, as the papers compute
    /// it; the corrected r, item against the total of the other items, is lower); the critical r at df = N − 2;
    /// Cronbach's α = k/(k−1) · (1 − Σ s²_item / s²_total) with its verdict; warnings.
    /// </summary>
    public static SurveyStatistics Analyse(LikertSurvey survey)
    {
        var n = survey.RespondentCount;
        var k = survey.Items.Count;
        var warnings = new List<string>();
        var totals = Enumerable.Range(0, n).Select(i => (double)Enumerable.Range(0, k).Sum(j => survey[i, j])).ToArray();
        var totalVariance = SampleVariance(totals);
        var criticalR = n >= 3 ? CriticalR(n - 2) : (double?)null;

        if (n < 3)
            warnings.Add(n == 1
                ? Messages.Format("Only {0} respondent: item validity needs at least 3 (df = N − 2) and α at least 2.", n)
                : Messages.Format("Only {0} respondents: item validity needs at least 3 (df = N − 2) and α at least 2.", n));
        else if (n < RecommendedRespondents)
            warnings.Add(Messages.Format(
                "Only {0} respondents: with fewer than {1}, α and the item correlations are unstable — read them as an indication.", n, RecommendedRespondents));
        if (n >= 2 && totalVariance == 0)
            warnings.Add(Messages.Get("Every respondent has the same total score, so no item can correlate with it and α is undefined."));

        var items = new List<SurveyItemStatistics>(k);
        for (var j = 0; j < k; j++)
        {
            var column = Enumerable.Range(0, n).Select(i => (double)survey[i, j]).ToArray();
            var distribution = new int[LikertSurvey.Highest - LikertSurvey.Lowest + 1];
            foreach (var answer in column) distribution[(int)answer - LikertSurvey.Lowest]++;
            var variance = SampleVariance(column);
            if (n >= 2 && variance == 0)
                warnings.Add(Messages.Format(
                    "Item \"{0}\": every respondent answered {1}, so it cannot tell respondents apart and has no item-total correlation.", survey.Items[j], (int)column[0]));
            var r = n >= 3 && variance > 0 && totalVariance > 0 ? Pearson(column, totals) : (double?)null;
            items.Add(new SurveyItemStatistics(survey.Items[j], column.Average(), distribution, variance, r,
                r is { } value && criticalR is { } critical ? value > critical : null));
        }

        double? alpha = null;
        if (k < 2) warnings.Add(Messages.Get("Cronbach's α needs at least two items."));
        else if (n >= 2 && totalVariance > 0)
            alpha = (double)k / (k - 1) * (1 - items.Sum(i => i.Variance) / totalVariance);
        if (alpha < 0)
            warnings.Add(Messages.Get("α is negative: the items contradict each other — check for reverse-worded items that were not recoded."));

        var mean = Enumerable.Range(0, n).Average(i => totals[i] / k);
        return new SurveyStatistics(n, mean, items, criticalR, alpha, alpha is { } a ? VerdictOf(a) : null, warnings);
    }

    /// <summary>
    /// The critical Pearson r for a two-tailed test at 5 %: r = t / √(df + t²) with t the 97.5 % quantile of Student's
    /// t with df degrees of freedom (df = 20 gives 0.4227).
    /// </summary>
    public static double CriticalR(int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
            throw new DomainValidationException(Messages.Format("The critical r needs at least 1 degree of freedom (N ≥ 3); got {0}.", degreesOfFreedom));
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
        return t / Math.Sqrt(degreesOfFreedom + t * t);
    }

    /// <summary>George &amp; Mallery's band for <paramref name="alpha"/>.</summary>
    public static ReliabilityVerdict VerdictOf(double alpha) => alpha switch
    {
        >= 0.9 => ReliabilityVerdict.Excellent,
        >= 0.8 => ReliabilityVerdict.Good,
        >= 0.7 => ReliabilityVerdict.Acceptable,
        >= 0.6 => ReliabilityVerdict.Questionable,
        >= 0.5 => ReliabilityVerdict.Poor,
        _ => ReliabilityVerdict.Unacceptable,
    };

    /// <summary>The verdict in lower-case words in the current UI culture, e.g. "acceptable" (id-ID: "dapat diterima").</summary>
    public static string Describe(ReliabilityVerdict verdict) => verdict switch
    {
        ReliabilityVerdict.Excellent => Messages.Get("excellent"),
        ReliabilityVerdict.Good => Messages.Get("good"),
        ReliabilityVerdict.Acceptable => Messages.Get("acceptable"),
        ReliabilityVerdict.Questionable => Messages.Get("questionable"),
        ReliabilityVerdict.Poor => Messages.Get("poor"),
        _ => Messages.Get("unacceptable"),
    };

    private static double SampleVariance(double[] values)
    {
        if (values.Length < 2) return 0;
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        // Rounding can push a perfect correlation a hair past ±1.
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}
