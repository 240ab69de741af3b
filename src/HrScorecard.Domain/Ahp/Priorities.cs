using MathNet.Numerics.LinearAlgebra;

namespace HrScorecard.Domain.Ahp;

/// <summary>Derives priorities and consistency from a pairwise matrix (Saaty 1980).</summary>
public static class Priorities
{
    private const double ConvergenceTolerance = 1e-14;
    private const int MaxIterations = 10_000;

    /// <summary>
    /// Weights by the chosen method; λmax, CI and CR always from the principal eigenvalue, because consistency is a
    /// property of the judgments, not of the weighting method; and the judgment to reconsider first.
    /// </summary>
    public static AhpResult Compute(PairwiseMatrix matrix, AhpOptions? options = null)
    {
        options ??= AhpOptions.Default;
        if (!(options.ConsistencyThreshold >= 0) || !double.IsFinite(options.ConsistencyThreshold))
            throw new DomainValidationException(Messages.Get("The consistency threshold must be a non-negative number such as 0.10."));

        var n = matrix.Size;
        var eigenvector = PrincipalEigenvector(matrix);
        var weights = options.Method == PriorityMethod.Eigenvector ? eigenvector : RowGeometricMean(matrix);

        double lambdaMax = n, ci = 0, cr = 0;
        var ri = RandomIndex.For(n, options.Table);
        if (n > 2)
        {
            lambdaMax = LambdaMax(matrix, eigenvector);
            ci = Math.Max(0, (lambdaMax - n) / (n - 1));
            cr = ci / ri;
        }

        return new AhpResult(
            weights, lambdaMax, ci, ri, cr, cr <= options.ConsistencyThreshold,
            MostInconsistent(matrix, weights), options.Method, options.Table);
    }

    /// <summary>
    /// Principal right eigenvector, normalised to sum 1, by power iteration from the row geometric mean (a positive
    /// matrix has a simple dominant Perron root, so it converges); MathNet's eigen-decomposition if it ever does not.
    /// </summary>
    public static double[] PrincipalEigenvector(PairwiseMatrix matrix)
    {
        var n = matrix.Size;
        var a = matrix.CopyEntries();
        var current = RowGeometricMean(matrix);
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var s = 0.0;
                for (var j = 0; j < n; j++) s += a[i, j] * current[j];
                next[i] = s;
                sum += s;
            }
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - current[i]));
            }
            (current, next) = (next, current);
            if (change < ConvergenceTolerance) return current;
        }
        return EigenDecompositionVector(matrix);
    }

    /// <summary>The principal eigenvector via MathNet's general eigen-decomposition (the reference method).</summary>
    internal static double[] EigenDecompositionVector(PairwiseMatrix matrix)
    {
        var evd = Matrix<double>.Build.DenseOfArray(matrix.CopyEntries()).Evd();
        var values = evd.EigenValues;
        var principal = 0;
        for (var k = 1; k < values.Count; k++)
            if (values[k].Real > values[principal].Real) principal = k;
        var vector = evd.EigenVectors.Column(principal).PointwiseAbs();
        return (vector / vector.Sum()).ToArray();
    }

    /// <summary>w_i = (Π_j a_ij)^(1/n), normalised to sum 1.</summary>
    public static double[] RowGeometricMean(PairwiseMatrix matrix)
    {
        var n = matrix.Size;
        var weights = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var logSum = 0.0;
            for (var j = 0; j < n; j++) logSum += Math.Log(matrix[i, j]);
            weights[i] = Math.Exp(logSum / n);
            sum += weights[i];
        }
        for (var i = 0; i < n; i++) weights[i] /= sum;
        return weights;
    }

    /// <summary>λ = mean of (A·w)_i / w_i; equals λmax when w is the principal eigenvector.</summary>
    public static double LambdaMax(PairwiseMatrix matrix, IReadOnlyList<double> weights)
    {
        var n = matrix.Size;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++) s += matrix[i, j] * weights[j];
            total += s / weights[i];
        }
        return total / n;
    }

    /// <summary>The judgment whose ratio to w_i / w_j is furthest from 1 (log scale); null if none deviates.</summary>
    public static JudgmentRevision? MostInconsistent(PairwiseMatrix matrix, IReadOnlyList<double> weights)
    {
        JudgmentRevision? worst = null;
        var worstDeviation = 1e-9;
        for (var i = 0; i < matrix.Size; i++)
            for (var j = i + 1; j < matrix.Size; j++)
            {
                var consistent = weights[i] / weights[j];
                var deviation = Math.Abs(Math.Log(matrix[i, j] / consistent));
                if (deviation > worstDeviation)
                {
                    worstDeviation = deviation;
                    worst = new JudgmentRevision(i, j, matrix[i, j], consistent, Judgment.NearestOnScale(consistent));
                }
            }
        return worst;
    }
}
