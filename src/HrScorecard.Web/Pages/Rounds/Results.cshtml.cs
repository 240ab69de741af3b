using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>Per comparison set: the aggregated matrix, its priorities and consistency, each director's priorities, consensus.</summary>
public sealed class ResultsModel(ScorecardDbContext db) : PageModel
{
    public WeightingRound Round { get; private set; } = null!;
    public IReadOnlyList<SetResult> Sets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var round = await db.WeightingRounds.AsNoTracking().Include(r => r.Scorecard).SingleOrDefaultAsync(r => r.Id == id);
        if (round is null) return NotFound();
        Round = round;
        Sets = await RoundResults.ComputeAsync(db, id);
        return Page();
    }
}
