using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Rounds;

public sealed class IndexModel(ScorecardDbContext db) : PageModel
{
    public sealed record Row(int Id, string Scorecard, string Name, RoundStatus Status, DateOnly? Deadline, DateTime CreatedAt,
        int Respondents, int Submitted, int Expected);

    public IReadOnlyList<Row> Rounds { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        Rounds = await db.WeightingRounds.AsNoTracking()
            .OrderBy(r => r.Scorecard!.Name).ThenByDescending(r => r.CreatedAt)
            .Select(r => new Row(r.Id, r.Scorecard!.Name, r.Name, r.Status, r.Deadline, r.CreatedAt,
                r.Respondents.Count,
                r.Respondents.SelectMany(x => x.Answers).Count(a => a.Status == AnswerStatus.Submitted),
                r.Respondents.Count * r.ComparisonSets.Count))
            .ToListAsync();
    }
}
