using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>A scorecard's name, unit, thresholds, cap and status (draft, active, archived).</summary>
public sealed class EditModel(ScorecardDbContext db, IValidator<EditModel.InputModel> validator, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty(SupportsGet = false)]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    public sealed class InputModel : ScorecardFields
    {
        public ScorecardStatus Status { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<ScorecardFieldsValidator> fields, IStringLocalizer<EditModel> text)
        {
            Include(new ScorecardFieldsValidator(fields));
            RuleFor(x => x.Status).IsInEnum().WithMessage(_ => text["Choose draft, active or archived."]);
        }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (scorecard is null) return NotFound();
        Id = id;
        Input.LoadFrom(scorecard);
        Input.Status = scorecard.Status;
        Input.Version = scorecard.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var scorecard = await db.Scorecards.SingleOrDefaultAsync(s => s.Id == id);
        if (scorecard is null) return NotFound();
        Id = id;
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        db.Entry(scorecard).Property(s => s.Version).OriginalValue = Input.Version;
        Input.ApplyTo(scorecard);
        scorecard.Status = Input.Status;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
            if (current is null) return NotFound();
            ModelState.AddModelError(string.Empty, text["Someone else saved this scorecard while you were editing it; your changes were not saved. " +
                "It now reads: name \"{0}\", organisation unit \"{1}\", yellow from {2}, green from {3}, score cap {4}, status {5}. " +
                "Save again to replace it with your values.",
                current.Name, current.OrganisationUnit, ScorecardForm.Format(current.YellowFrom), ScorecardForm.Format(current.GreenFrom),
                current.ScoreCap is { } cap ? ScorecardForm.Format(cap) : text["none"], text[ScorecardForm.Describe(current.Status)]]);
            // The next save is a deliberate overwrite of what the user has now seen.
            ModelState.Remove("Input.Version");
            Input.Version = current.Version;
            return Page();
        }

        TempData["StatusMessage"] = text["Scorecard \"{0}\" saved.", scorecard.Name].Value;
        return RedirectToPage("Index");
    }
}
