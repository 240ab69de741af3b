using System.Globalization;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>Who has answered what: per director and comparison set, with reminders as in-app notices.</summary>
public sealed class StatusModel(ScorecardDbContext db, IStringLocalizer<StatusModel> text) : PageModel
{
    public sealed record Cell(AnswerStatus Status, double? ConsistencyRatio, bool SubmittedInconsistent);
    public sealed record DirectorRow(int RespondentId, string Name, double Weight, DateTime? LastRemindedAt, IReadOnlyList<Cell> Cells);

    public WeightingRound Round { get; private set; } = null!;
    public string ScorecardName { get; private set; } = "";
    public IReadOnlyList<string> SetNames { get; private set; } = [];
    public IReadOnlyList<DirectorRow> Directors { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var round = await db.WeightingRounds.AsNoTracking().Include(r => r.Scorecard).SingleOrDefaultAsync(r => r.Id == id);
        if (round is null) return NotFound();
        Round = round;
        ScorecardName = round.Scorecard!.Name;
        var sets = await db.ComparisonSets.AsNoTracking().Where(s => s.RoundId == id).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.ParentNode!.Name }).ToListAsync();
        SetNames = [.. sets.Select(s => s.Name)];
        var respondents = await db.RoundRespondents.AsNoTracking().Where(r => r.RoundId == id)
            .Select(r => new { r.Id, r.User!.DisplayName, r.User.Email, r.Weight, r.LastRemindedAt, r.Answers })
            .ToListAsync();
        Directors = [.. respondents.OrderBy(r => r.DisplayName).Select(r => new DirectorRow(r.Id, $"{r.DisplayName} ({r.Email})", r.Weight, r.LastRemindedAt,
            [.. sets.Select(s => r.Answers.FirstOrDefault(a => a.ComparisonSetId == s.Id) is { } a
                ? new Cell(a.Status, a.Status == AnswerStatus.Submitted ? a.ConsistencyRatio : null, a.SubmittedInconsistent)
                : new Cell(AnswerStatus.NotStarted, null, false))]))];
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(int id, int respondentId)
    {
        var respondent = await db.RoundRespondents.Include(r => r.Round).Include(r => r.User)
            .SingleOrDefaultAsync(r => r.Id == respondentId && r.RoundId == id);
        if (respondent is null) return NotFound();
        if (respondent.Round!.Status != RoundStatus.Open)
        {
            StatusMessage = "Error: " + text["The round is no longer open, so there is nothing to remind of."];
            return RedirectToPage(new { id });
        }
        db.Notices.Add(new Notice
        {
            UserId = respondent.UserId,
            Message = ReminderFor(respondent.User, respondent.Round),
            Link = "/Questionnaires/Index",
            CreatedAt = DateTime.UtcNow,
        });
        respondent.LastRemindedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        StatusMessage = text["Reminder sent."];
        return RedirectToPage(new { id });
    }

    // A notice is stored as text and read later by the director, so it is written in his language (the one saved on his
    // account by the language switcher), not in the language of the HR user who sends it; HR's language when he has none.
    private string ReminderFor(ApplicationUser? director, WeightingRound round)
    {
        var language = director?.PreferredCulture is { } saved && UiCultures.IsSupported(saved) ? CultureInfo.GetCultureInfo(saved) : CultureInfo.CurrentUICulture;
        var (uiCulture, formatCulture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (language, language);
            return round.Deadline is { } deadline
                ? text["Reminder: please answer the weighting round \"{0}\" by {1}.", round.Name, deadline.ToString("d MMMM yyyy", language)]
                : text["Reminder: please answer the weighting round \"{0}\".", round.Name];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, formatCulture);
        }
    }
}
