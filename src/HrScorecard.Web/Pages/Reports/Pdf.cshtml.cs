using System.Globalization;
using HrScorecard.Web.Data;
using HrScorecard.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Reports;

/// <summary>The scorecard report of one period as a PDF download, numbers and words in the request culture.</summary>
public sealed class PdfModel(ScorecardDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int scorecardId, int periodId, CancellationToken cancellationToken)
    {
        var userName = User.Identity?.Name ?? "";
        // The cover names a person, not an account: the display name, or the sign-in name for accounts without one.
        var displayName = await db.Users.Where(u => u.UserName == userName).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var data = await ScorecardReportData.LoadAsync(db, scorecardId, periodId,
            string.IsNullOrWhiteSpace(displayName) ? userName : displayName, cancellationToken);
        if (data is null) return NotFound();
        var pdf = ScorecardReport.Render(data, CultureInfo.CurrentCulture, localizers);
        return File(pdf, "application/pdf", ScorecardReport.FileName(data.ScorecardName, data.PeriodName));
    }
}
