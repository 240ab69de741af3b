using System.Security.Claims;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Questionnaires;

/// <summary>The signed-in director's open rounds, each comparison set with its state, and his notices.</summary>
public sealed class IndexModel(ScorecardDbContext db, IConfiguration configuration) : PageModel
{
    public sealed record SetRow(int SetId, string ParentName, AnswerStatus Status);
    public sealed record RoundRow(int RoundId, string Name, string Scorecard, DateOnly? Deadline, IReadOnlyList<SetRow> Sets);

    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];
    public IReadOnlyList<Notice> Notices { get; private set; } = [];
    public IReadOnlyList<(int RoundId, string Name)> Applied { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = await db.RoundRespondents.AsNoTracking()
            .Where(r => r.UserId == userId && r.Round!.Status == RoundStatus.Open)
            .Select(r => new
            {
                r.RoundId, r.Round!.Name, Scorecard = r.Round.Scorecard!.Name, r.Round.Deadline, r.Round.CreatedAt,
                Sets = r.Round.ComparisonSets.OrderBy(s => s.Position).Select(s => new { s.Id, s.ParentNode!.Name }).ToList(),
                Answers = r.Answers.Select(a => new { a.ComparisonSetId, a.Status }).ToList(),
            })
            .ToListAsync();
        Rounds = [.. mine.OrderBy(r => r.CreatedAt).Select(r => new RoundRow(r.RoundId, r.Name, r.Scorecard, r.Deadline,
            [.. r.Sets.Select(s => new SetRow(s.Id, s.Name, r.Answers.FirstOrDefault(a => a.ComparisonSetId == s.Id)?.Status ?? AnswerStatus.NotStarted))]))];
        if (ResultsModel.DirectorsSeeAggregate(configuration))
            Applied = [.. (await db.RoundRespondents.AsNoTracking()
                .Where(r => r.UserId == userId && r.Round!.Status == RoundStatus.Applied)
                .OrderByDescending(r => r.Round!.AppliedAt)
                .Select(r => new { r.RoundId, r.Round!.Name }).ToListAsync()).Select(r => (r.RoundId, r.Name))];
        Notices = await db.Notices.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(20).ToListAsync();
    }
}
