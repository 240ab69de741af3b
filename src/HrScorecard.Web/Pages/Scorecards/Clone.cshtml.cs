using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>
/// Starts next year from this year's scorecard: the whole tree, KPI definitions, the latest weights and, on request,
/// the periods with their targets (never actuals) in a new draft, written in one transaction.
/// </summary>
public sealed class CloneModel(ScorecardDbContext db, IValidator<CloneModel.InputModel> validator, IStringLocalizer<CloneModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string SourceName { get; private set; } = "";

    public sealed class InputModel
    {
        public string Name { get; set; } = "";
        public string OrganisationUnit { get; set; } = "";
        public bool CopyPeriods { get; set; } = true;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<CloneModel> text)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Give the copy a name."])
                .MaximumLength(200).WithMessage(_ => text["Keep the name under 200 characters."]);
            RuleFor(x => x.OrganisationUnit).NotEmpty().WithMessage(_ => text["Say which organisation unit the copy measures."])
                .MaximumLength(200).WithMessage(_ => text["Keep the organisation unit under 200 characters."]);
        }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var source = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (source is null) return NotFound();
        SourceName = source.Name;
        Input = new InputModel { Name = text["{0} (copy)", source.Name], OrganisationUnit = source.OrganisationUnit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var source = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (source is null) return NotFound();
        SourceName = source.Name;
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var clone = new Scorecard
        {
            Name = Input.Name.Trim(), OrganisationUnit = Input.OrganisationUnit.Trim(), Description = source.Description,
            YellowFrom = source.YellowFrom, GreenFrom = source.GreenFrom, ScoreCap = source.ScoreCap,
            Status = ScorecardStatus.Draft, CreatedAt = DateTime.UtcNow,
        };
        db.Add(clone);
        await ScorecardCopy.CopyAsync(db, id, clone, new ScorecardCopy.Options(Weights: true, PeriodsAndTargets: Input.CopyPeriods));
        await db.SaveChangesAsync();

        TempData["StatusMessage"] = text["\"{0}\" created as a draft copy of \"{1}\".", clone.Name, source.Name].Value;
        return RedirectToPage("Tree", new { id = clone.Id });
    }
}
