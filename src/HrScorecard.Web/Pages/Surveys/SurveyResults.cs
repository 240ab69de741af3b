using System.Text.Json;
using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>"0.729 (acceptable)", or why there is no α.</summary>
    public string AlphaText(IFormatProvider culture) => Statistics.CronbachAlpha is { } alpha
        ? $"{alpha.ToString("0.000", culture)} ({SurveyAnalysis.Describe(Statistics.Verdict!.Value)})"
        : "not computable";

    public static string Validity(SurveyItemStatistics item) => item.IsValid switch
    {
        true => "Valid",
        false => "Not valid",
        null => "Not computable",
    };
}
