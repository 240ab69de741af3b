using System.Globalization;
using HrScorecard.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace HrScorecard.Web.Evaluation;

/// <summary>
/// Evaluated histories kept in this instance's memory, keyed by the scorecard's <see cref="Scorecard.DataRevision"/>
/// and the cultures (the warnings are worded in the UI culture, their numbers written in the culture). Every saved
/// change renews the revision in the database, so no instance behind a load balancer serves figures older than the
/// data; losing an entry costs one evaluation.
/// </summary>
public sealed class EvaluationCache(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>What <see cref="ScorecardCalculation.EvaluateAllPeriodsAsync"/> gives, from memory when the revision is unchanged.</summary>
    /// <param name="scorecard">
    /// Read from the database by this request, before the figures: data read after a revision is at least as new as
    /// that revision, so an entry can be newer than its key but never older.
    /// </param>
    public async Task<IReadOnlyList<PeriodResult>> AllPeriodsAsync(ScorecardDbContext db, Scorecard scorecard,
        CancellationToken cancellationToken = default)
    {
        var key = new Key(scorecard.Id, scorecard.DataRevision, CultureInfo.CurrentUICulture.Name, CultureInfo.CurrentCulture.Name);
        if (cache.TryGetValue(key, out IReadOnlyList<PeriodResult>? history) && history is not null) return history;
        history = await ScorecardCalculation.EvaluateAllPeriodsAsync(db, scorecard.Id, cancellationToken);
        return cache.Set(key, history, Lifetime);
    }

    private sealed record Key(int ScorecardId, long DataRevision, string UiCulture, string Culture);
}
