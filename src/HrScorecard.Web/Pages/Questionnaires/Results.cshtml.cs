using System.Security.Claims;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Rounds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Questionnaires;

/// <summary>
/// The group's weights of an applied round, for the directors who answered it. Never the other directors' own answers;
/// and only after applying, so nobody adjusts his answers to the group. Off when Rounds:DirectorsSeeAggregate is false.
/// </summary>
public sealed class ResultsModel(ScorecardDbContext db, IConfiguration configuration) : PageModel
{
    public string RoundName { get; private set; } = "";
    public IReadOnlyList<SetResult> Sets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int roundId)
    {
        if (!DirectorsSeeAggregate(configuration)) return NotFound();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var round = await db.WeightingRounds.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == roundId && r.Status == RoundStatus.Applied && r.Respondents.Any(x => x.UserId == userId));
        if (round is null) return NotFound();
        RoundName = round.Name;
        Sets = await RoundResults.ComputeAsync(db, roundId);
        return Page();
    }

    public static bool DirectorsSeeAggregate(IConfiguration configuration) => configuration.GetValue("Rounds:DirectorsSeeAggregate", true);
}
