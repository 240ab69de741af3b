using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Questionnaires;

/// <summary>
/// A director's own answer to one comparison set, with what the page shows about the set. The respondent is looked up
/// by the signed-in user's id, so another director's answers can never be loaded, whatever ids are posted.
/// </summary>
public sealed record OwnAnswer(QuestionnaireAnswer Answer, string RoundName, RoundStatus RoundStatus, string ParentName,
    IReadOnlyList<string> ChildNames, bool ComparesKpis)
{
    /// <summary>Tracked, for saving; null when the user is not a respondent of the round or the set is not in it.</summary>
    public static async Task<OwnAnswer?> LoadAsync(ScorecardDbContext db, string? userId, int roundId, int setId)
    {
        var respondent = await db.RoundRespondents.Include(r => r.Round)
            .SingleOrDefaultAsync(r => r.RoundId == roundId && r.UserId == userId);
        var set = await db.ComparisonSets.AsNoTracking().Include(s => s.ParentNode)
            .SingleOrDefaultAsync(s => s.Id == setId && s.RoundId == roundId);
        if (respondent is null || set is null) return null;

        var names = await db.Nodes.AsNoTracking().Where(n => set.ChildNodeIds.Contains(n.Id))
            .Select(n => new { n.Id, n.Name, IsKpi = n.Kpi != null }).ToListAsync();
        var answer = await db.QuestionnaireAnswers.SingleOrDefaultAsync(a => a.RespondentId == respondent.Id && a.ComparisonSetId == setId);
        if (answer is null)
        {
            var pairs = set.ChildNodeIds.Count * (set.ChildNodeIds.Count - 1) / 2;
            answer = new QuestionnaireAnswer { RespondentId = respondent.Id, ComparisonSetId = setId, Judgments = [.. Enumerable.Repeat<double?>(null, pairs)] };
            db.QuestionnaireAnswers.Add(answer);
        }
        return new OwnAnswer(answer, respondent.Round!.Name, respondent.Round.Status, set.ParentNode!.Name,
            [.. set.ChildNodeIds.Select(id => names.SingleOrDefault(n => n.Id == id)?.Name ?? "?")], names.All(n => n.IsKpi));
    }
}
