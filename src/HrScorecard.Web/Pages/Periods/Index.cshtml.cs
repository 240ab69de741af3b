using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Periods;

/// <summary>A scorecard's reporting periods: add one, copy last period's targets into it, lock it once its report is published.</summary>
public sealed class IndexModel(ScorecardDbContext db, IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> text) : PageModel
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
            ModelState.AddModelError("Input.Name", text["This scorecard already has a period named \"{0}\"; choose another name.", name]);
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
            ModelState.AddModelError("Input.Name", text["This scorecard already has a period named \"{0}\"; choose another name.", name]);
            return Page();
        }
        StatusMessage = text["Period \"{0}\" added.", name];
        return RedirectToPage(new { scorecardId });
    }

    public async Task<IActionResult> OnPostCopyTargetsAsync(int scorecardId, int periodId)
    {
        if (!await LoadAsync(scorecardId)) return NotFound();
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (period is null) return NotFound();
        var outcome = await TargetCopy.FromPreviousPeriodAsync(db, period, text);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError($"Period{periodId}", error);
            return Page();
        }
        StatusMessage = text[outcome.Copied == 1 ? "Copied {0} target from {1} into {2}" : "Copied {0} targets from {1} into {2}", outcome.Copied, outcome.From!, period.Name]
                        + (outcome.AlreadySet > 0 ? text["; {0} already set, left as they were.", outcome.AlreadySet] : ".");
        return RedirectToPage(new { scorecardId });
    }

    public async Task<IActionResult> OnPostLockAsync(int scorecardId, int periodId, Guid version, bool confirm)
    {
        if (!await LoadAsync(scorecardId)) return NotFound();
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (period is null) return NotFound();
        if (period.IsLocked)
        {
            StatusMessage = text["Period {0} is already locked.", period.Name];
            return RedirectToPage(new { scorecardId });
        }
        if (!confirm)
        {
            ModelState.AddModelError($"Period{periodId}",
                text["Tick the box to confirm that the report of {0} is published: its targets and actuals can then no longer be changed.", period.Name]);
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
                text["Period {0} was changed by someone else since you opened the page; check it and lock it again.", period.Name]);
            await LoadAsync(scorecardId);
            return Page();
        }
        StatusMessage = text["Period {0} locked: its targets and actuals are now read-only. An Admin can unlock it.", period.Name];
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
        public InputValidator(IStringLocalizer<IndexModel> text)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Name the period, e.g. \"2024\" or \"2024 Q1\"."])
                .MaximumLength(100).WithMessage(_ => text["Keep the name under 100 characters."]);
            RuleFor(x => x.StartDate).Must(d => PeriodDates.Parse(d) is not null).WithMessage(_ => text[PeriodDates.Expected]);
            RuleFor(x => x.EndDate).Must(d => PeriodDates.Parse(d) is not null).WithMessage(_ => text[PeriodDates.Expected]);
            RuleFor(x => x.EndDate)
                .Must((input, end) => PeriodDates.Parse(input.StartDate) is not { } start || PeriodDates.Parse(end) is not { } e || start <= e)
                .WithMessage(_ => text["The period must end on or after its start date."]);
        }
    }
}
