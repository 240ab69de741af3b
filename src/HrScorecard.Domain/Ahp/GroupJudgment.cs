namespace HrScorecard.Domain.Ahp;

/// <summary>Combines several respondents' judgments into one matrix (Aczél &amp; Saaty 1983).</summary>
public static class GroupJudgment
{
    /// <summary>
    /// Element-wise weighted geometric mean a_ij = Π_k a_ij,k^(λ_k) with respondent weights λ normalised to sum 1
    /// (equal when none are given). The result is reciprocal again; the arithmetic mean would not be.
    /// Errors are located as <c>matrices[k]</c> or <c>respondentWeights[k]</c>.
    /// </summary>
    public static PairwiseMatrix Aggregate(IReadOnlyList<PairwiseMatrix> matrices, IReadOnlyList<double>? respondentWeights = null)
    {
        if (matrices.Count == 0)
            throw new DomainValidationException(Messages.Get("Aggregation needs at least one respondent's matrix."), "matrices");
        var size = matrices[0].Size;
        for (var k = 1; k < matrices.Count; k++)
            if (matrices[k].Size != size)
                throw new DomainValidationException(Messages.Format(
                    "Matrix {0} is {1}×{1}, but matrix 0 is {2}×{2}; all respondents must compare the same items.", k, matrices[k].Size, size),
                    $"matrices[{k}]");

        var lambda = NormalisedRespondentWeights(matrices.Count, respondentWeights);
        var entries = new double[size, size];
        for (var i = 0; i < size; i++)
            for (var j = i + 1; j < size; j++)
            {
                var logSum = 0.0;
                for (var k = 0; k < matrices.Count; k++) logSum += lambda[k] * Math.Log(matrices[k][i, j]);
                entries[i, j] = Math.Exp(logSum);
            }
        return PairwiseMatrix.FromTrustedUpperTriangle(entries);
    }

    private static double[] NormalisedRespondentWeights(int count, IReadOnlyList<double>? weights)
    {
        if (weights is null) return [.. Enumerable.Repeat(1.0 / count, count)];
        if (weights.Count != count)
            throw new DomainValidationException(
                Messages.Format("{0} matrices need {0} respondent weights, but {1} were given.", count, weights.Count), "respondentWeights");
        for (var k = 0; k < count; k++)
            if (!(weights[k] > 0) || !double.IsFinite(weights[k]))
                throw new DomainValidationException(
                    Messages.Format("Respondent weight {0} must be a positive number, but is {1}.", k, weights[k]), $"respondentWeights[{k}]");
        var largest = weights.Max();
        var scaled = weights.Select(w => w / largest).ToArray(); // dividing by the largest first keeps the sum finite
        var sum = scaled.Sum();
        return [.. scaled.Select(w => w / sum)];
    }
}
