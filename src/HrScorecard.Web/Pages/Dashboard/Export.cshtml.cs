using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Actuals;
using HrScorecard.Web.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's tree for one period as an Excel workbook, for managers' own decks. The rows are the dashboard's
/// own (<see cref="DashboardView"/>), so the numbers are those of <see cref="ScorecardCalculation"/>; weights and
/// scores are written unrounded, as numbers. Headers and light names are in the reader's language (unlike the import
/// template's, nothing reads this workbook back).
/// </summary>
public sealed class ExportModel(ScorecardDbContext db, IStringLocalizer<IndexModel> text, IStringLocalizer<ExportModel> words,
    IStringLocalizer<TrafficLightWords> lights) : PageModel
{
    /// <summary>The column headers in English, which are also their resource keys.</summary>
    public static readonly string[] Headers =
        ["Node", "Level", "KPI code", "Local weight", "Global weight", "Target", "Actual", "Unit", "Score (%)", "Light"];

    public async Task<IActionResult> OnGetAsync(int scorecardId, int periodId, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        if (scorecard is null) return NotFound();
        IReadOnlyList<PeriodResult> history;
        try { history = await ScorecardCalculation.EvaluateAllPeriodsAsync(db, scorecardId, cancellationToken); }
        catch (DomainValidationException e) { return Content(words["This scorecard cannot be evaluated yet: {0}", e.Message]); }
        var selected = history.FirstOrDefault(h => h.Period.Id == periodId);
        if (selected is null) return NotFound();

        var tree = await ScorecardTree.LoadAsync(db, scorecardId, cancellationToken);
        var view = DashboardView.Build(scorecard, tree, history, selected, [], text);
        var codes = tree.Where(n => n.IsKpi).ToDictionary(n => n.Id, n => n.KpiCode);
        var workbook = Xlsx.Write(selected.Period.Name, [.. Headers.Select(h => words[h].Value)], view.Rows.Select(r => (IReadOnlyList<object?>)[
            new string(' ', 2 * r.Depth) + r.Name, (double)r.Depth, codes.GetValueOrDefault(r.NodeId), r.LocalWeight, r.GlobalWeight,
            r.IsKpi ? r.Target : null, r.IsKpi ? r.Actual : null, r.Unit, r.Score, TrafficLightWords.Of(r.Light, lights)]));
        return File(workbook, Xlsx.ContentType, $"scorecard-{Slug(scorecard.Name)}-{Slug(selected.Period.Name)}.xlsx");
    }

    private static string Slug(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
}
