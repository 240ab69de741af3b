using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Surveys;

/// <summary>The file chosen on the upload form.</summary>
public sealed class UploadInput
{
    public IFormFile? File { get; set; }
}

public sealed class UploadInputValidator : AbstractValidator<UploadInput>
{
    public UploadInputValidator(IStringLocalizer<UploadInputValidator> text)
    {
        RuleFor(x => x.File).NotNull().WithMessage(_ => text["Choose the survey file (XLSX or CSV) to upload."])
            .Must(f => f!.Length > 0).WithMessage(_ => text["The chosen file is empty."])
            .Must(f => f!.Length <= SurveyFile.MaxBytes)
            .WithMessage(f => text["The file is {0:0.0} MB; at most {1} MB are accepted.", f.File!.Length / 1024.0 / 1024.0, SurveyFile.MaxBytes / (1024 * 1024)])
            .Must(f => Path.GetExtension(f!.FileName).ToLowerInvariant() is ".csv" or ".xlsx")
            .WithMessage(_ => text["Upload a .csv or .xlsx file (Excel: File → Save As → Excel Workbook or CSV UTF-8)."]);
    }
}

/// <summary>What the preview hands to the confirm step: the parsed survey, and the actual's version it was previewed against.</summary>
public sealed class ConfirmInput
{
    public string FileName { get; set; } = "";
    public List<string> Items { get; set; } = [];
    public string AnswersJson { get; set; } = "[]";
    /// <summary>Null when the period had no actual for this KPI at preview time.</summary>
    public Guid? ActualVersion { get; set; }
}
