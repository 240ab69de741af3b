using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Admin;

/// <summary>Locked periods of every scorecard; an Admin unlocks one (the audit trail records who did).</summary>
public sealed class PeriodsModel(ScorecardDbContext db, IStringLocalizer<PeriodsModel> text) : PageModel
{
    public sealed record LockedPeriod(int Id, int ScorecardId, string ScorecardName, string Name, DateOnly StartDate, DateOnly EndDate, Guid Version);

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<LockedPeriod> Locked { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostUnlockAsync(int periodId, Guid version)
    {
        var period = await db.Periods.Include(p => p.Scorecard).SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null) return NotFound();
        if (!period.IsLocked)
        {
            StatusMessage = text["Period {0} of {1} is not locked.", period.Name, period.Scorecard!.Name];
            return RedirectToPage();
        }
        db.Entry(period).Property(p => p.Version).OriginalValue = version;
        period.IsLocked = false;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError($"Period{periodId}", text["This period was changed by someone else since you opened the page; check it and unlock it again."]);
            await LoadAsync();
            return Page();
        }
        StatusMessage = text["Period {0} of {1} unlocked: HR can change its targets and actuals again.", period.Name, period.Scorecard!.Name];
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Locked = await db.Periods.AsNoTracking().Where(p => p.IsLocked)
            .OrderBy(p => p.Scorecard!.Name).ThenBy(p => p.StartDate)
            .Select(p => new LockedPeriod(p.Id, p.ScorecardId, p.Scorecard!.Name, p.Name, p.StartDate, p.EndDate, p.Version))
            .ToListAsync();
}
