using FsCheck;
using FsCheck.Fluent;
using HrScorecard.Domain.Ahp;

namespace HrScorecard.Domain.Tests.Ahp;

/// <summary>A positive weight vector of 1 to 15 items, spanning six orders of magnitude.</summary>
public sealed record PositiveWeights(double[] Values)
{
    public override string ToString() => $"[{string.Join(", ", Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]";
}

/// <summary>A reciprocal matrix of 1 to 15 items whose judgments are drawn from Saaty's scale.</summary>
public sealed record SaatyMatrix(PairwiseMatrix Matrix)
{
    public override string ToString() => Show(Matrix);

    internal static string Show(PairwiseMatrix matrix) =>
        $"{matrix.Size}×{matrix.Size} [{string.Join(", ", matrix.UpperTriangle().Select(Judgment.Format))}]";
}

/// <summary>Several respondents' Saaty-scale matrices over the same items, with positive respondent weights.</summary>
public sealed record Respondents(PairwiseMatrix[] Matrices, double[] Weights)
{
    public override string ToString() =>
        $"{string.Join(" | ", Matrices.Select(SaatyMatrix.Show))} weighted [{string.Join(", ", Weights)}]";
}

/// <summary>Two respondents' Saaty-scale matrices over the same items.</summary>
public sealed record TwoRespondents(PairwiseMatrix First, PairwiseMatrix Second)
{
    public override string ToString() => $"{SaatyMatrix.Show(First)} | {SaatyMatrix.Show(Second)}";
}

public static class AhpArbitraries
{
    private static readonly Gen<int> Size = Gen.Choose(1, PairwiseMatrix.MaxSize);

    private static Gen<PairwiseMatrix> MatrixOfSize(int n) =>
        Gen.ArrayOf(Gen.Elements(Judgment.Scale.ToArray()), n * (n - 1) / 2)
            .Select(judgments => PairwiseMatrix.FromUpperTriangle(n, judgments));

    public static Arbitrary<PositiveWeights> Weights() =>
        Size.SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 1_000_000).Select(k => k / 1000.0), n))
            .Select(values => new PositiveWeights(values))
            .ToArbitrary();

    public static Arbitrary<SaatyMatrix> Matrices() =>
        Size.SelectMany(MatrixOfSize).Select(m => new SaatyMatrix(m)).ToArbitrary();

    public static Arbitrary<Respondents> Groups() =>
        (from n in Size
         from k in Gen.Choose(1, 6)
         from matrices in Gen.ArrayOf(MatrixOfSize(n), k)
         from weights in Gen.ArrayOf(Gen.Choose(1, 100).Select(w => (double)w), k)
         select new Respondents(matrices, weights))
        .ToArbitrary();

    public static Arbitrary<TwoRespondents> Pairs() =>
        Size.SelectMany(n => MatrixOfSize(n).Two())
            .Select(pair => new TwoRespondents(pair.Item1, pair.Item2))
            .ToArbitrary();
}
