using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Hierarchy;
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
/// Monthly data of one KPI fed by sub-periods: a grid of the period's months × components, saved at once together with
/// the KPI's actual for the period, which becomes the domain's aggregate — so scoring, dashboard and report read
/// actuals as always.
/// </summary>
public sealed class SubPeriodsModel(ScorecardDbContext db, IValidator<SubPeriodInput> validator, IStringLocalizer<SubPeriodsModel> text) : PageModel
{
    [BindProperty] public SubPeriodInput Input { get; set; } = new();

    /// <summary>How complete the months are, in the request's language; "" when every month is in.</summary>
    public string Completeness(SubPeriodTotal total) => SubPeriodForm.Completeness(total, Months, text);
    [TempData] public string? StatusMessage { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;
    public Kpi Kpi { get; private set; } = null!;
    public string KpiName { get; private set; } = "";
    public string ScorecardName { get; private set; } = "";
    public IReadOnlyList<string> Months { get; private set; } = [];
    public double? StoredActual { get; private set; }
    public SubPeriodTotal? Total { get; private set; }
    public NodeEvaluation? Evaluation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int scorecardId, int periodId, int nodeId)
    {
        if (!await LoadAsync(scorecardId, periodId, nodeId)) return NotFound();
        var stored = await StoredAsync(tracked: false);
        Input = new SubPeriodInput
        {
            ActualVersion = await db.Actuals.Where(a => a.KpiNodeId == nodeId && a.PeriodId == periodId).Select(a => (Guid?)a.Version).SingleOrDefaultAsync(),
            Rows = [.. Enumerable.Range(0, Months.Count).Select(i => new SubPeriodRowInput
            {
                Value = Shown(stored, SubPeriodComponent.Value, i),
                Numerator = Shown(stored, SubPeriodComponent.Numerator, i),
                Denominator = Shown(stored, SubPeriodComponent.Denominator, i),
            })],
        };
        if (Kpi.Feed != KpiFeed.Direct) Total = SubPeriodForm.Compute(Kpi, SlotsOf(stored), Months, ModelState);
        await EvaluateAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scorecardId, int periodId, int nodeId)
    {
        if (!await LoadAsync(scorecardId, periodId, nodeId)) return NotFound();
        Input.Rows = [.. Enumerable.Range(0, Months.Count).Select(i => i < Input.Rows.Count ? Input.Rows[i] : new SubPeriodRowInput())];
        if (Period.IsLocked || Kpi.Feed == KpiFeed.Direct)
        {
            ModelState.AddModelError("", Period.IsLocked
                ? text["Period {0} is locked because its report is published: nothing was saved. An Admin can unlock it.", Period.Name]
                : text["This KPI's actual is typed on the data-entry page, not computed from monthly data: nothing was saved."]);
            return await ShownAgainAsync();
        }
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return await ShownAgainAsync();
        var posted = new Dictionary<SubPeriodComponent, double?[]>
        {
            [SubPeriodComponent.Value] = [.. Input.Rows.Select(r => Parse(r.Value))],
            [SubPeriodComponent.Numerator] = [.. Input.Rows.Select(r => Parse(r.Numerator))],
            [SubPeriodComponent.Denominator] = [.. Input.Rows.Select(r => Parse(r.Denominator))],
        };
        if (Kpi.Feed == KpiFeed.Ratio) posted[SubPeriodComponent.Value] = new double?[Months.Count];
        else posted[SubPeriodComponent.Numerator] = posted[SubPeriodComponent.Denominator] = new double?[Months.Count];
        Total = SubPeriodForm.Compute(Kpi, posted, Months, ModelState);
        if (Total is null) return await ShownAgainAsync();

        var actual = await db.Actuals.SingleOrDefaultAsync(a => a.KpiNodeId == Kpi.NodeId && a.PeriodId == Period.Id);
        if (actual?.Version != Input.ActualVersion)
        {
            ModelState.AddModelError("", text["Nothing was saved: someone else changed this KPI's data for the period since you opened the page (its actual is now {0}). Your values are kept here; save again to replace theirs.",
                actual?.Value is { } now ? NumberInput.Format(now, CultureInfo.CurrentCulture) : text["empty"]]);
            Input.ActualVersion = actual?.Version;
            ModelState.Remove("Input.ActualVersion");
            return await ShownAgainAsync();
        }
        if (actual is null) db.Actuals.Add(actual = new KpiActual { KpiNodeId = Kpi.NodeId, PeriodId = Period.Id });
        actual.Value = Total.Value;
        var changes = Apply(await StoredAsync(tracked: true), posted);

        try
        {
            await db.SaveChangesAsync(); // one SaveChanges: values, actual and audit rows in one transaction
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["Nothing was saved: someone else saved this KPI's data at the same moment. Open the page again to see their values."]);
            db.ChangeTracker.Clear();
            return await ShownAgainAsync();
        }
        var value = Total.Value is { } v ? v.ToString("0.####", CultureInfo.CurrentCulture) : text["no data (no month entered)"].Value;
        var completeness = Completeness(Total);
        StatusMessage = text[changes == 1 ? "Saved {0} monthly value for {1}. Actual: {2}." : "Saved {0} monthly values for {1}. Actual: {2}.",
            changes, Period.Name, value + (completeness.Length > 0 ? ", " + completeness : "")];
        return RedirectToPage(new { scorecardId, periodId, nodeId });
    }

    private int Apply(List<SubPeriodValue> stored, Dictionary<SubPeriodComponent, double?[]> posted)
    {
        var changes = 0;
        foreach (var (component, slots) in posted)
            for (var i = 0; i < slots.Length; i++)
            {
                var existing = stored.FirstOrDefault(v => v.Component == component && v.SubPeriod == i + 1);
                if (existing?.Value == slots[i]) continue;
                changes++;
                if (slots[i] is not { } value) db.SubPeriodValues.Remove(existing!);
                else if (existing is null)
                    db.SubPeriodValues.Add(new SubPeriodValue { KpiNodeId = Kpi.NodeId, PeriodId = Period.Id, SubPeriod = i + 1, Component = component, Value = value });
                else existing.Value = value;
            }
        // Months beyond the period's end (its dates were shortened) no longer count.
        var beyond = stored.Where(v => v.SubPeriod < 1 || v.SubPeriod > Months.Count).ToList();
        db.SubPeriodValues.RemoveRange(beyond);
        return changes + beyond.Count;
    }

    private async Task<IActionResult> ShownAgainAsync()
    {
        if (ModelState.TryGetValue("", out var general) is false || general.Errors.Count == 0)
            ModelState.AddModelError("", text["Nothing was saved: correct the months marked below and save again."]);
        await EvaluateAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(int scorecardId, int periodId, int nodeId)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        var kpi = await db.Kpis.AsNoTracking().Include(k => k.Node).Include(k => k.Scorecard)
            .SingleOrDefaultAsync(k => k.NodeId == nodeId && k.ScorecardId == scorecardId);
        if (period is null || kpi is null) return false;
        (Period, Kpi, KpiName, ScorecardName) = (period, kpi, kpi.Node!.Name, kpi.Scorecard!.Name);
        Months = SubPeriodForm.MonthsOf(period);
        StoredActual = await db.Actuals.Where(a => a.KpiNodeId == nodeId && a.PeriodId == periodId).Select(a => a.Value).SingleOrDefaultAsync();
        return true;
    }

    private Task<List<SubPeriodValue>> StoredAsync(bool tracked) =>
        (tracked ? db.SubPeriodValues : db.SubPeriodValues.AsNoTracking())
        .Where(v => v.KpiNodeId == Kpi.NodeId && v.PeriodId == Period.Id).ToListAsync();

    private Dictionary<SubPeriodComponent, double?[]> SlotsOf(List<SubPeriodValue> stored) =>
        Enum.GetValues<SubPeriodComponent>().ToDictionary(c => c, c => SubPeriodForm.Slots(stored, c, Months.Count));

    private static string? Shown(List<SubPeriodValue> stored, SubPeriodComponent component, int index) =>
        NumberInput.Format(stored.FirstOrDefault(v => v.Component == component && v.SubPeriod == index + 1)?.Value, CultureInfo.CurrentCulture);

    private static double? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : NumberInput.TryParse(text, CultureInfo.CurrentCulture, out var value, out _) ? value
        : throw new InvalidOperationException("Validate the input before reading it.");

    private async Task EvaluateAsync()
    {
        try { Evaluation = (await ScorecardCalculation.EvaluateAsync(db, Kpi.ScorecardId, Period.Id)).ByNodeId.GetValueOrDefault(Kpi.NodeId); }
        catch (DomainValidationException) { Evaluation = null; } // the data-entry page explains why scores cannot be computed yet
    }
}
