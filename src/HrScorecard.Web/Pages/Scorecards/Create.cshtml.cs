using System.Globalization;
using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>A new scorecard: blank, from the Balanced Scorecard template, or with the structure of an existing one.</summary>
public sealed class CreateModel(ScorecardDbContext db, IValidator<CreateModel.InputModel> validator, IStringLocalizer<CreateModel> text) : PageModel
{
    public static IReadOnlyList<string> Perspectives { get; } =
        ["Financial", "Customer", "Internal business process", "Learning and growth"];

    /// <summary>The template's perspectives in the user's language (Resources/Pages/Scorecards/CreateModel.*.resx).</summary>
    public IReadOnlyList<string> TemplatePerspectives => [.. Perspectives.Select(p => text[p].Value)];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    public sealed class InputModel : ScorecardFields
    {
        /// <summary>"blank", "template" (Balanced Scorecard) or "copy".</summary>
        public string StartingPoint { get; set; } = "template";
        public int? CopyFromId { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<ScorecardFieldsValidator> fields, IStringLocalizer<CreateModel> text)
        {
            Include(new ScorecardFieldsValidator(fields));
            RuleFor(x => x.StartingPoint).Must(s => s is "blank" or "template" or "copy")
                .WithMessage(_ => text["Choose how to start: blank, the Balanced Scorecard template, or a copy."]);
            RuleFor(x => x.CopyFromId).NotNull().When(x => x.StartingPoint == "copy")
                .WithMessage(_ => text["Choose the scorecard whose structure to copy."]);
        }
    }

    public async Task OnGetAsync() => await LoadSourcesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var valid = await validator.ValidateIntoAsync(Input, ModelState);
        if (valid && Input.StartingPoint == "copy" && !await db.Scorecards.AnyAsync(s => s.Id == Input.CopyFromId))
            ModelState.AddModelError("Input.CopyFromId", text["That scorecard no longer exists; choose another one."]);
        if (!ModelState.IsValid)
        {
            await LoadSourcesAsync();
            return Page();
        }

        var scorecard = new Scorecard { CreatedAt = DateTime.UtcNow, Status = ScorecardStatus.Draft };
        Input.ApplyTo(scorecard);
        db.Add(scorecard);
        if (Input.StartingPoint == "copy")
        {
            // The top node names what the scorecard measures: the new unit's scorecard, not the source's.
            var root = await ScorecardCopy.CopyAsync(db, Input.CopyFromId!.Value, scorecard, new ScorecardCopy.Options(Weights: false, PeriodsAndTargets: false));
            root?.Name = scorecard.Name;
        }
        else
        {
            var root = new ScorecardNode { Scorecard = scorecard, Name = scorecard.Name };
            db.Add(root);
            if (Input.StartingPoint == "template")
                db.AddRange(TemplatePerspectives.Select((name, i) => new ScorecardNode { Scorecard = scorecard, Parent = root, Name = name, Position = i }));
        }
        await db.SaveChangesAsync();

        TempData["StatusMessage"] = text["Scorecard \"{0}\" created as a draft. Add its groups and KPIs below.", scorecard.Name].Value;
        return RedirectToPage("Tree", new { id = scorecard.Id });
    }

    private async Task LoadSourcesAsync() =>
        Sources = [.. (await db.Scorecards.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.OrganisationUnit }).ToListAsync())
            .Select(s => new SelectListItem($"{s.Name} ({s.OrganisationUnit})", s.Id.ToString(CultureInfo.InvariantCulture)))];
}
