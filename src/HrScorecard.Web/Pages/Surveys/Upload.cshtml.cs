using System.Globalization;
using System.Text.Json;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Surveys;

/// <summary>
/// HR uploads a Likert survey for a KPI and period, previews its statistics, and on confirmation stores it and sets the
/// KPI's actual to the survey's mean — both in one save, audited with the file name.
/// </summary>
public sealed class UploadModel(ScorecardDbContext db, IValidator<UploadInput> validator, IStringLocalizer<UploadModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int NodeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PeriodId { get; set; }

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Kpi Kpi { get; private set; } = null!;
    public string KpiName { get; private set; } = "";

    /// <summary>What the upload form accepts, in the request's language.</summary>
    public string FileHelp => SurveyFile.Describe(text);
    public ReportingPeriod Period { get; private set; } = null!;
    public KpiActual? Actual { get; private set; }
    public SurveyResults? Stored { get; private set; }
    public SurveyResults? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Stored = await SurveyResults.LoadAsync(db, NodeId, PeriodId);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (RefuseLocked() || !await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var file = Input.File!;
        await using var stream = file.OpenReadStream();
        var (content, problem) = SurveyFile.Read(stream, file.FileName, text);
        if (problem is not null) return Invalid("Input.File", problem);
        try
        {
            var survey = LikertSurvey.Create(content!.Items, content.Answers);
            Preview = new SurveyResults(Path.GetFileName(file.FileName), null, null, SurveyAnalysis.Analyse(survey));
            Confirm = new ConfirmInput
            {
                FileName = Preview.FileName, Items = [.. survey.Items], AnswersJson = SurveyResults.Serialize(survey.Answers),
                ActualVersion = Actual?.Version,
            };
            ModelState.Clear(); // the confirm form shows these values, not the posted (empty) ones
            return Page();
        }
        catch (DomainValidationException e)
        {
            return Invalid("Input.File", e.Message);
        }
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (RefuseLocked()) return Page();
        LikertSurvey survey;
        try
        {
            survey = SurveyResults.Survey(Confirm.Items, Confirm.AnswersJson);
        }
        catch (Exception e) when (e is DomainValidationException or JsonException)
        {
            return Invalid("", text["The previewed survey did not come back intact; upload the file again."]);
        }
        var statistics = SurveyAnalysis.Analyse(survey);

        var actual = await db.Actuals.SingleOrDefaultAsync(a => a.KpiNodeId == NodeId && a.PeriodId == PeriodId);
        if (actual?.Version != Confirm.ActualVersion) return Conflict(actual);
        if (actual is null) db.Actuals.Add(new KpiActual { KpiNodeId = NodeId, PeriodId = PeriodId, Value = statistics.Mean });
        else actual.Value = statistics.Mean;

        var upload = await db.SurveyUploads.SingleOrDefaultAsync(s => s.KpiNodeId == NodeId && s.PeriodId == PeriodId);
        var replaced = upload?.FileName;
        if (upload is null) db.SurveyUploads.Add(upload = new SurveyUpload { KpiNodeId = NodeId, PeriodId = PeriodId });
        upload.FileName = Path.GetFileName(Confirm.FileName) is { Length: > 0 and <= 260 } name ? name : "survey";
        upload.UploadedAt = DateTime.UtcNow;
        upload.UploadedBy = User.Identity?.Name ?? "";
        upload.ItemNames = [.. survey.Items];
        upload.AnswersJson = SurveyResults.Serialize(survey.Answers);
        upload.Mean = statistics.Mean;
        var mean = statistics.Mean.ToString("0.###", CultureInfo.InvariantCulture);
        db.AuditEntries.Add(new AuditEntry
        {
            At = upload.UploadedAt, User = upload.UploadedBy, ScorecardId = Kpi.ScorecardId, NodeId = NodeId, PeriodId = PeriodId,
            Entity = nameof(SurveyUpload), Field = replaced is null ? "uploaded" : "replaced", OldValue = replaced,
            NewValue = $"{upload.FileName}: {statistics.Respondents} respondents × {survey.Items.Count} items, mean {mean}",
        });
        try
        {
            await db.SaveChangesAsync(); // one save: survey, actual and audit rows in one transaction
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict(await db.Actuals.AsNoTracking().SingleOrDefaultAsync(a => a.KpiNodeId == NodeId && a.PeriodId == PeriodId));
        }
        StatusMessage = text["Survey \"{0}\" stored: the actual of {1} for {2} is now {3}.", upload.FileName, Kpi.Code, Period.Name,
            statistics.Mean.ToString("0.###", CultureInfo.CurrentCulture)];
        return RedirectToPage(new { nodeId = NodeId, periodId = PeriodId });
    }

    private async Task<bool> LoadAsync()
    {
        var node = await db.Nodes.AsNoTracking().Include(n => n.Kpi).SingleOrDefaultAsync(n => n.Id == NodeId);
        var period = node?.Kpi is null ? null : await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PeriodId && p.ScorecardId == node.ScorecardId);
        if (node?.Kpi is null || period is null) return false;
        (Kpi, KpiName, Period) = (node.Kpi, node.Name, period);
        Actual = await db.Actuals.AsNoTracking().SingleOrDefaultAsync(a => a.KpiNodeId == NodeId && a.PeriodId == PeriodId);
        return true;
    }

    private bool RefuseLocked()
    {
        if (!Period.IsLocked) return false;
        ModelState.AddModelError("", text["Period {0} is locked because its report is published: nothing was stored. An Admin can unlock it.", Period.Name]);
        return true;
    }

    private PageResult Invalid(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return Page();
    }

    private PageResult Conflict(KpiActual? current)
    {
        Actual = current;
        var shown = current?.Value is { } v ? NumberInput.Format(v, CultureInfo.CurrentCulture) : text["none"];
        return Invalid("", text["Nothing was stored: someone changed the actual of {0} for {1} since the preview (current value {2}). Upload the file again to replace it.", Kpi.Code, Period.Name, shown]);
    }
}
