using System.Globalization;
using FluentValidation;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Kpis;

/// <summary>
/// The KPI editor. Create mode (<c>?scorecardId=&amp;parentId=</c>) adds a leaf with its KPI under the parent; edit mode
/// (<c>?nodeId=</c>) changes an existing one. Both return to the scorecard's tree.
/// </summary>
public sealed class EditModel(ScorecardDbContext db, IValidator<KpiInput> validator, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ScorecardId { get; set; }
    [BindProperty(SupportsGet = true)] public int? ParentId { get; set; }
    [BindProperty(SupportsGet = true)] public int? NodeId { get; set; }
    [BindProperty] public KpiInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public string ScorecardName { get; private set; } = "";
    public string ParentName { get; private set; } = "";
    public bool IsNew => NodeId is null;
    /// <summary>Set when someone else saved the KPI first: what is stored now.</summary>
    public string? Conflict { get; private set; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public async Task<IActionResult> OnGetAsync()
    {
        var node = await LoadAsync(tracked: false);
        if (node is null) return NotFound();
        if (!IsNew) Input = KpiInput.From(node, node.Kpi, Culture);
        return Page();
    }

    /// <summary>Fills the OMAX ladder from the anchors and shows the form again; nothing is saved.</summary>
    public async Task<IActionResult> OnPostFillLadderAsync()
    {
        if (await LoadAsync(tracked: false) is null) return NotFound();
        Input.Method = ScoringMethod.Omax;
        ModelState.Remove("Input.Method");
        KpiForm.TryFillLadder(Input, ModelState, Culture, text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var node = await LoadAsync(tracked: true);
        if (node is null) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();
        var definition = KpiForm.Check(Input, ModelState, Culture);
        if (definition is null) return Page();

        var code = Input.Code.Trim();
        var codesInUse = await db.Kpis.AsNoTracking()
            .Where(k => k.ScorecardId == ScorecardId && k.NodeId != (NodeId ?? 0)).Select(k => k.Code).ToListAsync();
        if (codesInUse.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.Code", text["The code {0} is already used by another KPI of this scorecard.", code]);
            return Page();
        }

        if (IsNew) db.Nodes.Add(node);
        else db.Entry(node).Property(n => n.Version).OriginalValue = Input.NodeVersion ?? Guid.Empty;
        node.Name = Input.Name.Trim();
        node.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        var kpi = node.Kpi ??= new Kpi { Node = node, ScorecardId = node.ScorecardId };
        if (db.Entry(kpi).State != EntityState.Detached && Input.Version is { } version)
            db.Entry(kpi).Property(k => k.Version).OriginalValue = version;
        kpi.Code = code;
        kpi.Unit = (Input.Unit ?? "").Trim(); // model binding turns an empty field into null despite the type
        kpi.Method = Input.Method;
        kpi.IndicatorType = Input.IndicatorType;
        kpi.DataSource = string.IsNullOrWhiteSpace(Input.DataSource) ? null : Input.DataSource.Trim();
        kpi.YellowFrom = definition.ThresholdOverride?.YellowFrom;
        kpi.GreenFrom = definition.ThresholdOverride?.GreenFrom;
        kpi.OmaxLevels = definition.Ladder is { } ladder ? [.. ladder.Levels] : [];
        Input.ApplyFeed(kpi, Culture);
        if (!IsNew && !await Actuals.SubPeriodForm.RecomputeAsync(db, kpi, ModelState, text)) return Page();

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await ShowConflictAsync(node.Id);
            return Page();
        }
        StatusMessage = IsNew ? text["KPI {0} {1} added.", kpi.Code, node.Name] : text["KPI {0} {1} saved.", kpi.Code, node.Name];
        return Redirect($"/Scorecards/Tree?id={node.ScorecardId}");
    }

    /// <summary>
    /// The node being edited (edit mode) or a new leaf under the parent (create mode), with the names the page shows;
    /// null when the addresses do not fit together (unknown node, a parent that is itself a KPI, a node with children).
    /// </summary>
    private async Task<Data.ScorecardNode?> LoadAsync(bool tracked)
    {
        var nodes = tracked ? db.Nodes : db.Nodes.AsNoTracking();
        Data.ScorecardNode? node;
        if (NodeId is { } nodeId)
        {
            node = await nodes.Include(n => n.Kpi).SingleOrDefaultAsync(n => n.Id == nodeId);
            if (node is null || await db.Nodes.AnyAsync(c => c.ParentId == nodeId)) return null;
            ScorecardId = node.ScorecardId;
            ParentId = node.ParentId;
        }
        else
        {
            if (ScorecardId is not { } scorecardId || ParentId is not { } parentId) return null;
            var parent = await db.Nodes.AsNoTracking().Include(n => n.Kpi)
                .SingleOrDefaultAsync(n => n.Id == parentId && n.ScorecardId == scorecardId);
            if (parent is null || parent.Kpi is not null) return null;
            var lastPosition = await db.Nodes.Where(n => n.ParentId == parentId).MaxAsync(n => (int?)n.Position);
            node = new Data.ScorecardNode { ScorecardId = scorecardId, ParentId = parentId, Position = (lastPosition ?? -1) + 1 };
        }
        ScorecardName = await db.Scorecards.Where(s => s.Id == node.ScorecardId).Select(s => s.Name).SingleAsync();
        ParentName = node.ParentId is { } p ? await db.Nodes.Where(n => n.Id == p).Select(n => n.Name).SingleAsync() : "";
        return node;
    }

    private async Task ShowConflictAsync(int nodeId)
    {
        db.ChangeTracker.Clear();
        var current = await db.Nodes.AsNoTracking().Include(n => n.Kpi).SingleOrDefaultAsync(n => n.Id == nodeId);
        if (current?.Kpi is not { } kpi)
        {
            Conflict = text["This KPI was deleted by someone else while you were editing it; nothing was saved."];
            return;
        }
        Conflict = text["Someone else saved this KPI while you were editing it, so your changes were not saved. It now reads: {0}. " +
                        "Check your changes and save again to replace these values.", KpiForm.Describe(current, kpi, text)];
        Input.Version = kpi.Version;
        Input.NodeVersion = current.Version;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Input.NodeVersion");
    }
}
