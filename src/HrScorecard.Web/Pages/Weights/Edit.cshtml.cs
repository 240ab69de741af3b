using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Weights;

/// <summary>
/// The local weights of one parent's children, typed directly or as a pairwise matrix, saved as a version in force from
/// a chosen period on (earlier periods keep theirs; locked periods cannot change).
/// </summary>
public sealed class EditModel(ScorecardDbContext db, IValidator<WeightsInput> validator, IStringLocalizer<EditModel> text,
    IStringLocalizer<WeightingSource> sources) : PageModel
{
    public sealed record Child(int Id, string Name, double? LocalWeight, double? GlobalWeight);

    [BindProperty(SupportsGet = true)] public int ScorecardId { get; set; }
    [BindProperty(SupportsGet = true)] public int ParentId { get; set; }
    /// <summary>The period whose weights in force are shown (default: the latest unlocked).</summary>
    [BindProperty(SupportsGet = true)] public int? PeriodId { get; set; }
    [BindProperty] public WeightsInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public string ScorecardName { get; private set; } = "";
    public string ParentName { get; private set; } = "";
    public IReadOnlyList<Child> Children { get; private set; } = [];
    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];
    public ReportingPeriod? ShownPeriod { get; private set; }
    /// <summary>The weighting in force for the shown period, as stored.</summary>
    public NodeWeighting? InForce { get; private set; }
    public double? ParentGlobalWeight { get; private set; }
    /// <summary>Priorities and consistency of the pairwise matrix on the form (after Check, or of the stored matrix).</summary>
    public AhpResult? Check { get; private set; }
    public string? Conflict { get; private set; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var ids = Children.Select(c => c.Id).ToList();
        var matrix = InForce is { Method: WeightingMethod.Pairwise } ? ScorecardCalculation.PairwiseMatrixOf(InForce, ids) : null;
        Input = new WeightsInput
        {
            Method = InForce?.Method ?? WeightingMethod.Pairwise,
            Weights = [.. Children.Select(c => (string?)NumberInput.Format(
                InForce?.ChildWeights.FirstOrDefault(w => w.ChildNodeId == c.Id)?.Weight ?? c.LocalWeight, Culture))],
            Judgments = WeightsForm.JudgmentsOf(matrix, ids.Count),
            ChildIds = ids,
            EffectiveFromPeriodId = ShownPeriod?.Id,
            BasedOnId = InForce?.Id,
            BasedOnVersion = InForce?.Version,
        };
        if (matrix is not null) Check = Priorities.Compute(matrix);
        return Page();
    }

    /// <summary>Rescales the typed direct weights to sum to 1 and shows them; nothing is saved.</summary>
    public async Task<IActionResult> OnPostNormaliseAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input.Method = WeightingMethod.Direct;
        if (Input.Weights.Count != Children.Count)
        {
            ModelState.AddModelError("Input.Weights", text["Give one weight per child."]);
            return Page();
        }
        if (WeightsForm.ReadWeights(Input, ModelState, Culture, text) is not { } weights) return Page();
        var sum = weights.Sum();
        Input.Weights = [.. weights.Select(w => (string?)NumberInput.Format(w / sum, Culture))];
        for (var i = 0; i < weights.Length; i++) ModelState.Remove($"Input.Weights[{i}]");
        ShowLocalWeights([.. weights.Select(w => w / sum)]);
        return Page();
    }

    /// <summary>Priorities, λmax and CR of the typed matrix, and the judgment to reconsider; nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input.Method = WeightingMethod.Pairwise;
        if (WeightsForm.ReadMatrix(Input, Children.Count, ModelState, text) is not { } matrix) return Page();
        Check = Priorities.Compute(matrix);
        ShowLocalWeights(Check.Weights);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await validator.ValidateIntoAsync(Input, ModelState);
        if (!Input.ChildIds.SequenceEqual(Children.Select(c => c.Id)))
        {
            ModelState.AddModelError("", text["The children of {0} changed since this page was opened. Reload the page and enter the weights again.", ParentName]);
            return Page();
        }
        var weights = Input.Method == WeightingMethod.Direct ? WeightsForm.ReadWeights(Input, ModelState, Culture, text) : null;
        var matrix = Input.Method == WeightingMethod.Pairwise ? WeightsForm.ReadMatrix(Input, Children.Count, ModelState, text) : null;
        var from = Periods.FirstOrDefault(p => p.Id == Input.EffectiveFromPeriodId);
        if (from is null && (Periods.Count > 0 || Input.EffectiveFromPeriodId is not null))
            ModelState.AddModelError("Input.EffectiveFromPeriodId", text["Choose the period from which these weights apply."]);
        if (!ModelState.IsValid) return Page();
        if (matrix is not null) ShowLocalWeights((Check = Priorities.Compute(matrix)).Weights);

        var versions = await WeightingVersions.LoadAsync(db, ParentId);
        if (versions.LockedPeriodReached(Periods, from) is { } locked)
        {
            ModelState.AddModelError("Input.EffectiveFromPeriodId",
                text["Period {0} is locked (its report is published) and would be weighted with these weights, so nothing was saved. Choose a period after {0}, or ask an Admin to unlock it.", locked.Name]);
            return Page();
        }
        if (InForce?.Id != Input.BasedOnId || InForce?.Version != Input.BasedOnVersion)
        {
            ShowConflict();
            return Page();
        }
        var replaced = versions.Put(ScorecardId, ParentId, from, Input.ChildIds, weights, matrix, Input.BasedOnId, Input.BasedOnVersion);

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync();
            ShowConflict();
            return Page();
        }
        StatusMessage = text["Weights of {0} saved, in force from {1}", ParentName, from?.Name ?? text["the start"]] +
                        (replaced ? text[" (the version starting there was replaced)."] : text["; earlier periods keep their weights."]) +
                        (Check is { IsConsistent: false } c ? text[" Note: CR = {0} exceeds 0.10.", c.ConsistencyRatio.ToString("0.0000", Culture)] : "");
        return RedirectToPage(new { scorecardId = ScorecardId, parentId = ParentId, periodId = from?.Id });
    }

    private void ShowConflict()
    {
        Conflict = text["Someone else changed the weights of {0} while you were editing them, so nothing was saved. " +
                        "In force for {1} now: {2}. Check your weights and save again to replace them.",
            ParentName, ShownPeriod?.Name ?? text["the scorecard"], WeightsForm.Describe(InForce, [.. Children.Select(c => (c.Id, c.Name))], text, sources)];
        Input.BasedOnId = InForce?.Id;
        Input.BasedOnVersion = InForce?.Version;
        ModelState.Remove("Input.BasedOnId");
        ModelState.Remove("Input.BasedOnVersion");
    }

    /// <summary>Local weights on the form with their global weights: the parent's global weight (weights in force) × local.</summary>
    private void ShowLocalWeights(IReadOnlyList<double> local) =>
        Children = [.. Children.Select((c, i) => c with { LocalWeight = local[i], GlobalWeight = ParentGlobalWeight * local[i] })];
    /// <summary>
    /// The scorecard, parent, children and periods; the weighting in force for the shown period; each child's local and
    /// global weight as <see cref="ScorecardCalculation"/> evaluates them. False when the addresses do not fit together.
    /// </summary>
    private async Task<bool> LoadAsync()
    {
        var scorecardName = await db.Scorecards.AsNoTracking().Where(s => s.Id == ScorecardId).Select(s => s.Name).SingleOrDefaultAsync();
        var parentName = await db.Nodes.AsNoTracking().Where(n => n.Id == ParentId && n.ScorecardId == ScorecardId).Select(n => n.Name).SingleOrDefaultAsync();
        if (scorecardName is null || parentName is null) return false;
        (ScorecardName, ParentName) = (scorecardName, parentName);
        var children = await db.Nodes.AsNoTracking().Where(n => n.ParentId == ParentId)
            .OrderBy(n => n.Position).ThenBy(n => n.Id).Select(n => new { n.Id, n.Name }).ToListAsync();
        Periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == ScorecardId).OrderBy(p => p.StartDate).ToListAsync();
        ShownPeriod = Periods.FirstOrDefault(p => p.Id == PeriodId) ?? Periods.LastOrDefault(p => !p.IsLocked) ?? (Periods.Count > 0 ? Periods[^1] : null);
        PeriodId = ShownPeriod?.Id;

        IReadOnlyDictionary<int, Domain.Hierarchy.NodeEvaluation>? evaluated = null;
        if (ShownPeriod is { } period)
        {
            InForce = (await ScorecardCalculation.WeightingsInForceAsync(db, ScorecardId, period)).GetValueOrDefault(ParentId);
            try
            {
                evaluated = (await ScorecardCalculation.EvaluateAsync(db, ScorecardId, period.Id)).ByNodeId;
            }
            catch (DomainValidationException)
            {
                // A tree the engine cannot evaluate yet still gets its weights entered; global weights are then not shown.
            }
        }
        else
        {
            InForce = await db.Weightings.AsNoTracking().Include(w => w.ChildWeights).Include(w => w.Judgments)
                .Where(w => w.ParentNodeId == ParentId && w.EffectiveFromPeriodId == null).OrderByDescending(w => w.Id).FirstOrDefaultAsync();
        }
        ParentGlobalWeight = evaluated?.GetValueOrDefault(ParentId)?.GlobalWeight;
        Children = [.. children.Select(c => new Child(c.Id, c.Name,
            evaluated?.GetValueOrDefault(c.Id)?.LocalWeight, evaluated?.GetValueOrDefault(c.Id)?.GlobalWeight))];
        return true;
    }
}
