using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>
/// Import of a period's actuals from a spreadsheet: template download, upload with a preview (KPI, value, score and
/// light, row errors), then a confirmation that saves every row or none. Between preview and confirmation the file
/// waits in the data folder under imports/ with a random name; the confirmation reads it again.
/// </summary>
public sealed partial class ImportModel(ScorecardDbContext db, IValidator<EntryInput> validator, IConfiguration configuration,
    IWebHostEnvironment environment, IStringLocalizer<ImportModel> text, IStringLocalizer<EntryInputValidator> entryText) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Scorecard Scorecard { get; private set; } = null!;
    public ReportingPeriod Period { get; private set; } = null!;
    public ImportPlan? Plan { get; private set; }
    public string? Token { get; private set; }
    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int scorecardId, int periodId) =>
        await LoadAsync(scorecardId, periodId) ? Page() : NotFound();

    public async Task<IActionResult> OnGetTemplateAsync(int scorecardId, int periodId, string? format)
    {
        if (!await LoadAsync(scorecardId, periodId)) return NotFound();
        var culture = CultureInfo.CurrentCulture;
        var kpis = (await ScorecardTree.LoadAsync(db, scorecardId)).Where(n => n.IsKpi).ToList();
        var targets = await db.Targets.AsNoTracking().Where(t => t.PeriodId == periodId).ToDictionaryAsync(t => t.KpiNodeId, t => t.Value);
        var actuals = await db.Actuals.AsNoTracking().Where(a => a.PeriodId == periodId).ToDictionaryAsync(a => a.KpiNodeId);
        var name = $"actuals-{Slug(Scorecard.Name)}-{Slug(Period.Name)}";
        if (format == "csv")
        {
            var csv = ImportFile.CsvTemplate(kpis.Select(k => (IReadOnlyList<string?>)[k.KpiCode, k.Name, k.Unit,
                NumberInput.Format(targets.TryGetValue(k.Id, out var t) ? t : null, culture),
                NumberInput.Format(actuals.GetValueOrDefault(k.Id)?.Value, culture), actuals.GetValueOrDefault(k.Id)?.Comment]), culture);
            return File(csv, "text/csv; charset=utf-8", name + ".csv");
        }
        var xlsx = Xlsx.Write(Period.Name, ImportFile.Headers, kpis.Select(k => (IReadOnlyList<object?>)[k.KpiCode, k.Name, k.Unit,
            targets.TryGetValue(k.Id, out var target) ? target : null, actuals.GetValueOrDefault(k.Id)?.Value, actuals.GetValueOrDefault(k.Id)?.Comment]));
        return File(xlsx, Xlsx.ContentType, name + ".xlsx");
    }

    public async Task<IActionResult> OnPostUploadAsync(int scorecardId, int periodId, IFormFile? upload)
    {
        if (!await LoadAsync(scorecardId, periodId)) return NotFound();
        if (RefuseLocked()) return Page();
        if (upload is null || upload.Length == 0) return Problem("upload", text["Choose the file to import (.xlsx or .csv)."]);
        if (!ImportFile.IsAccepted(upload.FileName)) return Problem("upload", text["\"{0}\" is neither an Excel workbook (.xlsx) nor a CSV file (.csv).", upload.FileName]);
        if (upload.Length > ImportFile.MaxBytes) return Problem("upload", ImportFile.TooLarge(text));

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        FileName = Path.GetFileName(upload.FileName);
        Token = Guid.NewGuid().ToString("N") + ImportFile.Extension(FileName);
        var folder = ImportsFolder();
        Directory.CreateDirectory(folder);
        ForgetOldUploads(folder);
        await System.IO.File.WriteAllBytesAsync(Path.Combine(folder, Token), buffer.ToArray());
        return await PreviewAsync(buffer.ToArray(), seen: null);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int scorecardId, int periodId, string? token, string? fileName, Dictionary<int, string?>? seen)
    {
        if (!await LoadAsync(scorecardId, periodId)) return NotFound();
        if (RefuseLocked()) return Page();
        var path = token is not null && TokenShape().IsMatch(token) ? Path.Combine(ImportsFolder(), token) : null;
        if (path is null || !System.IO.File.Exists(path)) return Problem("upload", text["The uploaded file is no longer here: upload it again."]);
        (Token, FileName) = (token, Path.GetFileName(fileName ?? token));

        var versions = (seen ?? []).ToDictionary(s => s.Key, s => Guid.TryParse(s.Value, out var g) ? g : (Guid?)null);
        var content = await System.IO.File.ReadAllBytesAsync(path);
        var read = ImportFile.Read(content, FileName!, CultureInfo.CurrentCulture, text);
        if (read.Problem is not null) return Problem("upload", read.Problem);
        Plan = await ImportPlan.BuildAsync(db, validator, scorecardId, periodId, read.Rows, versions, CultureInfo.CurrentCulture, text);
        if (Plan.Errors > 0)
        {
            await Plan.PreviewAsync(db, scorecardId, periodId, text, entryText);
            return Problem("", text[Plan.Errors == 1 ? "Nothing was imported: {0} row has an error. Correct the file and upload it again."
                : "Nothing was imported: {0} rows have errors. Correct the file and upload it again.", Plan.Errors]);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var (changes, conflicts) = await EntrySave.ApplyAsync(db, periodId, Plan.KpiNodeIds, Plan.Input, ModelState, entryText);
            if (conflicts == 0)
            {
                try
                {
                    db.AuditSource = $"imported from {FileName}";
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                    System.IO.File.Delete(path);
                    StatusMessage = changes == 0
                        ? text["Nothing to import: every value in {0} is already stored for {1}.", FileName!, Period.Name]
                        : text[changes == 1 ? "Imported {0} value from {1} for {2}." : "Imported {0} values from {1} for {2}.", changes, FileName!, Period.Name];
                    return RedirectToPage("/Actuals/Enter", new { scorecardId, periodId });
                }
                catch (DbUpdateConcurrencyException) { }
            }
        }
        // Someone saved one of these KPIs after the preview: show the file against what is stored now.
        db.ChangeTracker.Clear();
        ModelState.Clear();
        Plan = await ImportPlan.BuildAsync(db, validator, scorecardId, periodId, read.Rows, seen: null, CultureInfo.CurrentCulture, text);
        await Plan.PreviewAsync(db, scorecardId, periodId, text, entryText);
        return Problem("", text["Nothing was imported: someone changed some of these actuals after your preview. Check the preview below against the values now stored and confirm again."]);
    }

    private async Task<IActionResult> PreviewAsync(byte[] content, IReadOnlyDictionary<int, Guid?>? seen)
    {
        var read = ImportFile.Read(content, FileName!, CultureInfo.CurrentCulture, text);
        if (read.Problem is not null)
        {
            System.IO.File.Delete(Path.Combine(ImportsFolder(), Token!));
            Token = null;
            return Problem("upload", read.Problem);
        }
        Plan = await ImportPlan.BuildAsync(db, validator, Scorecard.Id, Period.Id, read.Rows, seen, CultureInfo.CurrentCulture, text);
        await Plan.PreviewAsync(db, Scorecard.Id, Period.Id, text, entryText);
        return Page();
    }

    private PageResult Problem(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return Page();
    }

    private bool RefuseLocked()
    {
        if (!Period.IsLocked) return false;
        ModelState.AddModelError("", text["Period {0} is locked because its report is published: nothing was imported. An Admin can unlock it.", Period.Name]);
        return true;
    }

    private async Task<bool> LoadAsync(int scorecardId, int periodId)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId && p.ScorecardId == scorecardId);
        if (scorecard is null || period is null) return false;
        (Scorecard, Period) = (scorecard, period);
        return true;
    }

    // The same folder Program.cs writes everything to.
    private string ImportsFolder() =>
        Path.Combine(Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", environment.ContentRootPath), "imports");

    /// <summary>Previews nobody confirmed are dropped after a day, so the folder does not grow.</summary>
    private static void ForgetOldUploads(string folder)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)) file.Delete();
    }

    private static string Slug(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');

    [GeneratedRegex(@"^[0-9a-f]{32}\.(csv|xlsx)$")]
    private static partial Regex TokenShape();
}
