using BenchmarkDotNet.Attributes;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Benchmarks;

/// <summary>
/// Our power iteration and the full AHP computation against MathNet's general eigen-decomposition, which is the
/// baseline: <see cref="Priorities.EigenDecompositionVector"/> is DenseOfArray(...).Evd() plus picking and normalising
/// the principal eigenvector, so both sides return the same weights from the same <see cref="PairwiseMatrix"/>.
/// </summary>
[MemoryDiagnoser]
public class PriorityBenchmarks
{
    private PairwiseMatrix _matrix = null!;

    /// <summary>Number of items compared (4: a small criterion group, 15: the largest matrix allowed).</summary>
    [Params(4, 9, 15)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _matrix = BenchmarkMatrices.RandomReciprocal(N, new Random(20_250 + N));

        // Timing two methods is only meaningful if they agree.
        var ours = Priorities.PrincipalEigenvector(_matrix);
        var reference = Priorities.EigenDecompositionVector(_matrix);
        var difference = ours.Zip(reference, (a, b) => Math.Abs(a - b)).Max();
        if (difference > 1e-10)
            throw new InvalidOperationException($"Eigenvectors differ by {difference:E2} for n = {N}.");
    }

    [Benchmark(Baseline = true, Description = "MathNet Evd → principal eigenvector")]
    public double[] MathNetEvd() => Priorities.EigenDecompositionVector(_matrix);

    [Benchmark(Description = "Priorities.PrincipalEigenvector")]
    public double[] PrincipalEigenvector() => Priorities.PrincipalEigenvector(_matrix);

    [Benchmark(Description = "Priorities.Compute (full AhpResult)")]
    public AhpResult Compute() => Priorities.Compute(_matrix);
}
