using System.Globalization;
using FluentValidation;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>What the data entry page posts: one row per KPI, numbers as typed, and the versions the user saw.</summary>
public sealed class EntryInput
{
    public List<EntryRowInput> Rows { get; set; } = [];
}

public sealed class EntryRowInput
{
    public int KpiNodeId { get; set; }
    public string? Target { get; set; }
    public string? Actual { get; set; }
    public string? Comment { get; set; }

    /// <summary>Version of the stored target when the page was loaded; null when there was none.</summary>
    public Guid? TargetVersion { get; set; }

    public Guid? ActualVersion { get; set; }
}

/// <summary>A KPI of the scorecard as the page shows it, with the headings (perspective › objective) above it.</summary>
public sealed record EntryKpi(int NodeId, string Code, string Name, string Unit, ScoringMethod Method, IReadOnlyList<string> Path, int? PerspectiveId,
    KpiFeed Feed = KpiFeed.Direct);

public sealed class EntryInputValidator : AbstractValidator<EntryInput>
{
    public EntryInputValidator(IStringLocalizer<EntryInputValidator> text)
    {
        RuleForEach(x => x.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Target).Custom((typed, context) => Number(typed, context, text));
            row.RuleFor(r => r.Actual).Custom((typed, context) => Number(typed, context, text));
            row.RuleFor(r => r.Comment).MaximumLength(2000).WithMessage(_ => text["Keep the comment under 2,000 characters."]);
        });
    }

    private static void Number(string? typed, ValidationContext<EntryRowInput> context, IStringLocalizer text)
    {
        if (!string.IsNullOrWhiteSpace(typed) && !NumberInput.TryParse(typed, CultureInfo.CurrentCulture, out _, out var error, text))
            context.AddFailure(error!);
    }

    /// <summary>The number in a field that passed validation; null when left empty.</summary>
    public static double? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : NumberInput.TryParse(text, CultureInfo.CurrentCulture, out var value, out _) ? value
        : throw new InvalidOperationException("Validate the input before reading it.");
}
