namespace HrScorecard.Domain.Ahp;

/// <summary>How much a group of respondents agrees, as a plain-words band.</summary>
public enum ConsensusBand
{
    /// <summary>S* below 50 %.</summary>
    VeryLow,

    /// <summary>50 % ≤ S* &lt; 62.5 %.</summary>
    Low,

    /// <summary>62.5 % ≤ S* &lt; 75 %.</summary>
    Moderate,

    /// <summary>75 % ≤ S* &lt; 87.5 %.</summary>
    High,

    /// <summary>87.5 % and above.</summary>
    VeryHigh,
}

/// <summary>
/// Group consensus of AHP priorities by Shannon entropy: the relative homogeneity S* of Goepel (2018), "Implementation
/// of an Online Software Tool for the Analytic Hierarchy Process (AHP-OS)", Int. J. of the AHP 10(3), 469–487.
/// </summary>
public static class Consensus
{
    /// <summary>
    /// S* for K ≥ 2 respondents' priority vectors over the same n items (scale maximum m, 9 for Saaty's scale):
    /// Hα = mean_k(−Σ_i p_ki ln p_ki), Hγ = −Σ_i p̄_i ln p̄_i, Hβ = Hγ − Hα, M = 1/exp(Hβ);
    /// c = m/(n+m−1), Hα,min = −c ln c − (n−1)·(1/(n+m−1))·ln(1/(n+m−1)), cor = n/exp(Hα,min);
    /// S* = (M − 1/cor)/(1 − 1/cor). Identical respondents give 1; respondents each favouring a different item at
    /// the scale's maximum give 0. Null for a single respondent (agreement needs two).
    /// </summary>
    public static double? RelativeHomogeneity(IReadOnlyList<IReadOnlyList<double>> priorityVectors, int scaleMaximum = 9)
    {
        if (priorityVectors.Count == 0)
            throw new DomainValidationException(Messages.Get("Consensus needs at least one respondent's priorities."));
        var n = priorityVectors[0].Count;
        for (var k = 0; k < priorityVectors.Count; k++)
        {
            if (priorityVectors[k].Count != n)
                throw new DomainValidationException(
                    Messages.Format("Respondent {0} has priorities for {1} items, respondent 0 for {2}.", k, priorityVectors[k].Count, n), $"[{k}]");
            if (priorityVectors[k].Any(p => !(p > 0) || !double.IsFinite(p)))
                throw new DomainValidationException(Messages.Format("Respondent {0}'s priorities must be positive numbers.", k), $"[{k}]");
        }
        if (scaleMaximum < 2)
            throw new DomainValidationException(Messages.Get("The scale maximum must be at least 2 (Saaty's scale: 9)."));
        if (priorityVectors.Count < 2 || n < 2) return null;

        var alpha = priorityVectors.Average(Entropy);
        var mean = Enumerable.Range(0, n).Select(i => priorityVectors.Average(p => p[i])).ToArray();
        var beta = Entropy(mean) - alpha;
        var m = (double)scaleMaximum;
        var c = m / (n + m - 1);
        var other = 1 / (n + m - 1);
        var alphaMin = -c * Math.Log(c) - (n - 1) * other * Math.Log(other);
        var inverseCor = Math.Exp(alphaMin) / n;
        var homogeneity = 1 / Math.Exp(beta);
        return (homogeneity - inverseCor) / (1 - inverseCor);
    }

    /// <summary>
    /// Goepel's word scale (BPMSG, "AHP consensus word scale"): below 50 % very low, then four equal segments up to
    /// 100 % — low, moderate, high, very high.
    /// </summary>
    public static ConsensusBand Band(double relativeHomogeneity) => relativeHomogeneity switch
    {
        < 0.50 => ConsensusBand.VeryLow,
        < 0.625 => ConsensusBand.Low,
        < 0.75 => ConsensusBand.Moderate,
        < 0.875 => ConsensusBand.High,
        _ => ConsensusBand.VeryHigh,
    };

    private static double Entropy(IReadOnlyList<double> p)
    {
        var sum = p.Sum();
        return -p.Sum(x => x / sum * Math.Log(x / sum));
    }
}
