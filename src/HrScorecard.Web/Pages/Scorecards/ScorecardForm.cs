using System.Globalization;
using FluentValidation;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>
/// The fields Create and Edit share. Thresholds and cap are bound as text and read with <see cref="NumberInput"/>,
/// so "62,5" is accepted and anything unreadable gets a message instead of a silent 0.
/// </summary>
public class ScorecardFields
{
    public string Name { get; set; } = "";
    public string OrganisationUnit { get; set; } = "";
    public string? Description { get; set; }
    public string YellowFrom { get; set; } = "60";
    public string GreenFrom { get; set; } = "80";
    public string? ScoreCap { get; set; }

    /// <summary>Copies validated fields onto the entity; call only after <see cref="ScorecardFieldsValidator"/> passed.</summary>
    public void ApplyTo(Scorecard scorecard)
    {
        scorecard.Name = Name.Trim();
        scorecard.OrganisationUnit = OrganisationUnit.Trim();
        scorecard.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        scorecard.YellowFrom = ScorecardForm.Parse(YellowFrom)!.Value;
        scorecard.GreenFrom = ScorecardForm.Parse(GreenFrom)!.Value;
        scorecard.ScoreCap = ScorecardForm.Parse(ScoreCap);
    }

    public void LoadFrom(Scorecard scorecard)
    {
        Name = scorecard.Name;
        OrganisationUnit = scorecard.OrganisationUnit;
        Description = scorecard.Description;
        YellowFrom = ScorecardForm.Format(scorecard.YellowFrom);
        GreenFrom = ScorecardForm.Format(scorecard.GreenFrom);
        ScoreCap = ScorecardForm.Format(scorecard.ScoreCap);
    }
}

public static class ScorecardForm
{
    /// <summary>Upper bound of a threshold: scores may exceed 100 %, but a threshold beyond this is a typo.</summary>
    public const double MaxThreshold = 1000;

    public static double? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text) && NumberInput.TryParse(text, CultureInfo.CurrentCulture, out var value, out _) ? value : null;

    public static string Format(double? value) => NumberInput.Format(value, CultureInfo.CurrentCulture);

    public static string Describe(ScoringMethod? method) => method switch
    {
        ScoringMethod.HigherIsBetter => "Higher is better",
        ScoringMethod.LowerIsBetter => "Lower is better",
        ScoringMethod.MustBeZero => "Must be zero",
        ScoringMethod.MustBeOne => "Must be one",
        ScoringMethod.Omax => "OMAX",
        _ => "",
    };

    public static string Describe(ScorecardStatus status) => status switch
    {
        ScorecardStatus.Draft => "Draft",
        ScorecardStatus.Active => "Active",
        _ => "Archived",
    };
}

public sealed class ScorecardFieldsValidator : AbstractValidator<ScorecardFields>
{
    public ScorecardFieldsValidator(IStringLocalizer<ScorecardFieldsValidator> text)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Give the scorecard a name."])
            .MaximumLength(200).WithMessage(_ => text["Keep the name under 200 characters."]);
        RuleFor(x => x.OrganisationUnit).NotEmpty().WithMessage(_ => text["Say which organisation unit the scorecard measures."])
            .MaximumLength(200).WithMessage(_ => text["Keep the organisation unit under 200 characters."]);
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage(_ => text["Keep the description under 4000 characters."]);
        RuleFor(x => x.YellowFrom).Custom((value, context) => Threshold(value, context, text["Enter the score (%) from which a KPI is yellow."],
            text["The yellow threshold is a score between 0 and {0} (%).", ScorecardForm.MaxThreshold.ToString("0", CultureInfo.CurrentCulture)]));
        RuleFor(x => x.GreenFrom).Custom((value, context) => Threshold(value, context, text["Enter the score (%) from which a KPI is green."],
            text["The green threshold is a score between 0 and {0} (%).", ScorecardForm.MaxThreshold.ToString("0", CultureInfo.CurrentCulture)]));
        RuleFor(x => x.GreenFrom)
            .Must((input, _) => ScorecardForm.Parse(input.YellowFrom) < ScorecardForm.Parse(input.GreenFrom))
            .When(x => ScorecardForm.Parse(x.YellowFrom) is not null && ScorecardForm.Parse(x.GreenFrom) is not null)
            .WithMessage(x => text["Green must start above yellow ({0} %).", x.YellowFrom.Trim()]);
        RuleFor(x => x.ScoreCap).Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (!NumberInput.TryParse(value, CultureInfo.CurrentCulture, out var cap, out var error)) context.AddFailure(error!);
            else if (cap < 100) context.AddFailure(text["A score cap is at least 100 (%); leave it empty for no cap."]);
        });
    }

    private static void Threshold(string text, ValidationContext<ScorecardFields> context, string missing, string outOfRange)
    {
        if (string.IsNullOrWhiteSpace(text))
            context.AddFailure(missing);
        else if (!NumberInput.TryParse(text, CultureInfo.CurrentCulture, out var value, out var error))
            context.AddFailure(error!);
        else if (value is < 0 or > ScorecardForm.MaxThreshold)
            context.AddFailure(outOfRange);
    }
}
