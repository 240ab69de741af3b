using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Weights;

/// <summary>
/// The stored versions of one parent's weights (tracked): which periods a new version would reach, and putting one in
/// place. A version applies from its period up to the next version, so a period keeps the weights it was reported with.
/// </summary>
public sealed class WeightingVersions
{
    private readonly ScorecardDbContext _db;
    private readonly List<NodeWeighting> _versions;

    private WeightingVersions(ScorecardDbContext db, List<NodeWeighting> versions) => (_db, _versions) = (db, versions);

    public static async Task<WeightingVersions> LoadAsync(ScorecardDbContext db, int parentId) =>
        new(db, await db.Weightings.Include(w => w.ChildWeights).Include(w => w.Judgments).Include(w => w.EffectiveFromPeriod)
            .Where(w => w.ParentNodeId == parentId).ToListAsync());

    /// <summary>The first locked period a version starting at <paramref name="from"/> would weight (null: from the start).</summary>
    public ReportingPeriod? LockedPeriodReached(IEnumerable<ReportingPeriod> periods, ReportingPeriod? from)
    {
        var start = from?.StartDate ?? DateOnly.MinValue;
        var next = _versions.Select(v => v.EffectiveFromPeriod?.StartDate).Where(d => d > start).Min();
        return periods.Where(p => p.StartDate >= start && (next is null || p.StartDate < next))
            .OrderBy(p => p.StartDate).FirstOrDefault(p => p.IsLocked);
    }

    /// <summary>
    /// Replaces the version that starts at <paramref name="from"/>, or adds one; nothing is saved yet. When the replaced
    /// version is the one the editor started from, its posted concurrency version guards the save. True when replaced.
    /// </summary>
    public bool Put(int scorecardId, int parentId, ReportingPeriod? from, IReadOnlyList<int> childIds, double[]? weights,
        PairwiseMatrix? matrix, int? basedOnId, Guid? basedOnVersion)
    {
        var existing = _versions.Where(v => v.EffectiveFromPeriodId == from?.Id).MaxBy(v => v.Id);
        var weighting = existing ?? _db.Weightings.Add(new NodeWeighting { ScorecardId = scorecardId, ParentNodeId = parentId, EffectiveFromPeriodId = from?.Id }).Entity;
        if (existing is not null)
        {
            _db.RemoveRange(existing.ChildWeights);
            _db.RemoveRange(existing.Judgments);
            existing.ChildWeights.Clear();
            existing.Judgments.Clear();
            _db.Entry(existing).State = EntityState.Modified; // renews its version even when only the rows change
            if (existing.Id == basedOnId && basedOnVersion is { } version) _db.Entry(existing).Property(w => w.Version).OriginalValue = version;
        }
        weighting.Method = matrix is null ? WeightingMethod.Direct : WeightingMethod.Pairwise;
        weighting.Source = matrix is null ? WeightingSource.DirectByHr : WeightingSource.PairwiseByHr;
        if (weights is not null)
            // Stored as typed (the audit trail then shows 0.6, not 0.6000000000000001); the engine normalises exactly.
            weighting.ChildWeights.AddRange(childIds.Select((id, i) => new ChildWeight { ChildNodeId = id, Weight = weights[i] }));
        if (matrix is not null)
            for (var i = 0; i < childIds.Count; i++)
                for (var j = i + 1; j < childIds.Count; j++)
                    weighting.Judgments.Add(new PairwiseJudgment { RowNodeId = childIds[i], ColumnNodeId = childIds[j], Value = matrix[i, j] });
        return existing is not null;
    }
}
