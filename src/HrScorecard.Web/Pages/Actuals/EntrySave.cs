using System.Globalization;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>
/// Applies the posted rows of one period to the tracked targets and actuals. Only values that differ from what is
/// stored are written; a row whose stored version is no longer the one the user loaded is a conflict, reported next
/// to its field with the current value — the caller then saves nothing. The rows are loaded tracked, so the version
/// read here is also the concurrency token of the write: a change made between this read and the save fails it.
/// </summary>
public static class EntrySave
{
    public static async Task<(int Changes, int Conflicts)> ApplyAsync(ScorecardDbContext db, int periodId,
        IReadOnlyCollection<int> kpiNodeIds, EntryInput input, ModelStateDictionary modelState, IStringLocalizer<EntryInputValidator> text,
        IReadOnlySet<int>? computed = null)
    {
        var targets = await db.Targets.Where(t => t.PeriodId == periodId && kpiNodeIds.Contains(t.KpiNodeId)).ToDictionaryAsync(t => t.KpiNodeId);
        var actuals = await db.Actuals.Where(a => a.PeriodId == periodId && kpiNodeIds.Contains(a.KpiNodeId)).ToDictionaryAsync(a => a.KpiNodeId);
        int changes = 0, conflicts = 0;
        var seen = new HashSet<int>();
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            if (!kpiNodeIds.Contains(row.KpiNodeId) || !seen.Add(row.KpiNodeId)) continue;

            var target = targets.GetValueOrDefault(row.KpiNodeId);
            var postedTarget = EntryInputValidator.Parse(row.Target);
            if (postedTarget != target?.Value)
            {
                if (row.TargetVersion != target?.Version)
                {
                    Conflict($"Input.Rows[{i}].Target", Show(target?.Value, text));
                    row.TargetVersion = target?.Version;
                }
                else if (target is null) db.Targets.Add(new KpiTarget { KpiNodeId = row.KpiNodeId, PeriodId = periodId, Value = postedTarget!.Value });
                else if (postedTarget is null) db.Targets.Remove(target);
                else target.Value = postedTarget.Value;
                changes++;
            }

            var actual = actuals.GetValueOrDefault(row.KpiNodeId);
            // A computed actual is written by the monthly-data page only; its comment stays editable here.
            var postedActual = computed?.Contains(row.KpiNodeId) == true ? actual?.Value : EntryInputValidator.Parse(row.Actual);
            var postedComment = string.IsNullOrWhiteSpace(row.Comment) ? null : row.Comment.Trim();
            if (postedActual != actual?.Value || postedComment != actual?.Comment)
            {
                if (row.ActualVersion != actual?.Version)
                {
                    Conflict($"Input.Rows[{i}].Actual",
                        Show(actual?.Value, text) + (actual?.Comment is { } comment ? text[" (comment: \"{0}\")", comment] : ""));
                    row.ActualVersion = actual?.Version;
                }
                else if (actual is null) db.Actuals.Add(new KpiActual { KpiNodeId = row.KpiNodeId, PeriodId = periodId, Value = postedActual, Comment = postedComment });
                else
                {
                    actual.Value = postedActual;
                    actual.Comment = postedComment;
                }
                changes++;
            }
        }
        return (changes, conflicts);

        void Conflict(string key, string current)
        {
            conflicts++;
            modelState.AddModelError(key,
                text["Changed by someone else since you opened this page: current value {0}. Your value is kept here; save again to replace it.", current]);
        }
    }

    private static string Show(double? value, IStringLocalizer text) => value is { } v ? NumberInput.Format(v, CultureInfo.CurrentCulture) : text["none"];
}
