using System.Globalization;
using HrScorecard.Domain;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>
/// The managers' view of one scorecard and period. A fixed number of queries whatever the number of KPIs (one
/// evaluation of all periods, cached per data revision by <see cref="EvaluationCache"/>; the tree, the scorecards, the open actions).
/// </summary>
public sealed class IndexModel(ScorecardDbContext db, EvaluationCache evaluations, IMemoryCache cache, IStringLocalizer<IndexModel> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? ScorecardId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PeriodId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OnlyRedAndYellow { get; set; }

    public IReadOnlyList<Scorecard> Scorecards { get; private set; } = [];

    public Scorecard? Scorecard { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public DashboardView? View { get; private set; }

    /// <summary>Why there is nothing to show (no scorecard, no period, a scorecard the engine cannot evaluate).</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// What the page's figures depend on besides the URL: the scorecard's data revision, the language and number format,
    /// and the day (an action becomes overdue). The composed view and its rendered HTML are cached under it, in this
    /// instance only.
    /// </summary>
    public string CacheKey { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Read before the figures: see EvaluationCache on why the revision comes first.
        Scorecards = await db.Scorecards.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        Scorecard = ScorecardId is { } id
            ? Scorecards.FirstOrDefault(s => s.Id == id)
            : Scorecards.Where(s => s.Status == ScorecardStatus.Active).MinBy(s => s.Id) ?? Scorecards.MinBy(s => s.Id);
        if (Scorecard is null)
        {
            if (ScorecardId is not null) return NotFound();
            Problem = text["There is no scorecard yet. HR creates one under Scorecards."];
            return Page();
        }
        ScorecardId = Scorecard.Id;

        CacheKey = string.Create(CultureInfo.InvariantCulture,
            $"{Scorecard.Id}/{Scorecard.DataRevision}/{PeriodId}/{CultureInfo.CurrentUICulture.Name}/{CultureInfo.CurrentCulture.Name}/{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}");
        if (!cache.TryGetValue((typeof(IndexModel), CacheKey), out Composition? composition) || composition is null)
        {
            composition = await ComposeAsync(Scorecard, cancellationToken);
            // An unknown period is not remembered: anyone could fill the cache with made-up period ids.
            if (!composition.PeriodNotFound) cache.Set((typeof(IndexModel), CacheKey), composition, Lifetime);
        }
        if (composition.PeriodNotFound) return NotFound();
        (Periods, View, Problem) = (composition.Periods, composition.View, composition.Problem);
        if (View is not null) PeriodId = View.Period.Id;
        return Page();
    }

    private static readonly MemoryCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromMinutes(5) };

    private sealed record Composition(IReadOnlyList<ReportingPeriod> Periods, DashboardView? View, string? Problem, bool PeriodNotFound = false);

    private async Task<Composition> ComposeAsync(Scorecard scorecard, CancellationToken cancellationToken)
    {
        IReadOnlyList<PeriodResult> history;
        try
        {
            history = await evaluations.AllPeriodsAsync(db, scorecard, cancellationToken);
        }
        catch (DomainValidationException e)
        {
            return new Composition([], null, text["This scorecard cannot be evaluated yet: {0}", e.Message]);
        }
        IReadOnlyList<ReportingPeriod> periods = [.. history.Select(h => h.Period)];
        if (PeriodId is { } periodId && history.All(h => h.Period.Id != periodId)) return new Composition(periods, null, null, PeriodNotFound: true);
        var selected = PeriodId is { } chosen
            ? history.Single(h => h.Period.Id == chosen)
            : history.LastOrDefault(h => h.Result.Root.Score is not null) ?? (history.Count > 0 ? history[^1] : null);
        if (selected is null) return new Composition(periods, null, text["This scorecard has no reporting period yet."]);

        var tree = await ScorecardTree.LoadAsync(db, scorecard.Id, cancellationToken);
        var scorecardId = scorecard.Id;
        var openActions = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.Kpi!.ScorecardId == scorecardId && a.Status != ActionStatus.Done)
            .OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new OpenAction(a.Id, a.KpiNodeId, a.Kpi!.Node!.Name, a.PeriodId, a.Period!.Name, a.Description, a.Owner,
                a.DueDate, a.Status))
            .ToListAsync(cancellationToken);
        return new Composition(periods, DashboardView.Build(scorecard, tree, history, selected, openActions, text), null);
    }

    public IReadOnlyList<TreeRow> VisibleRows =>
        View is null ? [] : OnlyRedAndYellow ? [.. View.Rows.Where(r => r.IsRedOrYellow)] : View.Rows;
}
