using System.Globalization;
using System.Net;
using HrScorecard.Domain.Scoring;
using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Reports;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Surveys;

/// <summary>
/// Pages/Surveys/Upload: a Likert survey for CUS-3 "Job satisfaction index" (higher is better, 2024 target 4.5, actual
/// 4.82 before the upload) is previewed, confirmed, and becomes the KPI's actual; its statistics show on the KPI page
/// and in the PDF.
/// </summary>
public class SurveyUploadTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    // Independent of the app: every answer summed, divided by N·k (with a complete matrix, the mean of respondents' means).
    private static readonly double ExpectedMean = SurveyFiles.Answers.Sum(r => r.Sum()) / (double)(SurveyFiles.Answers.Length * SurveyFiles.Items.Length);

    private async Task<(HttpClient Client, TestScorecard Scorecard, int NodeId)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Survey {name} {Guid.NewGuid():N}");
        return (await factory.SignedInAsAsync("HR"), scorecard, scorecard.Kpi("CUS-3"));
    }

    private Task<KpiActual?> ActualAsync(int nodeId, int periodId) =>
        factory.QueryAsync(db => db.Actuals.AsNoTracking().SingleOrDefaultAsync(a => a.KpiNodeId == nodeId && a.PeriodId == periodId));

    private Task<SurveyUpload?> StoredAsync(int nodeId, int periodId) =>
        factory.QueryAsync(db => db.SurveyUploads.AsNoTracking().SingleOrDefaultAsync(s => s.KpiNodeId == nodeId && s.PeriodId == periodId));

    [Fact]
    public async Task A_CSV_survey_is_previewed_without_storing_anything_and_confirming_sets_the_actual_to_its_mean()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("csv");
        var page = await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId);

        var preview = await page.PreviewAsync("satisfaction 2024.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));

        Assert.Equal(ExpectedMean.ToString("0.000", EnUs), preview.Text("#survey-mean"));
        Assert.Null(await StoredAsync(nodeId, scorecard.EarlierPeriodId));
        Assert.Equal(4.82, (await ActualAsync(nodeId, scorecard.EarlierPeriodId))!.Value);

        var response = await preview.ConfirmAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var actual = await ActualAsync(nodeId, scorecard.EarlierPeriodId);
        Assert.Equal(ExpectedMean, actual!.Value!.Value, 12);
        var stored = await StoredAsync(nodeId, scorecard.EarlierPeriodId);
        Assert.Equal(("satisfaction 2024.csv", "hr@demo.local"), (stored!.FileName, stored.UploadedBy));
        Assert.Equal(SurveyFiles.Items, stored.ItemNames);
        // The score of the new actual, as every page computes it, is the domain rule's score of the mean.
        var result = await factory.QueryAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecard.Id, scorecard.EarlierPeriodId));
        Assert.Equal(new KpiScoringRule(ScoringMethod.HigherIsBetter, 4.5).Score(ExpectedMean), result.ByNodeId[nodeId].Score!.Value, 9);

        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.NodeId == nodeId && a.PeriodId == scorecard.EarlierPeriodId).ToListAsync());
        Assert.Contains(audit, a => a is { Entity: "SurveyUpload", Field: "uploaded", User: "hr@demo.local" }
                                    && a.NewValue!.StartsWith("satisfaction 2024.csv: 22 respondents × 4 items", StringComparison.Ordinal));
        Assert.Contains(audit, a => a is { Entity: "KpiActual", Field: "Value", OldValue: "4.82" } && a.NewValue == ExpectedMean.ToString("G15", CultureInfo.InvariantCulture));
        var after = await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId);
        Assert.Contains("Survey \"satisfaction 2024.csv\" stored", after.Text("#status-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_XLSX_survey_gives_the_same_mean_and_a_new_upload_replaces_the_stored_one()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("xlsx");
        var first = await (await UploadPage.OpenAsync(client, nodeId, scorecard.LaterPeriodId))
            .PreviewAsync("first.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers.Take(10), ';', bom: true));
        Assert.Equal(HttpStatusCode.Redirect, (await first.ConfirmAsync()).StatusCode);

        var page = await UploadPage.OpenAsync(client, nodeId, scorecard.LaterPeriodId);
        var preview = await page.PreviewAsync("satisfaction.xlsx", SurveyFiles.Xlsx(SurveyFiles.Items, SurveyFiles.Answers));
        Assert.Equal(ExpectedMean.ToString("0.000", EnUs), preview.Text("#survey-mean"));
        Assert.Equal(HttpStatusCode.Redirect, (await preview.ConfirmAsync()).StatusCode);

        Assert.Equal(ExpectedMean, (await ActualAsync(nodeId, scorecard.LaterPeriodId))!.Value!.Value, 12);
        var stored = await StoredAsync(nodeId, scorecard.LaterPeriodId);
        Assert.Equal(("satisfaction.xlsx", ExpectedMean), (stored!.FileName, stored.Mean));
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.NodeId == nodeId).ToListAsync()),
            a => a is { Entity: "SurveyUpload", Field: "replaced", OldValue: "first.csv" });
    }

    [Fact]
    public async Task The_KPI_page_shows_item_statistics_validity_and_alpha_as_the_domain_computes_them()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("kpi page");
        var preview = await (await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId))
            .PreviewAsync("s.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));
        await preview.ConfirmAsync();
        var expected = SurveyAnalysis.Analyse(LikertSurvey.Create(SurveyFiles.Items, [.. SurveyFiles.Answers.Select(r => (IReadOnlyList<int>)r)]));

        var kpiPage = await HtmlForm.GetPageAsync(client, $"/Dashboard/Kpi?nodeId={nodeId}&periodId={scorecard.EarlierPeriodId}");

        var alpha = kpiPage.QuerySelector("#survey-alpha")!.TextContent.Trim();
        Assert.Equal($"{expected.CronbachAlpha!.Value.ToString("0.000", EnUs)} ({SurveyAnalysis.Describe(expected.Verdict!.Value)})", alpha);
        Assert.Contains("0.423", kpiPage.QuerySelector("#survey-items caption")!.TextContent, StringComparison.Ordinal); // r_crit(df = 20) = 0.4227
        Assert.Contains("df = 20", kpiPage.QuerySelector("#survey-items caption")!.TextContent, StringComparison.Ordinal);
        foreach (var item in expected.Items)
        {
            var row = kpiPage.QuerySelector($"#survey-items tr[data-item='{item.Name}']")!;
            Assert.Equal(item.Mean.ToString("0.00", EnUs), row.QuerySelector(".item-mean")!.TextContent.Trim());
            Assert.Equal(item.Distribution.Select(c => c.ToString(EnUs)), row.QuerySelectorAll(".item-count").Select(c => c.TextContent.Trim()));
            Assert.Equal(item.ItemTotalCorrelation!.Value.ToString("0.000", EnUs), row.QuerySelector(".item-r")!.TextContent.Trim());
            Assert.Equal(item.IsValid == true ? "Valid" : "Not valid", row.QuerySelector(".item-validity")!.TextContent.Trim());
        }
        Assert.Equal([true, true, true, false], expected.Items.Select(i => i.IsValid)); // the data set is built that way
        Assert.Equal(ReliabilityVerdict.Questionable, expected.Verdict);
        Assert.Contains("Only 22 respondents", kpiPage.QuerySelector("#survey-warnings")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PDF_report_has_a_survey_appendix()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("pdf");
        var preview = await (await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId))
            .PreviewAsync("pdf survey.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));
        await preview.ConfirmAsync();
        var expected = SurveyAnalysis.Analyse(LikertSurvey.Create(SurveyFiles.Items, [.. SurveyFiles.Answers.Select(r => (IReadOnlyList<int>)r)]));

        var pdf = await ReportPdf.GetAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        var appendix = pdf.Pages.Single(p => p.Contains("Appendix: survey KPIs", StringComparison.Ordinal));
        Assert.Contains("CUS-3 · Job satisfaction index", appendix, StringComparison.Ordinal);
        Assert.Contains($"Cronbach's α {expected.CronbachAlpha!.Value.ToString("0.000", EnUs)}", appendix, StringComparison.Ordinal);
        Assert.Contains("r critical 0.423 (df = 20)", appendix, StringComparison.Ordinal);
        Assert.Contains("Recognises work", appendix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad value.csv", "Q1,Q2\n1,2\n3,7\n", "Row 3, column B (\"Q2\"): \"7\" is not an answer on the scale")]
    [InlineData("text.csv", "Q1,Q2\n1,2\n3,agree\n", "Row 3, column B (\"Q2\"): \"agree\" is not an answer on the scale")]
    [InlineData("empty cell.csv", "Q1;Q2\n1;2\n;4\n", "Row 3, column A (\"Q1\"): the answer is empty")]
    [InlineData("no header name.csv", "Q1,,Q3\n1,2,3\n", "Row 1, column B: the item name is empty")]
    [InlineData("duplicate.csv", "Q1,q1\n1,2\n", "the item name \"q1\" appears twice")]
    [InlineData("header only.csv", "Q1,Q2\n", "no respondents")]
    [InlineData("quotes.csv", "Q1,Q2\n\"1,2\n", "could not be read as CSV")]
    [InlineData("not really.xlsx", "Q1,Q2\n1,2\n", "could not be read as an Excel workbook")]
    [InlineData("answers.txt", "Q1,Q2\n1,2\n", "Upload a .csv or .xlsx file")]
    public async Task A_malformed_file_is_explained_next_to_the_file_field_and_nothing_is_stored(string fileName, string content, string message)
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("malformed");
        var page = await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId);

        var answer = await page.PreviewAsync(fileName, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Contains(message, answer.FileError, StringComparison.Ordinal);
        Assert.Null(answer.Document.QuerySelector("#confirm-form"));
        Assert.Null(await StoredAsync(nodeId, scorecard.EarlierPeriodId));
        Assert.Equal(4.82, (await ActualAsync(nodeId, scorecard.EarlierPeriodId))!.Value);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_or_with_too_many_respondents_is_refused_with_a_message()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("limits");
        var page = await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId);

        var tooBig = await page.PreviewAsync("big.csv", new byte[2 * 1024 * 1024 + 1]);
        var tooMany = await page.PreviewAsync("many.csv", SurveyFiles.Csv(["Q1"], Enumerable.Range(0, 5001).Select(i => new[] { 1 + i % 5 })));

        Assert.Contains("at most 2 MB are accepted", tooBig.FileError, StringComparison.Ordinal);
        Assert.Contains("more than 5000 respondents", tooMany.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_period_refuses_the_survey_and_keeps_its_actual()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("locked");
        var preview = await (await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId))
            .PreviewAsync("s.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));
        await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, true)));

        var response = await preview.ConfirmAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is locked because its report is published", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await StoredAsync(nodeId, scorecard.EarlierPeriodId));
        Assert.Equal(4.82, (await ActualAsync(nodeId, scorecard.EarlierPeriodId))!.Value);
    }

    [Fact]
    public async Task An_actual_changed_since_the_preview_is_not_overwritten_and_its_current_value_is_shown()
    {
        var (client, scorecard, nodeId) = await ArrangeAsync("conflict");
        var preview = await (await UploadPage.OpenAsync(client, nodeId, scorecard.EarlierPeriodId))
            .PreviewAsync("s.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));
        await factory.QueryAsync(async db =>
        {
            var actual = await db.Actuals.SingleAsync(a => a.KpiNodeId == nodeId && a.PeriodId == scorecard.EarlierPeriodId);
            actual.Value = 4.1;
            return await db.SaveChangesAsync();
        });

        var response = await preview.ConfirmAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("since the preview (current value 4.1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(4.1, (await ActualAsync(nodeId, scorecard.EarlierPeriodId))!.Value);
        Assert.Null(await StoredAsync(nodeId, scorecard.EarlierPeriodId));
    }

    [Theory]
    [InlineData("Director")]
    [InlineData("Manager")]
    [InlineData("Admin")]
    public async Task Other_roles_are_denied_the_upload_page(string role)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Survey denied {Guid.NewGuid():N}");
        var client = await factory.SignedInAsAsync(role);

        var response = await client.GetAsync(UploadPage.Url(scorecard.Kpi("CUS-3"), scorecard.EarlierPeriodId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login()
    {
        var response = await factory.AnonymousClient().GetAsync(UploadPage.Url(1, 1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
