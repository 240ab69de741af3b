using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>
/// Period data entry: every KPI of a scorecard with its target, actual and comment for one period, saved at once;
/// scores and lights come from <see cref="ScorecardCalculation"/>.
/// </summary>
public sealed class EnterModel(ScorecardDbContext db, IValidator<EntryInput> validator, IStringLocalizer<EnterModel> text,
    IStringLocalizer<EntryInputValidator> entryText) : PageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Scorecard Scorecard { get; private set; } = null!;
    public ReportingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<EntryKpi> Kpis { get; private set; } = [];
    public ScorecardResult? Result { get; private set; }
    public string? EvaluationError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int scorecardId, int periodId)
    {
        if (!await LoadAsync(scorecardId, periodId)) return NotFound();
        await FillInputFromStoreAsync();
        await EvaluateAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scorecardId, int periodId)
    {
        if (!await LoadAsync(scorecardId, periodId)) return NotFound();
        if (Period.IsLocked)
        {
            ModelState.Clear();
            ModelState.AddModelError("", text["Period {0} is locked because its report is published: nothing was saved. An Admin can unlock it.", Period.Name]);
            await FillInputFromStoreAsync();
            await EvaluateAsync();
            return Page();
        }
        // Rows in page order, one per KPI: a KPI added since the page was loaded simply gets no values.
        Input.Rows = [.. Kpis.Select(k => Input.Rows.FirstOrDefault(r => r.KpiNodeId == k.NodeId) ?? new EntryRowInput { KpiNodeId = k.NodeId })];
        if (await validator.ValidateIntoAsync(Input, ModelState))
            CheckTargetsAgainstScoringMethods();
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", text["Nothing was saved: correct the fields marked below and save again."]);
            await EvaluateAsync();
            return Page();
        }

        var (changes, conflicts) = await EntrySave.ApplyAsync(db, periodId, [.. Kpis.Select(k => k.NodeId)], Input, ModelState, entryText, Computed);
        if (conflicts == 0)
        {
            try
            {
                await db.SaveChangesAsync(); // one SaveChanges: one transaction, audit rows included
                StatusMessage = changes == 0 ? text["Nothing to save: no value was changed."]
                    : text[changes == 1 ? "Saved {0} change for {1}." : "Saved {0} changes for {1}.", changes, Period.Name];
                return RedirectToPage(new { scorecardId, periodId });
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: read again so the rows show what they saved.
                db.ChangeTracker.Clear();
                await EntrySave.ApplyAsync(db, periodId, [.. Kpis.Select(k => k.NodeId)], Input, ModelState, entryText, Computed);
                db.ChangeTracker.Clear();
            }
        }
        ModelState.AddModelError("", text["Nothing was saved: someone else changed some of these values since you opened the page (see the rows marked below)."]);
        // The versions now shown are the current ones, so saving again deliberately replaces the other user's values.
        foreach (var key in ModelState.Keys.Where(k => k.EndsWith("Version", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        await EvaluateAsync();
        return Page();
    }

    /// <summary>The domain decides which targets a method accepts (e.g. no 0 for a ratio), with its own message.</summary>
    private void CheckTargetsAgainstScoringMethods()
    {
        var methodOf = Kpis.ToDictionary(k => k.NodeId, k => k.Method);
        for (var i = 0; i < Input.Rows.Count; i++)
        {
            if (!methodOf.TryGetValue(Input.Rows[i].KpiNodeId, out var method)
                || method is not (ScoringMethod.HigherIsBetter or ScoringMethod.LowerIsBetter)
                || EntryInputValidator.Parse(Input.Rows[i].Target) is not { } target) continue;
            try { _ = new KpiScoringRule(method, target); }
            catch (DomainValidationException e) { ModelState.AddModelError($"Input.Rows[{i}].Target", e.Message); }
        }
    }

    /// <summary>KPIs whose actual is computed from monthly data: the page never writes their value.</summary>
    private HashSet<int> Computed => [.. Kpis.Where(k => k.Feed != KpiFeed.Direct).Select(k => k.NodeId)];

    private async Task<bool> LoadAsync(int scorecardId, int periodId)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (scorecard is null || period is null) return false;
        (Scorecard, Period) = (scorecard, period);
        var tree = await ScorecardTree.LoadAsync(db, scorecardId);
        var kpis = await db.Kpis.AsNoTracking().Where(k => k.ScorecardId == scorecardId).ToDictionaryAsync(k => k.NodeId);
        var path = new List<TreeNode>();
        var list = new List<EntryKpi>();
        foreach (var node in tree.Where(n => n.Depth > 0))
        {
            // path holds the headings above this node: perspective, objective, ...
            if (path.Count >= node.Depth) path.RemoveRange(node.Depth - 1, path.Count - node.Depth + 1);
            if (kpis.TryGetValue(node.Id, out var kpi))
                list.Add(new EntryKpi(node.Id, kpi.Code, node.Name, kpi.Unit, kpi.Method, [.. path.Select(p => p.Name)], path.FirstOrDefault()?.Id, kpi.Feed));
            else path.Add(node);
        }
        Kpis = list;
        return true;
    }

    private async Task FillInputFromStoreAsync()
    {
        var targets = await db.Targets.AsNoTracking().Where(t => t.PeriodId == Period.Id).ToDictionaryAsync(t => t.KpiNodeId);
        var actuals = await db.Actuals.AsNoTracking().Where(a => a.PeriodId == Period.Id).ToDictionaryAsync(a => a.KpiNodeId);
        var culture = CultureInfo.CurrentCulture;
        Input = new EntryInput
        {
            Rows = [.. Kpis.Select(k => (Kpi: k, Target: targets.GetValueOrDefault(k.NodeId), Actual: actuals.GetValueOrDefault(k.NodeId)))
                .Select(x => new EntryRowInput
                {
                    KpiNodeId = x.Kpi.NodeId,
                    Target = NumberInput.Format(x.Target?.Value, culture),
                    TargetVersion = x.Target?.Version,
                    Actual = NumberInput.Format(x.Actual?.Value, culture),
                    Comment = x.Actual?.Comment,
                    ActualVersion = x.Actual?.Version,
                })],
        };
    }

    private async Task EvaluateAsync()
    {
        try { Result = await ScorecardCalculation.EvaluateAsync(db, Scorecard.Id, Period.Id); }
        catch (DomainValidationException e) { EvaluationError = e.Message; }
    }
}
