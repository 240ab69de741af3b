using System.Globalization;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Weights;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>
/// Makes a round's aggregated judgments the scorecard's weights from a chosen period on. A new weighting version is added
/// (or the one starting at that same period replaced), so earlier periods keep the weights they were reported with.
/// </summary>
public sealed class ApplyModel(ScorecardDbContext db, IStringLocalizer<ApplyModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public WeightingRound Round { get; private set; } = null!;
    public IReadOnlyList<SetResult> Sets { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Periods { get; private set; } = [];
    public bool CanApply => Round.Status == RoundStatus.Open && Sets.All(s => s.HasSubmission);

    public sealed class InputModel
    {
        public int PeriodId { get; set; }
        public bool ConfirmFlagged { get; set; }
        public Guid Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input.Version = Round.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Round.Status != RoundStatus.Open)
            ModelState.AddModelError("", text["This round is {0}; only an open round can be applied.", StatusWord(Round.Status)]);
        if (Sets.FirstOrDefault(s => !s.HasSubmission) is { } unanswered)
            ModelState.AddModelError("", text["Nobody has submitted the comparisons with respect to {0} yet; every set needs at least one submission.", unanswered.ParentName]);
        if (Sets.Any(s => s.IsFlagged) && !Input.ConfirmFlagged)
            ModelState.AddModelError("Input.ConfirmFlagged", text["Some sets are not consistent (CR > 0.10): confirm that you apply them anyway."]);
        var periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == Round.ScorecardId).ToListAsync();
        var period = periods.SingleOrDefault(p => p.Id == Input.PeriodId);
        if (period is null)
            ModelState.AddModelError("Input.PeriodId", text["Choose the period from which the new weights are in force."]);
        else if (periods.Where(p => p.IsLocked && p.StartDate >= period.StartDate).OrderBy(p => p.StartDate).FirstOrDefault() is { } locked)
            ModelState.AddModelError("Input.PeriodId", text["Period {0} is locked (its report is published), so its weights cannot change; choose a later period.", locked.Name]);
        if (!ModelState.IsValid || period is null) return Page();

        var round = await db.WeightingRounds.SingleAsync(r => r.Id == id);
        db.Entry(round).Property(r => r.Version).OriginalValue = Input.Version;
        var parentIds = Sets.Select(s => s.ParentNodeId).ToList();
        var replaced = await db.Weightings.Where(w => w.ScorecardId == Round.ScorecardId && w.EffectiveFromPeriodId == period.Id
                                                      && parentIds.Contains(w.ParentNodeId)).ToListAsync();
        db.Weightings.RemoveRange(replaced);
        foreach (var set in Sets)
        {
            var weighting = new NodeWeighting
            {
                ScorecardId = Round.ScorecardId,
                ParentNodeId = set.ParentNodeId,
                EffectiveFromPeriodId = period.Id,
                Method = WeightingMethod.Pairwise,
                Source = Truncate(WeightingSource.OfRound(round.Id, round.Name)),
            };
            var n = set.ChildNodeIds.Count;
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                    weighting.Judgments.Add(new PairwiseJudgment { RowNodeId = set.ChildNodeIds[i], ColumnNodeId = set.ChildNodeIds[j], Value = set.Aggregate![i, j] });
            db.Weightings.Add(weighting);
        }
        round.Status = RoundStatus.Applied;
        round.AppliedAt = DateTime.UtcNow;
        round.AppliedFromPeriodId = period.Id;
        try
        {
            await db.SaveChangesAsync(); // one save, one transaction: all sets' weights and the round's status, audited
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.WeightingRounds.AsNoTracking().SingleAsync(r => r.Id == id);
            ModelState.AddModelError("", text["Someone changed this round meanwhile (it is now {0}); nothing was applied. Reload and check again.", StatusWord(current.Status)]);
            return Page();
        }
        TempData["StatusMessage"] = text["The weights of round \"{0}\" are in force from {1} on; earlier periods keep theirs.", round.Name, period.Name].Value;
        return RedirectToPage("Status", new { id });
    }

    private string StatusWord(RoundStatus status) => text[status switch
    {
        RoundStatus.Open => "open",
        RoundStatus.Applied => "applied",
        _ => "closed",
    }];

    private static string Truncate(string s) => s.Length > 200 ? s[..200] : s;

    private async Task<bool> LoadAsync(int id)
    {
        var round = await db.WeightingRounds.AsNoTracking().Include(r => r.Scorecard).SingleOrDefaultAsync(r => r.Id == id);
        if (round is null) return false;
        Round = round;
        Sets = await RoundResults.ComputeAsync(db, id);
        Periods = [.. (await db.Periods.AsNoTracking().Where(p => p.ScorecardId == round.ScorecardId).OrderBy(p => p.StartDate).ToListAsync())
            .Select(p => new SelectListItem(p.IsLocked ? text["{0} (locked)", p.Name] : p.Name, p.Id.ToString(CultureInfo.InvariantCulture)))];
        return true;
    }
}
