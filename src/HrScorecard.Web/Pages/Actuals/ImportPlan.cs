using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>A row of the file as the preview shows it: its KPI, the value read, what it replaces, or why it cannot be imported.</summary>
public sealed record ImportLine(int Row, string? Code, int? NodeId, string? KpiName, string? Unit, string? ActualText, double? Value,
    double? Stored, string? Comment, bool Changes, string? Error)
{
    public double? Score { get; init; }
    public TrafficLight Light { get; init; } = TrafficLight.NoData;
}

/// <summary>
/// An uploaded file matched against a scorecard's KPIs for a period: one line per row, and the rows that would be
/// saved as the data entry page's <see cref="EntryInput"/>, so saving and validating follow the same rules as typing
/// the values in (<see cref="EntryInputValidator"/>, <see cref="EntrySave"/>). A row without an actual is left out:
/// it keeps the stored value; an empty comment keeps the stored comment.
/// </summary>
public sealed class ImportPlan
{
    /// <summary>Beyond any HR figure (Rupiah included): such a value is a typing or export error.</summary>
    public const double MaxMagnitude = 1e12;

public IReadOnlyList<ImportLine> Lines { get; private set; } = [];
    public EntryInput Input { get; } = new();
    public ScorecardResult? Result { get; private set; }
    public string? EvaluationError { get; private set; }

    public int Errors => Lines.Count(l => l.Error is not null);
    public int Changes => Lines.Count(l => l.Error is null && l.Changes);
    public IReadOnlyList<int> KpiNodeIds => [.. Input.Rows.Select(r => r.KpiNodeId)];

    /// <param name="seen">The versions of the stored actuals shown in the preview (by KPI node); null at upload, when the current ones are used.</param>
    public static async Task<ImportPlan> BuildAsync(ScorecardDbContext db, IValidator<EntryInput> validator, int scorecardId, int periodId,
        IReadOnlyList<ImportRow> rows, IReadOnlyDictionary<int, Guid?>? seen, CultureInfo culture, IStringLocalizer<ImportModel> text)
    {
        var kpis = (await ScorecardTree.LoadAsync(db, scorecardId)).Where(n => n.IsKpi)
            .DistinctBy(n => n.KpiCode, StringComparer.OrdinalIgnoreCase).ToDictionary(n => n.KpiCode!, StringComparer.OrdinalIgnoreCase);
        var targets = await db.Targets.AsNoTracking().Where(t => t.PeriodId == periodId && t.Kpi!.ScorecardId == scorecardId).ToDictionaryAsync(t => t.KpiNodeId);
        var actuals = await db.Actuals.AsNoTracking().Where(a => a.PeriodId == periodId && a.Kpi!.ScorecardId == scorecardId).ToDictionaryAsync(a => a.KpiNodeId);
        var rowsOfCode = rows.Where(r => r.Code is not null).ToLookup(r => r.Code!, StringComparer.OrdinalIgnoreCase);

        var plan = new ImportPlan();
        var lines = new List<ImportLine>();
        var candidates = new List<(int Line, EntryRowInput Row)>();
        foreach (var row in rows)
        {
            var kpi = row.Code is { } code ? kpis.GetValueOrDefault(code) : null;
            var stored = kpi is null ? null : actuals.GetValueOrDefault(kpi.Id);
            var line = new ImportLine(row.Row, row.Code, kpi?.Id, kpi?.Name, kpi?.Unit, row.Actual, null, stored?.Value, row.Comment, false, null);
            if (row.Code is null) line = line with { Error = text["No KPI code in this row."] };
            else if (kpi is null) line = line with { Error = text["Unknown KPI code \"{0}\": this scorecard has {1}.", row.Code, string.Join(", ", kpis.Keys.Order())] };
            else if (rowsOfCode[row.Code].Count() > 1)
                line = line with { Error = text["{0} appears in rows {1}: keep one row per KPI.", kpi.KpiCode!, string.Join(", ", rowsOfCode[row.Code].Select(r => r.Row))] };
            else if (row.Actual is not null)
            {
                var target = targets.GetValueOrDefault(kpi.Id);
                candidates.Add((lines.Count, new EntryRowInput
                {
                    KpiNodeId = kpi.Id,
                    // The stored target written so that it reads back exactly: the import never changes targets.
                    Target = target?.Value.ToString("R", culture),
                    TargetVersion = target?.Version,
                    Actual = row.Actual,
                    Comment = row.Comment ?? stored?.Comment,
                    ActualVersion = seen is null ? stored?.Version : seen.GetValueOrDefault(kpi.Id),
                }));
            }
            lines.Add(line);
        }

        var check = await validator.ValidateAsync(new EntryInput { Rows = [.. candidates.Select(c => c.Row)] });
        var invalid = check.Errors.GroupBy(e => IndexOf(e.PropertyName)).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.ErrorMessage)));
        for (var i = 0; i < candidates.Count; i++)
        {
            var (index, row) = candidates[i];
            if (invalid.TryGetValue(i, out var message))
            {
                lines[index] = lines[index] with { Error = message };
                continue;
            }
            var value = EntryInputValidator.Parse(row.Actual)!.Value;
            var stored = actuals.GetValueOrDefault(row.KpiNodeId);
            lines[index] = lines[index] with
            {
                Value = value,
                Comment = row.Comment,
                Changes = value != stored?.Value || row.Comment != stored?.Comment,
                Error = Implausible(value, lines[index].Unit ?? "", culture, text),
            };
            if (lines[index].Error is null) plan.Input.Rows.Add(row);
        }
        plan.Lines = lines;
        return plan;
    }

    /// <summary>
    /// Scores and lights as they would be after the import: the rows are saved inside a transaction that is rolled back,
    /// and <see cref="ScorecardCalculation"/> evaluates the period in between — the same numbers the dashboard will show.
    /// </summary>
    public async Task PreviewAsync(ScorecardDbContext db, int scorecardId, int periodId, IStringLocalizer<ImportModel> text,
        IStringLocalizer<EntryInputValidator> entryText)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            try
            {
                var (_, conflicts) = await EntrySave.ApplyAsync(db, periodId, KpiNodeIds, Input, new ModelStateDictionary(), entryText);
                if (conflicts == 0) await db.SaveChangesAsync();
                Result = await ScorecardCalculation.EvaluateAsync(db, scorecardId, periodId);
            }
            catch (DomainValidationException e) { EvaluationError = e.Message; }
            // Someone saved these KPIs a moment ago: the preview goes without scores, the confirmation will say so.
            catch (DbUpdateConcurrencyException) { EvaluationError = text["someone is saving these actuals right now; upload the file again."]; }
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        if (Result is null) return;
        Lines = [.. Lines.Select(l => l.NodeId is { } id && l.Error is null && Result.ByNodeId.GetValueOrDefault(id) is { } e
            ? l with { Score = e.Score, Light = e.Light } : l)];
    }

    private static string? Implausible(double value, string unit, CultureInfo culture, IStringLocalizer text)
    {
        var shown = NumberInput.Format(value, culture);
        if (Math.Abs(value) > MaxMagnitude) return text["{0} is beyond any plausible value (more than 10^12): check the number.", shown];
        // Percentages, counts and amounts of HR KPIs (turnover, absence, hires, complaints, costs) are never negative.
        if (value < 0 && (unit.Contains('%', StringComparison.Ordinal) || unit.Equals("count", StringComparison.OrdinalIgnoreCase)
                          || unit.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)))
            return text["{0} is negative, which a KPI measured in {1} cannot be.", shown, unit];
        return null;
    }

    private static int IndexOf(string propertyName)
    {
        var open = propertyName.IndexOf('[', StringComparison.Ordinal);
        var close = propertyName.IndexOf(']', StringComparison.Ordinal);
        return open >= 0 && close > open && int.TryParse(propertyName.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture, out var i) ? i : -1;
    }
}
