using HrScorecard.Domain.Ahp;

namespace HrScorecard.Benchmarks;

/// <summary>Fixed-seed inputs, so every run and every machine times the same matrices.</summary>
internal static class BenchmarkMatrices
{
    /// <summary>A reciprocal matrix whose upper triangle is drawn uniformly from Saaty's 17 scale points.</summary>
    public static PairwiseMatrix RandomReciprocal(int size, Random random)
    {
        var judgments = new double[size * (size - 1) / 2];
        for (var k = 0; k < judgments.Length; k++)
            judgments[k] = Judgment.Scale[random.Next(Judgment.Scale.Count)];
        return PairwiseMatrix.FromUpperTriangle(size, judgments);
    }

    /// <summary>
    /// One respondent of a panel that shares underlying priorities: each judgment is w_i / w_j times log-normal noise
    /// (σ = 0.5 in ln units), snapped to the nearest scale point, as people answer on the 1–9 scale.
    /// </summary>
    public static PairwiseMatrix NoisyRespondent(IReadOnlyList<double> consensus, Random random)
    {
        var size = consensus.Count;
        var judgments = new double[size * (size - 1) / 2];
        var k = 0;
        for (var i = 0; i < size; i++)
            for (var j = i + 1; j < size; j++)
            {
                var noise = Math.Exp(0.5 * StandardNormal(random));
                judgments[k++] = Judgment.NearestOnScale(consensus[i] / consensus[j] * noise);
            }
        return PairwiseMatrix.FromUpperTriangle(size, judgments);
    }

    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
