using System.Text.Json;
using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Surveys;

/// <summary>A stored (or previewed) survey with its statistics, as the KPI page, the upload preview and the PDF show it.</summary>
public sealed record SurveyResults(string FileName, DateTime? UploadedAt, string? UploadedBy, SurveyStatistics Statistics)
{
    public static string Serialize(IReadOnlyList<IReadOnlyList<int>> answers) => JsonSerializer.Serialize(answers);

    /// <summary>The survey rebuilt from stored answers (validated again, so a hand-edited row cannot slip through).</summary>
    public static LikertSurvey Survey(IReadOnlyList<string> items, string answersJson) =>
        LikertSurvey.Create(items, JsonSerializer.Deserialize<List<List<int>>>(answersJson) is { } rows
            ? [.. rows.Select(r => (IReadOnlyList<int>)r)]
            : []);

    public static SurveyResults Of(SurveyUpload upload) =>
        new(upload.FileName, upload.UploadedAt, upload.UploadedBy, SurveyAnalysis.Analyse(Survey(upload.ItemNames, upload.AnswersJson)));

    /// <summary>The survey stored for a KPI and period, if any.</summary>
    public static async Task<SurveyResults?> LoadAsync(ScorecardDbContext db, int kpiNodeId, int? periodId, CancellationToken cancellationToken = default)
    {
        if (periodId is null) return null;
        var upload = await db.SurveyUploads.AsNoTracking()
            .SingleOrDefaultAsync(s => s.KpiNodeId == kpiNodeId && s.PeriodId == periodId, cancellationToken);
        return upload is null ? null : Of(upload);
    }

    /// <summary>
    /// "0.729 (acceptable)", or why there is no α; the words in the current UI language with <paramref name="text"/>,
    /// English without. The verdict itself ("acceptable") is the domain's word.
    /// </summary>
    public string AlphaText(IFormatProvider culture, IStringLocalizer<SurveyResults>? text = null) => Statistics.CronbachAlpha is { } alpha
        ? $"{alpha.ToString("0.000", culture)} ({SurveyAnalysis.Describe(Statistics.Verdict!.Value)})"
        : Say(text, "cannot be computed");

    /// <summary>Whether an item measures what the others do (r above r critical), in the current UI language with <paramref name="text"/>.</summary>
    public static string Validity(SurveyItemStatistics item, IStringLocalizer<SurveyResults>? text = null) => Say(text, item.IsValid switch
    {
        true => "Valid",
        false => "Not valid",
        null => "Not computable",
    });

    private static string Say(IStringLocalizer<SurveyResults>? text, string english, params object[] arguments) =>
        text is null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, english, arguments) : text[english, arguments].Value;
}
