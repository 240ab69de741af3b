namespace HrScorecard.Domain.Ahp;

/// <summary>How priorities are derived from a pairwise matrix.</summary>
public enum PriorityMethod
{
    /// <summary>Saaty's principal right eigenvector, normalised to sum 1 (exact, to 1e-12).</summary>
    Eigenvector,

    /// <summary>Row geometric mean, normalised (Crawford &amp; Williams 1985): a named alternative, not the eigenvector.</summary>
    GeometricMean,
}

/// <summary>Settings of one AHP computation.</summary>
/// <param name="Method">How weights are derived.</param>
/// <param name="ConsistencyThreshold">Largest acceptable CR (Saaty: 0.10).</param>
/// <param name="Table">Which RI table CR is computed against.</param>
public sealed record AhpOptions(
    PriorityMethod Method = PriorityMethod.Eigenvector,
    double ConsistencyThreshold = 0.10,
    RandomIndexTable Table = RandomIndexTable.Saaty)
{
    /// <summary>Eigenvector, CR ≤ 0.10, Saaty's RI.</summary>
    public static AhpOptions Default { get; } = new();
}

/// <summary>
/// The judgment that deviates most from the weights, ε = a_ij · w_j / w_i furthest from 1 on a log scale, with the value
/// w_i / w_j that would agree with them and the nearest point of Saaty's scale to it. Indices are 0-based, Row &lt; Column.
/// </summary>
public sealed record JudgmentRevision(int Row, int Column, double Current, double Suggested, double SuggestedOnScale);

/// <summary>Priorities of one pairwise matrix and its consistency (Saaty 1980).</summary>
/// <param name="Weights">Local priorities, positive, summing to 1, in the matrix's item order.</param>
/// <param name="LambdaMax">Principal eigenvalue λmax = mean of (A·v)_i / v_i for the principal eigenvector v.</param>
/// <param name="ConsistencyIndex">CI = (λmax − n) / (n − 1); 0 for n ≤ 2.</param>
/// <param name="RandomIndex">RI(n) from <see cref="Table"/>.</param>
/// <param name="ConsistencyRatio">CR = CI / RI; 0 for n ≤ 2.</param>
/// <param name="IsConsistent">CR ≤ the threshold of the options used.</param>
/// <param name="MostInconsistent">The judgment to reconsider first; null when the matrix is perfectly consistent.</param>
/// <param name="Method">How <see cref="Weights"/> were derived.</param>
/// <param name="Table">Which RI table was used.</param>
public sealed record AhpResult(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    bool IsConsistent,
    JudgmentRevision? MostInconsistent,
    PriorityMethod Method,
    RandomIndexTable Table);
