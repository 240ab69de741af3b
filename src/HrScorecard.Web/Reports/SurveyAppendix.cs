using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Surveys;
using HrScorecard.Web.Reports.Layout;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Reports;

/// <summary>A survey KPI of the reported period with the statistics of its stored survey.</summary>
public sealed record ReportSurvey(string KpiCode, string KpiName, SurveyResults Results);

/// <summary>
/// The appendix on the surveys behind survey KPIs: per KPI the mean, Cronbach's α with its verdict, warnings, and per
/// item mean, distribution and validity (r against r_critical). Nothing is drawn when the period has no surveys.
/// </summary>
public static class SurveyAppendix
{
    private static readonly TextStyle Body = new(9.5f);
    private static readonly TextStyle Muted = new(9, Color: new SkiaSharp.SKColor(0x61, 0x61, 0x61));

    public static async Task<IReadOnlyList<ReportSurvey>> LoadAsync(ScorecardDbContext db, int scorecardId, int periodId,
        CancellationToken cancellationToken = default)
    {
        var uploads = await db.SurveyUploads.AsNoTracking().Include(s => s.Kpi).ThenInclude(k => k!.Node)
            .Where(s => s.PeriodId == periodId && s.Kpi!.ScorecardId == scorecardId)
            .ToListAsync(cancellationToken);
        return [.. uploads.OrderBy(u => u.Kpi!.Code, StringComparer.OrdinalIgnoreCase)
            .Select(u => new ReportSurvey(u.Kpi!.Code, u.Kpi.Node?.Name ?? "", SurveyResults.Of(u)))];
    }

    public static void Draw(ReportDocument document, ReportFormat format, IReadOnlyList<ReportSurvey> surveys)
    {
        if (surveys.Count == 0) return;
        document.NewPage();
        document.Heading(format["Appendix: survey KPIs"]);
        document.Text(format["A survey KPI's actual is the mean answer on the 1–5 Likert scale (the mean of the respondents' item means). " +
                      "An item is valid when its Pearson r with the total score exceeds r critical (df = N − 2, two-tailed 5 %). " +
                      "Cronbach's α measures whether the items form one scale (George & Mallery: ≥ 0.9 excellent, ≥ 0.8 good, " +
                      "≥ 0.7 acceptable, ≥ 0.6 questionable, ≥ 0.5 poor, below unacceptable)."], Body, spaceAfter: 8);
        foreach (var survey in surveys)
        {
            var s = survey.Results.Statistics;
            document.Heading($"{survey.KpiCode} · {survey.KpiName}", size: 11, keepWithNext: 110);
            document.Text(format["{0}: {1} respondents, {2} items. Mean {3}; Cronbach's α {4}; r critical {5}", survey.Results.FileName,
                              s.Respondents.ToString(format.Culture), s.Items.Count.ToString(format.Culture),
                              format.Ratio(s.Mean), survey.Results.AlphaText(format.Culture, format.TextsOf<SurveyResults>()), format.Ratio(s.CriticalR)] +
                          (s.CriticalR is null ? "." : $" (df = {s.DegreesOfFreedom})."), Body, spaceAfter: 4);
            foreach (var warning in s.Warnings) document.Text("• " + warning, Muted, spaceAfter: 2);
            document.Table(
                [new(format["Item"], 26), new(format["Mean"], 9, CellAlign.Right), .. Enumerable.Range(LikertSurvey.Lowest, LikertSurvey.Highest)
                    .Select(a => new TableColumn(a.ToString(format.Culture), 6, CellAlign.Right)),
                 new("r", 9, CellAlign.Right), new(format["Validity"], 14)],
                s.Items.Select(i => (IReadOnlyList<TableCell>)
                [
                    i.Name, i.Mean.ToString("0.00", format.Culture), .. i.Distribution.Select(c => new TableCell(c.ToString(format.Culture))),
                    format.Ratio(i.ItemTotalCorrelation), SurveyResults.Validity(i, format.TextsOf<SurveyResults>()),
                ]));
            document.Space(6);
        }
    }
}
