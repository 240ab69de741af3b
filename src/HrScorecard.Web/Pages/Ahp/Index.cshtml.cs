using FluentValidation;
using HrScorecard.Web.Forms;
using HrScorecard.Domain.Ahp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Ahp;

/// <summary>The public AHP calculator: pairwise judgments in, weights and consistency out. Works without JavaScript.</summary>
public sealed class IndexModel(IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> text) : PageModel
{
    // Four items start as the Balanced Scorecard perspectives, in the reader's language; other sizes as numbered criteria.
    private static readonly string[] PerspectiveNames = ["Financial", "Customer", "Internal Business Process", "Learning & Growth"];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AhpResult? Result { get; private set; }

    public sealed class InputModel
    {
        public int Size { get; set; } = 4;

        public List<string> Names { get; set; } = [];

        /// <summary>One per pair (i &lt; j) in row order: k ≥ 2 means item i matters k times more, −k the reverse, 1 equal.</summary>
        public List<int> Judgments { get; set; } = [];

        public string Method { get; set; } = "eigenvector";
    }

    public void OnGet(int size = 4)
    {
        size = Math.Clamp(size, 2, PairwiseMatrix.MaxSize);
        Input = new InputModel
        {
            Size = size,
            Names = [.. Enumerable.Range(0, size).Select(i => size == 4 ? text[PerspectiveNames[i]].Value : text["Criterion {0}", i + 1].Value)],
            Judgments = [.. Enumerable.Repeat(1, size * (size - 1) / 2)],
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var matrix = PairwiseMatrix.FromUpperTriangle(Input.Size, [.. Input.Judgments.Select(SaatyScale.ToValue)]);
        var method = Input.Method == "geometric-mean" ? PriorityMethod.GeometricMean : PriorityMethod.Eigenvector;
        Result = Priorities.Compute(matrix, AhpOptions.Default with { Method = method });
        return Page();
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<IndexModel> text)
        {
            RuleFor(x => x.Size).InclusiveBetween(2, PairwiseMatrix.MaxSize)
                .WithMessage(_ => text["Compare between 2 and {0} items.", PairwiseMatrix.MaxSize]);
            RuleFor(x => x.Names).Must((input, names) => names.Count == input.Size)
                .WithMessage(_ => text["Give every item a name."]);
            RuleForEach(x => x.Names).NotEmpty().WithMessage(_ => text["Give this item a name."])
                .MaximumLength(80).WithMessage(_ => text["Keep the name under 80 characters."]);
            RuleFor(x => x.Names)
                .Must(names => names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())
                    .Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count(n => !string.IsNullOrWhiteSpace(n)))
                .WithMessage(_ => text["Two items have the same name; name them so the comparisons can be told apart."]);
            RuleFor(x => x.Judgments).Must((input, judgments) => judgments.Count == input.Size * (input.Size - 1) / 2)
                .WithMessage(_ => text["Answer every comparison."]);
            RuleForEach(x => x.Judgments).Must(SaatyScale.IsValid)
                .WithMessage(_ => text["Choose a point of the scale, from 9 for the left item to 9 for the right one."]);
            RuleFor(x => x.Method).Must(m => m is "eigenvector" or "geometric-mean")
                .WithMessage(_ => text["Choose the eigenvector or the geometric mean method."]);
        }
    }
}
