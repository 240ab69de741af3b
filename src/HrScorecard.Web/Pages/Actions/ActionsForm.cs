using System.Globalization;
using FluentValidation;
using HrScorecard.Web.Data;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actions;

/// <summary>The root cause of a KPI in a period and its improvement actions, as the Edit form posts them.</summary>
public sealed class ActionsInput
{
    public string? RootCause { get; set; }
    public Guid? RootCauseVersion { get; set; }
    public List<ActionInput> Actions { get; set; } = [];
    /// <summary>An extra blank row for a new action; ignored while left blank.</summary>
    public ActionInput NewAction { get; set; } = new();
}

public sealed class ActionInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    /// <summary>yyyy-MM-dd (what a date input posts) or a date in the user's culture.</summary>
    public string? DueDate { get; set; }
    public string Status { get; set; } = nameof(ActionStatus.Planned);

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(DueDate);

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && !DateOnly.TryParse(text.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out parsed))
            return false;
        date = parsed;
        return true;
    }

    public static ActionInput From(ImprovementAction a) => new()
    {
        Id = a.Id, Version = a.Version, Description = a.Description, Owner = a.Owner,
        DueDate = a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Status = a.Status.ToString(),
    };

    public void ApplyTo(ImprovementAction a)
    {
        a.Description = Description!.Trim();
        a.Owner = Owner!.Trim();
        a.DueDate = TryParseDate(DueDate, out var due) ? due : null;
        a.Status = Enum.Parse<ActionStatus>(Status);
    }
}

public sealed class ActionInputValidator : AbstractValidator<ActionInput>
{
    public ActionInputValidator(IStringLocalizer<ActionsInput> text)
    {
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => text["Describe what will be done."])
            .MaximumLength(2000).WithMessage(_ => text["Keep the description under 2,000 characters."]);
        RuleFor(x => x.Owner).NotEmpty().WithMessage(_ => text["Name who is responsible."])
            .MaximumLength(200).WithMessage(_ => text["Keep the owner under 200 characters."]);
        RuleFor(x => x.DueDate).Must(d => ActionInput.TryParseDate(d, out _))
            .WithMessage(x => text["\"{0}\" is not a date. Write it as 2026-12-31 (year-month-day).", x.DueDate ?? ""]);
        RuleFor(x => x.Status).Must(s => Enum.TryParse<ActionStatus>(s, out var v) && Enum.IsDefined(v) && !int.TryParse(s, out _))
            .WithMessage(_ => text["Choose planned, in progress or done."]);
    }
}

public sealed class ActionsInputValidator : AbstractValidator<ActionsInput>
{
    public ActionsInputValidator(IStringLocalizer<ActionsInput> text)
    {
        RuleFor(x => x.RootCause).MaximumLength(4000).WithMessage(_ => text["Keep the root cause under 4,000 characters."]);
        RuleForEach(x => x.Actions).SetValidator(new ActionInputValidator(text));
        RuleFor(x => x.NewAction).SetValidator(new ActionInputValidator(text)).When(x => !x.NewAction.IsBlank);
    }
}
