using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Forms;
using HrScorecard.Web.Pages.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actions;

/// <summary>Why a KPI missed in a period and what will be done: one root cause, any number of actions, saved together.</summary>
public sealed class EditModel(ScorecardDbContext db, IValidator<ActionsInput> validator, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int NodeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PeriodId { get; set; }

    [BindProperty]
    public ActionsInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string KpiName { get; private set; } = "";
    public string PeriodName { get; private set; } = "";
    public double? Score { get; private set; }
    public TrafficLight Light { get; private set; } = TrafficLight.NoData;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadHeadingAsync(cancellationToken)) return NotFound();
        var cause = await db.RootCauses.AsNoTracking().SingleOrDefaultAsync(r => r.KpiNodeId == NodeId && r.PeriodId == PeriodId, cancellationToken);
        var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.KpiNodeId == NodeId && a.PeriodId == PeriodId)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Input = new ActionsInput { RootCause = cause?.Text, RootCauseVersion = cause?.Version, Actions = [.. actions.Select(ActionInput.From)] };
        return Page();
    }

    /// <param name="markDone">The id of an action whose "Mark done" button was pressed: saved like the rest, with status done.</param>
    public async Task<IActionResult> OnPostAsync(int? markDone, CancellationToken cancellationToken)
    {
        if (!await LoadHeadingAsync(cancellationToken)) return NotFound();
        if (markDone is { } doneId && Input.Actions.FirstOrDefault(a => a.Id == doneId) is { } toFinish)
        {
            toFinish.Status = nameof(ActionStatus.Done);
            ModelState.Remove($"Input.Actions[{Input.Actions.IndexOf(toFinish)}].Status");
        }
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var cause = await db.RootCauses.SingleOrDefaultAsync(r => r.KpiNodeId == NodeId && r.PeriodId == PeriodId, cancellationToken);
        var stored = await db.ImprovementActions.Where(a => a.KpiNodeId == NodeId && a.PeriodId == PeriodId).ToListAsync(cancellationToken);
        var rootCause = Input.RootCause?.Trim() ?? "";
        if (cause is not null)
        {
            db.Entry(cause).Property(c => c.Version).OriginalValue = Input.RootCauseVersion ?? Guid.Empty;
            if (rootCause.Length == 0) db.RootCauses.Remove(cause);
            else cause.Text = rootCause;
        }
        else if (rootCause.Length > 0)
        {
            db.RootCauses.Add(new RootCause { KpiNodeId = NodeId, PeriodId = PeriodId, Text = rootCause });
        }
        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var posted = Input.Actions[i];
            if (stored.FirstOrDefault(a => a.Id == posted.Id) is not { } action)
            {
                ModelState.AddModelError($"Input.Actions[{i}].Description", text["Someone else deleted this action meanwhile. Reload the page."]);
                return Page();
            }
            db.Entry(action).Property(a => a.Version).OriginalValue = posted.Version;
            posted.ApplyTo(action);
        }
        if (!Input.NewAction.IsBlank)
        {
            var added = new ImprovementAction { KpiNodeId = NodeId, PeriodId = PeriodId, CreatedAt = DateTime.UtcNow };
            Input.NewAction.ApplyTo(added);
            db.ImprovementActions.Add(added);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            await ExplainConflictAsync(e, cancellationToken);
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.RootCause", text["Someone else recorded a root cause for this KPI and period meanwhile. Reload the page to see it."]);
            return Page();
        }
        StatusMessage = text["Saved the root cause and improvement actions of {0} for {1}.", KpiName, PeriodName];
        return RedirectToPage(new { NodeId, PeriodId });
    }

    // Nothing was written (one SaveChanges in one transaction). Show what is stored now; the versions move on to the
    // current ones so that saving again deliberately replaces it.
    private async Task ExplainConflictAsync(DbUpdateConcurrencyException e, CancellationToken cancellationToken)
    {
        foreach (var entry in e.Entries)
        {
            var current = await entry.GetDatabaseValuesAsync(cancellationToken);
            switch (entry.Entity)
            {
                case RootCause:
                    ModelState.AddModelError("Input.RootCause", current is null
                        ? text["Someone else deleted this root cause meanwhile; nothing was saved."]
                        : text["Someone else changed the root cause meanwhile; nothing was saved. It now reads: \"{0}\". Save again to replace it with yours.",
                            current.GetValue<string>(nameof(RootCause.Text))]);
                    Input.RootCauseVersion = current?.GetValue<Guid>(nameof(RootCause.Version));
                    ModelState.Remove("Input.RootCauseVersion");
                    break;
                case ImprovementAction action:
                    var index = Input.Actions.FindIndex(a => a.Id == action.Id);
                    ModelState.AddModelError($"Input.Actions[{index}].Description", current is null
                        ? text["Someone else deleted this action meanwhile; nothing was saved."]
                        : text["Someone else changed this action meanwhile; nothing was saved. Now: \"{0}\", owner {1}, due {2}, {3}. Save again to replace it with yours.",
                            current.GetValue<string>(nameof(ImprovementAction.Description)), current.GetValue<string>(nameof(ImprovementAction.Owner)),
                            current.GetValue<DateOnly?>(nameof(ImprovementAction.DueDate))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                            StatusWord(current.GetValue<ActionStatus>(nameof(ImprovementAction.Status)))]);
                    if (current is not null) Input.Actions[index].Version = current.GetValue<Guid>(nameof(ImprovementAction.Version));
                    ModelState.Remove($"Input.Actions[{index}].Version");
                    break;
            }
        }
    }

    private string StatusWord(ActionStatus status) => text[status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "in progress",
        _ => "done",
    }];

    private async Task<bool> LoadHeadingAsync(CancellationToken cancellationToken)
    {
        var kpi = await db.Kpis.AsNoTracking().Where(k => k.NodeId == NodeId)
            .Select(k => new { k.ScorecardId, k.Node!.Name, k.Code }).SingleOrDefaultAsync(cancellationToken);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PeriodId, cancellationToken);
        if (kpi is null || period is null || period.ScorecardId != kpi.ScorecardId) return false;
        (KpiName, PeriodName) = ($"{kpi.Code} {kpi.Name}", period.Name);
        try
        {
            var evaluation = (await ScorecardCalculation.EvaluateAsync(db, kpi.ScorecardId, PeriodId, cancellationToken)).ByNodeId.GetValueOrDefault(NodeId);
            (Score, Light) = (evaluation?.Score, evaluation?.Light ?? TrafficLight.NoData);
        }
        catch (DomainValidationException)
        {
            // The heading's light is a courtesy; recording a cause must not depend on the scorecard being complete.
        }
        return true;
    }

    public string ScoreText => Figures.Score(Score);
}
