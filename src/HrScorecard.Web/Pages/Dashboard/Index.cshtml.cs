using HrScorecard.Domain;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>
/// The managers' view of one scorecard and period. A fixed number of queries whatever the number of KPIs (one
/// evaluation per period through <see cref="ScorecardCalculation.EvaluateAllPeriodsAsync"/>, the tree, the scorecards, the open actions).
/// </summary>
public sealed class IndexModel(ScorecardDbContext db, IStringLocalizer<IndexModel> text) : PageModel
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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
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

        IReadOnlyList<PeriodResult> history;
        try
        {
            history = await ScorecardCalculation.EvaluateAllPeriodsAsync(db, Scorecard.Id, cancellationToken);
        }
        catch (DomainValidationException e)
        {
            Problem = text["This scorecard cannot be evaluated yet: {0}", e.Message];
            return Page();
        }
        Periods = [.. history.Select(h => h.Period)];
        if (PeriodId is { } periodId && history.All(h => h.Period.Id != periodId)) return NotFound();
        var selected = PeriodId is { } chosen
            ? history.Single(h => h.Period.Id == chosen)
            : history.LastOrDefault(h => h.Result.Root.Score is not null) ?? (history.Count > 0 ? history[^1] : null);
        if (selected is null)
        {
            Problem = text["This scorecard has no reporting period yet."];
            return Page();
        }
        PeriodId = selected.Period.Id;

        var tree = await ScorecardTree.LoadAsync(db, Scorecard.Id, cancellationToken);
        var scorecardId = Scorecard.Id;
        var openActions = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.Kpi!.ScorecardId == scorecardId && a.Status != ActionStatus.Done)
            .OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new OpenAction(a.Id, a.KpiNodeId, a.Kpi!.Node!.Name, a.PeriodId, a.Period!.Name, a.Description, a.Owner,
                a.DueDate, a.Status))
            .ToListAsync(cancellationToken);
        View = DashboardView.Build(Scorecard, tree, history, selected, openActions, text);
        return Page();
    }

    public IReadOnlyList<TreeRow> VisibleRows =>
        View is null ? [] : OnlyRedAndYellow ? [.. View.Rows.Where(r => r.IsRedOrYellow)] : View.Rows;
}
