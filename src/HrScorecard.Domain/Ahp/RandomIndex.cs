namespace HrScorecard.Domain.Ahp;

/// <summary>Which published table of random consistency indices RI(n) a consistency ratio is computed against.</summary>
public enum RandomIndexTable
{
    /// <summary>
    /// Saaty (1980) for n ≤ 10, extended to n = 15 with the values Saaty later published from the Oak Ridge / Wharton
    /// simulations (Saaty 2000, <i>Fundamentals of Decision Making and Priority Theory</i>): 1.51, 1.48, 1.56, 1.57, 1.59.
    /// </summary>
    Saaty,

    /// <summary>Alonso &amp; Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), Table 1.</summary>
    AlonsoLamata2006,
}

/// <summary>Random consistency index RI(n): the mean CI of random reciprocal matrices of size n.</summary>
public static class RandomIndex
{
    private static readonly double[] SaatyTable =
        [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    private static readonly double[] AlonsoLamataTable =
        [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838];

    /// <summary>RI for <paramref name="size"/> items (1 ≤ n ≤ 15); 0 for n ≤ 2, where every matrix is consistent.</summary>
    public static double For(int size, RandomIndexTable table = RandomIndexTable.Saaty)
    {
        if (size is < 1 or > PairwiseMatrix.MaxSize)
            throw new DomainValidationException(
                Messages.Format("Random indices are tabulated for 1 to {0} items, not {1}.", PairwiseMatrix.MaxSize, size));
        return (table == RandomIndexTable.Saaty ? SaatyTable : AlonsoLamataTable)[size - 1];
    }
}
