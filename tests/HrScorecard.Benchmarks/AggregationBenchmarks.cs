using BenchmarkDotNet.Attributes;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Benchmarks;

/// <summary>A 50-respondent survey of 9 criteria: geometric-mean aggregation, alone and followed by the AHP result.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int Size = 9;
    private const int Respondents = 50;

    private PairwiseMatrix[] _matrices = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_250);
        var consensus = Enumerable.Range(0, Size).Select(_ => 0.2 + random.NextDouble()).ToArray();
        _matrices = [.. Enumerable.Range(0, Respondents).Select(_ => BenchmarkMatrices.NoisyRespondent(consensus, random))];
    }

    [Benchmark(Baseline = true, Description = "GroupJudgment.Aggregate (50 × 9×9)")]
    public PairwiseMatrix Aggregate() => GroupJudgment.Aggregate(_matrices);

    [Benchmark(Description = "Aggregate + Priorities.Compute")]
    public AhpResult AggregateThenCompute() => Priorities.Compute(GroupJudgment.Aggregate(_matrices));
}
