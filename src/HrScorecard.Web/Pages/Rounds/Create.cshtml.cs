using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>Opens a weighting round: one comparison set per node with two or more children, in hierarchy order.</summary>
public sealed class CreateModel(ScorecardDbContext db, UserManager<ApplicationUser> users, IValidator<CreateModel.InputModel> validator,
    IStringLocalizer<CreateModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Scorecards { get; private set; } = [];

    public sealed class InputModel
    {
        public int ScorecardId { get; set; }
        public string Name { get; set; } = "";
        public DateOnly? Deadline { get; set; }
        public List<DirectorChoice> Directors { get; set; } = [];
    }

    public sealed class DirectorChoice
    {
        public string UserId { get; set; } = "";
        public string Name { get; set; } = "";
        public bool Selected { get; set; }
        /// <summary>Weight in the aggregation, typed by HR; blank = 1.</summary>
        public string? Weight { get; set; }
    }

    public async Task OnGetAsync(int? scorecardId)
    {
        Input = new InputModel { ScorecardId = scorecardId ?? 0, Name = text["Weighting round {0}", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] };
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return await PageWithChoicesAsync();

        var directors = (await users.GetUsersInRoleAsync(Roles.Director)).ToDictionary(u => u.Id);
        var chosen = Input.Directors.Where(d => d.Selected).ToList();
        if (chosen.Any(d => !directors.ContainsKey(d.UserId)))
            ModelState.AddModelError("Input.Directors", text["Only users with the Director role can answer a round."]);
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Input.ScorecardId);
        if (scorecard is null) ModelState.AddModelError("Input.ScorecardId", text["Choose a scorecard."]);
        if (!ModelState.IsValid || scorecard is null) return await PageWithChoicesAsync();

        var tree = await ScorecardTree.LoadAsync(db, scorecard.Id);
        var parents = tree.Select(n => (Node: n, Children: tree.Where(c => c.ParentId == n.Id).Select(c => c.Id).ToList()))
            .Where(p => p.Children.Count >= 2).ToList();
        if (parents.Count == 0)
        {
            ModelState.AddModelError("Input.ScorecardId", text["This scorecard has no node with two or more children, so there is nothing to compare."]);
            return await PageWithChoicesAsync();
        }

        var round = new WeightingRound
        {
            ScorecardId = scorecard.Id,
            Name = Input.Name.Trim(),
            Deadline = Input.Deadline,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = User.FindFirstValue(ClaimTypes.Name) ?? "",
            Status = RoundStatus.Open,
            ComparisonSets = [.. parents.Select((p, i) => new ComparisonSet { ParentNodeId = p.Node.Id, Position = i, ChildNodeIds = p.Children })],
        };
        foreach (var d in chosen)
        {
            var respondent = new RoundRespondent { UserId = d.UserId, Weight = WeightOf(d) };
            foreach (var set in round.ComparisonSets)
            {
                var pairs = set.ChildNodeIds.Count * (set.ChildNodeIds.Count - 1) / 2;
                respondent.Answers.Add(new QuestionnaireAnswer { ComparisonSet = set, Status = AnswerStatus.NotStarted, Judgments = [.. Enumerable.Repeat<double?>(null, pairs)] });
            }
            round.Respondents.Add(respondent);
        }
        db.WeightingRounds.Add(round);
        await db.SaveChangesAsync(); // one save: the round, its sets, respondents and empty answers together

        TempData["StatusMessage"] = text["Round \"{0}\" opened with {1} comparison sets for {2} directors.", round.Name, round.ComparisonSets.Count, chosen.Count].Value;
        return RedirectToPage("Status", new { id = round.Id });
    }

    private static double WeightOf(DirectorChoice d) =>
        NumberInput.TryParse(d.Weight, CultureInfo.CurrentCulture, out var w, out _) ? w : 1;

    private async Task<IActionResult> PageWithChoicesAsync()
    {
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        Scorecards = await db.Scorecards.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
        var posted = Input.Directors.ToDictionary(d => d.UserId);
        Input.Directors = [.. (await users.GetUsersInRoleAsync(Roles.Director)).OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new DirectorChoice
            {
                UserId = u.Id,
                Name = string.IsNullOrEmpty(u.DisplayName) ? u.Email ?? u.UserName ?? u.Id : $"{u.DisplayName} ({u.Email})",
                Selected = posted.GetValueOrDefault(u.Id)?.Selected ?? false,
                Weight = posted.GetValueOrDefault(u.Id)?.Weight,
            })];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<CreateModel> text)
        {
            RuleFor(x => x.ScorecardId).GreaterThan(0).WithMessage(_ => text["Choose a scorecard."]);
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Name the round, e.g. \"Weights 2024\"."])
                .MaximumLength(200).WithMessage(_ => text["Keep the name under 200 characters."]);
            RuleFor(x => x.Directors).Must(d => d.Any(x => x.Selected)).WithMessage(_ => text["Choose at least one director."]);
            RuleForEach(x => x.Directors).ChildRules(d => d
                .RuleFor(x => x.Weight).Custom((typed, context) =>
                {
                    if (string.IsNullOrWhiteSpace(typed)) return;
                    if (!NumberInput.TryParse(typed, CultureInfo.CurrentCulture, out var w, out var error))
                        context.AddFailure(error!);
                    else if (!(w > 0))
                        context.AddFailure(text["A respondent's weight must be above 0 (1 = equal to the others)."]);
                }));
        }
    }
}
