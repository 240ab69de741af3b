using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Scorecards;

public sealed class IndexModel(ScorecardDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string OrganisationUnit, ScorecardStatus Status, int KpiCount, int PeriodCount);

    public IReadOnlyList<Row> Scorecards { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync() =>
        Scorecards = await db.Scorecards.AsNoTracking()
            .OrderBy(s => s.Status == ScorecardStatus.Archived).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.OrganisationUnit, s.Status,
                db.Kpis.Count(k => k.ScorecardId == s.Id), s.Periods.Count))
            .ToListAsync();
}
