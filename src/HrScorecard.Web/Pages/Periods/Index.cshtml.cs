using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Periods;

/// <summary>A scorecard's reporting periods: add one, copy last period's targets into it, lock it once its report is published.</summary>
public sealed class IndexModel(ScorecardDbContext db, IValidator<IndexModel.InputModel> validator) : PageModel
{
    public sealed record PeriodRow(int Id, string Name, DateOnly StartDate, DateOnly EndDate, bool IsLocked, Guid Version, int Targets, int Actuals);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Scorecard Scorecard { get; private set; } = null!;

    public IReadOnlyList<PeriodRow> Periods { get; private set; } = [];

    public sealed class InputModel
    {
        public string Name { get; set; } = "";

        /// <summary>yyyy-MM-dd, as a date input posts it.</summary>
        public string StartDate { get; set; } = "";

        public string EndDate { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int scorecardId) => await LoadAsync(scorecardId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int scorecardId)
    {
        if (!await LoadAsync(scorecardId)) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();
        var name = Input.Name.Trim();
        if (Periods.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Input.Name", $"This scorecard already has a period named \"{name}\"; choose another name.");
            return Page();
        }
        db.Periods.Add(new ReportingPeriod
        {
            ScorecardId = scorecardId,
            Name = name,
            StartDate = PeriodDates.Parse(Input.StartDate)!.Value,
            EndDate = PeriodDates.Parse(Input.EndDate)!.Value,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone added the same name between our check and our save: the unique index caught it.
            if (!await db.Periods.AsNoTracking().AnyAsync(p => p.ScorecardId == scorecardId && p.Name == name)) throw;
            ModelState.AddModelError("Input.Name", $"This scorecard already has a period named \"{name}\"; choose another name.");
            return Page();
        }
        StatusMessage = $"Period \"{name}\" added.";
        return RedirectToPage(new { scorecardId });
    }

    public async Task<IActionResult> OnPostCopyTargetsAsync(int scorecardId, int periodId)
    {
        if (!await LoadAsync(scorecardId)) return NotFound();
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (period is null) return NotFound();
        var outcome = await TargetCopy.FromPreviousPeriodAsync(db, period);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError($"Period{periodId}", error);
            return Page();
        }
        StatusMessage = $"Copied {outcome.Copied} target{(outcome.Copied == 1 ? "" : "s")} from {outcome.From} into {period.Name}"
                        + (outcome.AlreadySet > 0 ? $"; {outcome.AlreadySet} already set, left as they were." : ".");
        return RedirectToPage(new { scorecardId });
    }

    public async Task<IActionResult> OnPostLockAsync(int scorecardId, int periodId, Guid version, bool confirm)
    {
        if (!await LoadAsync(scorecardId)) return NotFound();
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (period is null) return NotFound();
        if (period.IsLocked)
        {
            StatusMessage = $"Period {period.Name} is already locked.";
            return RedirectToPage(new { scorecardId });
        }
        if (!confirm)
        {
            ModelState.AddModelError($"Period{periodId}",
                $"Tick the box to confirm that the report of {period.Name} is published: its targets and actuals can then no longer be changed.");
            return Page();
        }
        db.Entry(period).Property(p => p.Version).OriginalValue = version;
        period.IsLocked = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError($"Period{periodId}",
                $"Period {period.Name} was changed by someone else since you opened the page; check it and lock it again.");
            await LoadAsync(scorecardId);
            return Page();
        }
        StatusMessage = $"Period {period.Name} locked: its targets and actuals are now read-only. An Admin can unlock it.";
        return RedirectToPage(new { scorecardId });
    }

    private async Task<bool> LoadAsync(int scorecardId)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId);
        if (scorecard is null) return false;
        Scorecard = scorecard;
        Periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == scorecardId)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Name)
            .Select(p => new PeriodRow(p.Id, p.Name, p.StartDate, p.EndDate, p.IsLocked, p.Version,
                db.Targets.Count(t => t.PeriodId == p.Id), db.Actuals.Count(a => a.PeriodId == p.Id && a.Value != null)))
            .ToListAsync();
        return true;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Name the period, e.g. \"2024\" or \"2024 Q1\".")
                .MaximumLength(100).WithMessage("Keep the name under 100 characters.");
            RuleFor(x => x.StartDate).Must(d => PeriodDates.Parse(d) is not null).WithMessage(PeriodDates.Expected);
            RuleFor(x => x.EndDate).Must(d => PeriodDates.Parse(d) is not null).WithMessage(PeriodDates.Expected);
            RuleFor(x => x.EndDate)
                .Must((input, end) => PeriodDates.Parse(input.StartDate) is not { } start || PeriodDates.Parse(end) is not { } e || start <= e)
                .WithMessage("The period must end on or after its start date.");
        }
    }
}
