using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using HrScorecard.Web.Pages.Ahp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Questionnaires;

/// <summary>
/// One comparison set of a round, answered by the signed-in director: check (priorities, CR, the pair to reconsider),
/// save a draft, submit, reopen. Only the director's own answers are ever loaded: the respondent is found by user id.
/// </summary>
public sealed class AnswerModel(ScorecardDbContext db, IValidator<AnswerModel.InputModel> validator, IStringLocalizer<AnswerModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int RoundId { get; private set; }
    public int SetId { get; private set; }
    public string RoundName { get; private set; } = "";
    public RoundStatus RoundStatus { get; private set; }
    public string ParentName { get; private set; } = "";
    public bool ComparesKpis { get; private set; }
    public IReadOnlyList<string> ChildNames { get; private set; } = [];
    public AnswerStatus Status { get; private set; }
    public AhpResult? Result { get; private set; }
    public bool NeedsConfirmation { get; private set; }
    public bool CanEdit => RoundStatus == RoundStatus.Open && Status != AnswerStatus.Submitted;

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class InputModel
    {
        /// <summary>One per pair (i &lt; j) in row order, on <see cref="SaatyScale"/>; null = not answered yet.</summary>
        public List<int?> Points { get; set; } = [];
        public bool ConfirmInconsistent { get; set; }
        public Guid Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int roundId, int setId)
    {
        if (await LoadAsync(roundId, setId) is not { } answer) return NotFound();
        ShowStored(answer);
        if (Complete()) Result = Priorities.Compute(Matrix());
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int roundId, int setId)
    {
        if (await LoadAsync(roundId, setId) is null) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();
        if (!Complete()) ModelState.AddModelError("", text["Answer every pair to see the priorities and the consistency ratio."]);
        else Result = Priorities.Compute(Matrix());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int roundId, int setId)
    {
        if (await LoadAsync(roundId, setId) is not { } answer) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState) || !Editable()) return Page();
        answer.Judgments = [.. Input.Points.Select(p => p is { } v ? SaatyScale.ToValue(v) : (double?)null)];
        answer.Status = Input.Points.Any(p => p is not null) ? AnswerStatus.InProgress : AnswerStatus.NotStarted;
        answer.ConsistencyRatio = Complete() ? Priorities.Compute(Matrix()).ConsistencyRatio : null;
        return await SaveAsync(answer, roundId, setId, text["Draft saved."]);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int roundId, int setId)
    {
        if (await LoadAsync(roundId, setId) is not { } answer) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState) || !Editable()) return Page();
        for (var k = 0; k < Input.Points.Count; k++)
            if (Input.Points[k] is null) ModelState.AddModelError($"Input.Points[{k}]", text["Answer this pair before submitting."]);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", text["Answer every pair before submitting; you can save a draft meanwhile."]);
            return Page();
        }
        Result = Priorities.Compute(Matrix());
        if (!Result.IsConsistent && !Input.ConfirmInconsistent)
        {
            NeedsConfirmation = true;
            ModelState.AddModelError("Input.ConfirmInconsistent",
                text["Your answers are not consistent (CR = {0} > 0.10). Reconsider the pair named below, or confirm that you submit them as they are.", Ratio(Result.ConsistencyRatio)]);
            return Page();
        }
        answer.Judgments = [.. Input.Points.Select(p => (double?)SaatyScale.ToValue(p!.Value))];
        answer.Status = AnswerStatus.Submitted;
        answer.ConsistencyRatio = Result.ConsistencyRatio;
        answer.SubmittedInconsistent = !Result.IsConsistent;
        answer.SubmittedAt = DateTime.UtcNow;
        return await SaveAsync(answer, roundId, setId, text["Submitted \"{0}\" (CR {1}).", ParentName, Ratio(Result.ConsistencyRatio)], toIndex: true);
    }

    public async Task<IActionResult> OnPostReopenAsync(int roundId, int setId)
    {
        if (await LoadAsync(roundId, setId) is not { } answer) return NotFound();
        if (RoundStatus != RoundStatus.Open || Status != AnswerStatus.Submitted)
        {
            ModelState.AddModelError("", RoundStatus != RoundStatus.Open
                ? text["The round is no longer open, so the answers cannot be reopened."]
                : text["These answers are not submitted, so there is nothing to reopen."]);
            ShowStored(answer);
            return Page();
        }
        answer.Status = AnswerStatus.InProgress;
        answer.SubmittedInconsistent = false;
        answer.SubmittedAt = null;
        return await SaveAsync(answer, roundId, setId, text["Reopened: change your answers and submit again."]);
    }

    private bool Editable()
    {
        if (CanEdit) return true;
        ModelState.AddModelError("", RoundStatus != RoundStatus.Open
            ? text["The round is no longer open; the answers cannot change."]
            : text["These answers are submitted; reopen them first to change them."]);
        return false;
    }

    private async Task<IActionResult> SaveAsync(QuestionnaireAnswer answer, int roundId, int setId, string message, bool toIndex = false)
    {
        db.Entry(answer).Property(a => a.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(roundId, setId);
            ModelState.Clear();
            ShowStored(current!);
            ModelState.AddModelError("", text["These answers were changed meanwhile (e.g. in another tab); they are now {0} and shown below. Nothing of yours was saved.", Describe(current!.Status)]);
            return Page();
        }
        StatusMessage = message;
        return toIndex ? RedirectToPage("Index") : RedirectToPage(new { roundId, setId });
    }

    private string Describe(AnswerStatus status) => text[status switch
    {
        AnswerStatus.Submitted => "submitted",
        AnswerStatus.InProgress => "a draft",
        _ => "not started",
    }];

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.CurrentCulture);

    private void ShowStored(QuestionnaireAnswer answer)
    {
        Input.Points = [.. answer.Judgments.Select(j => j is { } v ? SaatyScale.FromValue(v) : (int?)null)];
        Input.Version = answer.Version;
    }

    private bool Complete() => Input.Points.Count == ChildNames.Count * (ChildNames.Count - 1) / 2 && Input.Points.All(p => p is not null);

    private PairwiseMatrix Matrix() => PairwiseMatrix.FromUpperTriangle(ChildNames.Count, [.. Input.Points.Select(p => SaatyScale.ToValue(p!.Value))]);

    private async Task<QuestionnaireAnswer?> LoadAsync(int roundId, int setId)
    {
        if (await OwnAnswer.LoadAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier), roundId, setId) is not { } own) return null;
        (RoundId, SetId, RoundName, RoundStatus, ParentName, ChildNames, ComparesKpis, Status) =
            (roundId, setId, own.RoundName, own.RoundStatus, own.ParentName, own.ChildNames, own.ComparesKpis, own.Answer.Status);
        // A short or long posted list is put to the set's size, so indices always match pairs.
        var pairs = ChildNames.Count * (ChildNames.Count - 1) / 2;
        Input.Points = [.. Enumerable.Range(0, pairs).Select(k => k < Input.Points.Count ? Input.Points[k] : null)];
        return own.Answer;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<AnswerModel> text) =>
            RuleForEach(x => x.Points).Must(p => p is null || SaatyScale.IsValid(p.Value))
                .WithMessage(_ => text["Choose a point of the scale, from 9 toward the left item to 9 toward the right one."]);
    }
}
