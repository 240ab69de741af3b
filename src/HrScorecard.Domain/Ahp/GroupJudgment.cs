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
            throw new DomainValidationException("Aggregation needs at least one respondent's matrix.", "matrices");
        var size = matrices[0].Size;
        for (var k = 1; k < matrices.Count; k++)
            if (matrices[k].Size != size)
                throw new DomainValidationException(
                    $"Matrix {k} is {matrices[k].Size}×{matrices[k].Size}, but matrix 0 is {size}×{size}; " +
                    "all respondents must compare the same items.", $"matrices[{k}]");

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
                $"{count} matrices need {count} respondent weights, but {weights.Count} were given.", "respondentWeights");
        for (var k = 0; k < count; k++)
            if (!(weights[k] > 0) || !double.IsFinite(weights[k]))
                throw new DomainValidationException(
                    $"Respondent weight {k} must be a positive number, but is {weights[k]}.", $"respondentWeights[{k}]");
        var largest = weights.Max();
        var scaled = weights.Select(w => w / largest).ToArray(); // dividing by the largest first keeps the sum finite
        var sum = scaled.Sum();
        return [.. scaled.Select(w => w / sum)];
    }
}
