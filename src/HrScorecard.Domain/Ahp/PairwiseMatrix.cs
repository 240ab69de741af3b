using System.Globalization;

namespace HrScorecard.Domain.Ahp;

/// <summary>
/// A reciprocal pairwise comparison matrix (Saaty): entry [i][j] says how many times item i matters more than item j,
/// the diagonal is 1 and [j][i] is exactly 1/[i][j]. Immutable; every instance has passed validation.
/// </summary>
public sealed class PairwiseMatrix
{
    /// <summary>Largest number of items compared at once; beyond 15 judgments become unreliable and RI is not tabulated.</summary>
    public const int MaxSize = 15;

    /// <summary>How far a typed reciprocal may be from the exact one (|a_ij · a_ji − 1|): accepts 0.333 for 1/3, not 0.3.</summary>
    public const double ReciprocalTolerance = 0.01;

    /// <summary>The strongest judgment on Saaty's scale ("extremely more important"); entries lie in [1/9, 9].</summary>
    public const double MaxJudgment = 9;

    private readonly double[,] _entries;

    private PairwiseMatrix(double[,] entries) => _entries = entries;

    /// <summary>Number of items compared.</summary>
    public int Size => _entries.GetLength(0);

    /// <summary>How many times item <paramref name="row"/> matters more than item <paramref name="column"/>.</summary>
    public double this[int row, int column] => _entries[row, column];

    /// <summary>
    /// Builds the matrix from its upper triangle, read row by row: (0,1), (0,2) … (0,n−1), (1,2) … (n−2,n−1).
    /// The lower triangle is filled with exact reciprocals.
    /// </summary>
    public static PairwiseMatrix FromUpperTriangle(int size, IReadOnlyList<double> judgments)
    {
        CheckSize(size);
        var expected = size * (size - 1) / 2;
        if (judgments.Count != expected)
            throw new DomainValidationException(
                Messages.Format("{0} items need {1} pairwise judgments (one per pair), but {2} were given.", size, expected, judgments.Count));
        var entries = Identity(size);
        var k = 0;
        for (var i = 0; i < size; i++)
            for (var j = i + 1; j < size; j++)
            {
                var value = judgments[k];
                CheckEntry(value, i, j);
                entries[i, j] = value;
                entries[j, i] = 1 / value;
                k++;
            }
        return new PairwiseMatrix(entries);
    }

    /// <summary>
    /// Builds the matrix from all its rows and checks it: square, 1 ≤ n ≤ 15, positive finite entries, unit diagonal,
    /// reciprocal within <see cref="ReciprocalTolerance"/>. Of each pair, the entry ≥ 1 is taken as the judgment and the
    /// other is replaced by its exact reciprocal, so a transcribed 0.33 does not distort the weights.
    /// </summary>
    public static PairwiseMatrix FromRows(IReadOnlyList<IReadOnlyList<double>> rows)
    {
        var size = rows.Count;
        CheckSize(size);
        for (var i = 0; i < size; i++)
        {
            if (rows[i].Count != size)
                throw new DomainValidationException(
                    Messages.Format("Row {0} has {1} entries, but a {2}×{2} matrix needs {2} in every row.", i, rows[i].Count, size), $"[{i}]");
            for (var j = 0; j < size; j++)
                CheckEntry(rows[i][j], i, j);
            if (Math.Abs(rows[i][i] - 1) > 1e-9)
                throw new DomainValidationException(
                    Messages.Format("Entry [{0}][{0}] compares an item with itself and must be 1, but is {1}.", i, Show(rows[i][i])), $"[{i}][{i}]");
        }

        var entries = Identity(size);
        for (var i = 0; i < size; i++)
            for (var j = i + 1; j < size; j++)
            {
                double upper = rows[i][j], lower = rows[j][i];
                // 1e-12 of slack: |0.33 · 3 − 1| evaluates to 0.010000000000000009, which must still count as within 1 %.
                if (Math.Abs(upper * lower - 1) > ReciprocalTolerance + 1e-12)
                    throw new DomainValidationException(Messages.Format(
                        "Entry [{0}][{1}] = {2} must be the reciprocal of entry [{1}][{0}] = {3}, i.e. {4}.",
                        j, i, Show(lower), Show(upper), Judgment.Format(1 / upper)), $"[{j}][{i}]");
                var judgment = upper >= 1 ? upper : 1 / lower;
                entries[i, j] = judgment;
                entries[j, i] = 1 / judgment;
            }
        return new PairwiseMatrix(entries);
    }

    /// <summary>The perfectly consistent matrix of a weight vector: a_ij = w_i / w_j.</summary>
    public static PairwiseMatrix FromPriorities(IReadOnlyList<double> weights)
    {
        CheckSize(weights.Count);
        for (var i = 0; i < weights.Count; i++)
            if (!(weights[i] > 0) || !double.IsFinite(weights[i]))
                throw new DomainValidationException(Messages.Format("Weight {0} must be a positive number, but is {1}.", i, Show(weights[i])), $"[{i}]");
        var size = weights.Count;
        var entries = Identity(size);
        for (var i = 0; i < size; i++)
            for (var j = i + 1; j < size; j++)
            {
                entries[i, j] = weights[i] / weights[j];
                entries[j, i] = 1 / entries[i, j];
            }
        return new PairwiseMatrix(entries);
    }

    /// <summary>All entries, row by row.</summary>
    public double[][] ToRows()
    {
        var rows = new double[Size][];
        for (var i = 0; i < Size; i++)
        {
            rows[i] = new double[Size];
            for (var j = 0; j < Size; j++) rows[i][j] = _entries[i, j];
        }
        return rows;
    }

    /// <summary>The judgments above the diagonal, in the order <see cref="FromUpperTriangle"/> reads them.</summary>
    public IReadOnlyList<double> UpperTriangle()
    {
        var values = new List<double>(Size * (Size - 1) / 2);
        for (var i = 0; i < Size; i++)
            for (var j = i + 1; j < Size; j++) values.Add(_entries[i, j]);
        return values;
    }

    internal double[,] CopyEntries() => (double[,])_entries.Clone();

    internal static PairwiseMatrix FromTrustedUpperTriangle(double[,] entries)
    {
        var size = entries.GetLength(0);
        for (var i = 0; i < size; i++)
        {
            entries[i, i] = 1;
            for (var j = i + 1; j < size; j++) entries[j, i] = 1 / entries[i, j];
        }
        return new PairwiseMatrix(entries);
    }

    private static double[,] Identity(int size)
    {
        var entries = new double[size, size];
        for (var i = 0; i < size; i++) entries[i, i] = 1;
        return entries;
    }

    private static void CheckSize(int size)
    {
        if (size is < 1 or > MaxSize)
            throw new DomainValidationException(
                Messages.Format("A pairwise comparison needs between 1 and {0} items, but {1} were given.", MaxSize, size));
    }

    private static void CheckEntry(double value, int i, int j)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new DomainValidationException(
                Messages.Format("Entry [{0}][{1}] must be a positive number (Saaty's scale runs from 1/9 to 9), but is {2}.", i, j, Show(value)),
                $"[{i}][{j}]");
        // Beyond the scale a judgment means nothing, and far beyond it the eigenvector overflows.
        if (value > MaxJudgment * (1 + 1e-9) || value < 1 / MaxJudgment / (1 + 1e-9))
            throw new DomainValidationException(
                Messages.Format("Entry [{0}][{1}] = {2} is outside Saaty's scale, which runs from 1/9 to 9.", i, j, Show(value)), $"[{i}][{j}]");
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.CurrentCulture);
}
