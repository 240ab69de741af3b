using System.Globalization;
using System.Net;
using System.Text;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Actuals;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Import;

/// <summary>Pages/Actuals/Import: template, upload, preview with the engine's scores, all-or-nothing confirmation.</summary>
public class ImportTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private async Task<(HttpClient Client, TestScorecard Scorecard)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
        return (await factory.SignedInAsAsync("HR"), scorecard);
    }

    private Task<Dictionary<string, KpiActual>> ActualsAsync(TestScorecard scorecard, int periodId) =>
        factory.QueryAsync(async db =>
        {
            var rows = await db.Actuals.AsNoTracking().Where(a => a.PeriodId == periodId).ToListAsync();
            return scorecard.Kpis.Where(k => rows.Any(r => r.KpiNodeId == k.Value)).ToDictionary(k => k.Key, k => rows.Single(r => r.KpiNodeId == k.Value));
        });

    /// <summary>The audit rows of the period's actuals written after <paramref name="afterId"/> (creating the test scorecard writes some too).</summary>
    private Task<List<AuditEntry>> AuditAsync(int periodId, long afterId = 0) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.PeriodId == periodId && a.Entity == nameof(KpiActual) && a.Id > afterId).ToListAsync());

    private Task<long> LastAuditIdAsync() => factory.QueryAsync(async db => await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0);

    private static string Summary(AngleSharp.Html.Dom.IHtmlDocument preview) =>
        System.Text.RegularExpressions.Regex.Replace(preview.QuerySelector("#preview-summary")!.TextContent, @"\s+", " ");

    private static string Shown(double? score, CultureInfo culture) => score is { } s ? s.ToString("0.00", culture) + " %" : "–";

    private static byte[] Csv(string text, bool bom = false) => [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task An_xlsx_template_filled_in_previews_the_engine_scores_and_confirming_saves_them_with_the_file_name_in_the_audit_trail()
    {
        var (client, scorecard) = await ArrangeAsync("Xlsx round trip");
        var period = scorecard.EarlierPeriodId;
        var lastAudit = await LastAuditIdAsync();

        var template = await ImportPage.TemplateAsync(client, scorecard.Id, period, "xlsx");
        var cells = Workbook.Cells(template);
        Assert.Equal(["Code", "KPI", "Unit", "Target", "Actual", "Comment"], cells[0]);
        Assert.Equal(TestScorecard.Definitions.Select(d => d.Code), cells.Skip(1).Select(r => r[0]));
        var fin1 = cells.Single(r => r[0] == "FIN-1");
        Assert.Equal(("Qualified applicants hired", "%", "95", "93.75"), (fin1[1], fin1[2], fin1[3], fin1[4]));

        var filled = Workbook.Fill(template, ("FIN-1", 90, "Two hires left early."), ("CUS-3", 4.9, null));
        var (response, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "actuals 2024.xlsx", filled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 changes, 0 errors", Summary(preview));
        Assert.Equal(("90", "93.75", "Will be saved"), (preview.Row("FIN-1").Cell("value"), preview.Row("FIN-1").Cell("stored"), preview.Row("FIN-1").Cell("status")));
        Assert.Equal("Unchanged", preview.Row("FIN-2").Cell("status"));
        // The preview's score is the domain's: higher-is-better 90 against 95.
        Assert.Equal(Shown(new KpiScoringRule(ScoringMethod.HigherIsBetter, 95).Score(90), English), preview.Row("FIN-1").Cell("score"));
        Assert.Equal(93.75, (await ActualsAsync(scorecard, period))["FIN-1"].Value); // nothing written by the preview
        Assert.Empty(await AuditAsync(period, lastAudit));

        var confirmed = await ImportPage.ConfirmAsync(client, preview, scorecard.Id, period);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/Actuals/Enter", confirmed.Headers.Location!.OriginalString);
        var actuals = await ActualsAsync(scorecard, period);
        Assert.Equal((90, "Two hires left early.", 4.9), (actuals["FIN-1"].Value, actuals["FIN-1"].Comment, actuals["CUS-3"].Value));
        Assert.Equal(12_500_000, actuals["FIN-2"].Value);
        var audit = await AuditAsync(period, lastAudit);
        Assert.Equal(3, audit.Count); // FIN-1 value and comment, CUS-3 value
        Assert.All(audit, a => Assert.EndsWith("imported from actuals 2024.xlsx", a.Field));
        Assert.Equal(["Comment · imported from actuals 2024.xlsx", "Value · imported from actuals 2024.xlsx", "Value · imported from actuals 2024.xlsx"],
            audit.Select(a => a.Field).Order());

        // What the preview promised is what the engine now computes from the stored values.
        var result = await factory.QueryAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecard.Id, period));
        Assert.Equal(Shown(result.ByNodeId[scorecard.Kpi("CUS-3")].Score, English), preview.Row("CUS-3").Cell("score"));
        Assert.Equal(Shown(result.Root.Score, English), preview.QuerySelector("#preview-overall")!.TextContent.Trim());
        var entry = await HtmlForm.GetPageAsync(client, confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Imported 2 values from actuals 2024.xlsx", entry.QuerySelector("#status-message")!.TextContent);
    }

    [Fact]
    public async Task A_csv_template_in_Indonesian_with_semicolons_and_a_byte_order_mark_round_trips()
    {
        var (client, scorecard) = await ArrangeAsync("Csv round trip");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var period = scorecard.EarlierPeriodId;

        var template = await ImportPage.TemplateAsync(client, scorecard.Id, period, "csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), template[..3]);
        var lines = Encoding.UTF8.GetString(template[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Code;KPI;Unit;Target;Actual;Comment", lines[0]);
        Assert.Equal("FIN-1;Qualified applicants hired;%;95;93,75;", lines[1]);
        Assert.Equal("FIN-2;Accident cost;%;50000000;12500000;", lines[2]);

        lines[1] = "FIN-1;Qualified applicants hired;%;95;91,5;Dihitung ulang";
        lines[2] = "FIN-2;Accident cost;%;50000000;1.250.000;";
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "realisasi.csv", Csv(string.Join("\r\n", lines), bom: true));

        Assert.Contains("2 perubahan, 0 kesalahan", Summary(preview)); // the page speaks the browser's id-ID
        Assert.Equal("91,5", preview.Row("FIN-1").Cell("value"));
        Assert.Equal("1250000", preview.Row("FIN-2").Cell("value"));
        var expected = new KpiScoringRule(ScoringMethod.LowerIsBetter, 50_000_000).Score(1_250_000);
        Assert.Equal(Shown(expected, CultureInfo.GetCultureInfo("id-ID")), preview.Row("FIN-2").Cell("score"));

        Assert.Equal(HttpStatusCode.Redirect, (await ImportPage.ConfirmAsync(client, preview, scorecard.Id, period)).StatusCode);
        var actuals = await ActualsAsync(scorecard, period);
        Assert.Equal((91.5, "Dihitung ulang", 1_250_000), (actuals["FIN-1"].Value, actuals["FIN-1"].Comment, actuals["FIN-2"].Value));
    }

    [Fact]
    public async Task A_comma_separated_file_without_byte_order_mark_is_read_too()
    {
        var (client, scorecard) = await ArrangeAsync("Comma csv");
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, scorecard.LaterPeriodId, "a.csv",
            Csv("Code,Actual\nFIN-1,\"93,5\"\nCUS-2,0\n"));

        Assert.Equal("93.5", preview.Row("FIN-1").Cell("value"));
        Assert.Equal("0", preview.Row("CUS-2").Cell("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await ImportPage.ConfirmAsync(client, preview, scorecard.Id, scorecard.LaterPeriodId)).StatusCode);
        Assert.Equal(93.5, (await ActualsAsync(scorecard, scorecard.LaterPeriodId))["FIN-1"].Value);
    }

    [Fact]
    public async Task A_file_with_bad_rows_shows_each_error_on_its_row_and_writes_nothing()
    {
        var (client, scorecard) = await ArrangeAsync("Bad rows");
        var period = scorecard.EarlierPeriodId;
        var before = await ActualsAsync(scorecard, period);
        var lastAudit = await LastAuditIdAsync();
        var file = Csv("Code;Actual;Comment\nFIN-1;80;\nXYZ-9;5;\nFIN-2;lots;\nCUS-1;-3;\nCUS-3;4,1;\nCUS-3;4,2;\nCUS-2;2000000000000;\n");

        var (response, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "bad.csv", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Error(int row) => preview.QuerySelector($"#row-{row} .row-error")?.TextContent ?? "";
        Assert.Equal("", Error(2));
        Assert.Contains("Unknown KPI code \"XYZ-9\"", Error(3));
        Assert.Contains("\"lots\" is not a number", Error(4));
        Assert.Contains("negative", Error(5));
        Assert.Contains("rows 6, 7", Error(6));
        Assert.Contains("rows 6, 7", Error(7));
        Assert.Contains("more than 10^12", Error(8));
        Assert.Contains("6 errors", Summary(preview));
        Assert.Null(preview.QuerySelector("#confirm-form"));
        Assert.NotNull(preview.QuerySelector("#preview-blocked"));

        Assert.Equal(before.ToDictionary(a => a.Key, a => a.Value.Value), (await ActualsAsync(scorecard, period)).ToDictionary(a => a.Key, a => a.Value.Value));
        Assert.Empty(await AuditAsync(period, lastAudit));
    }

    [Fact]
    public async Task Confirming_a_file_that_now_has_a_bad_row_writes_nothing()
    {
        var (client, scorecard) = await ArrangeAsync("Changed file");
        var period = scorecard.LaterPeriodId;
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "good.csv", Csv("Code,Actual\nFIN-1,80\n"));
        var form = HtmlForm.From(client, preview, ImportPage.Url(scorecard.Id, period), "#confirm-form");
        // The confirmation reads the stored file again: if it no longer passes, the first good row is not saved either.
        await File.WriteAllBytesAsync(Path.Combine(DataFolderOf(factory), "imports", form.Get("token")!), Csv("Code,Actual\nFIN-1,80\nFIN-2,abc\n"));

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was imported: 1 row has an error", page.Errors());
        Assert.Contains("\"abc\" is not a number", page.QuerySelector("#row-3 .row-error")!.TextContent);
        Assert.Empty(await ActualsAsync(scorecard, period));
        Assert.Empty(await AuditAsync(period));
    }

    private static string DataFolderOf(HrScorecardFactory factory) =>
        factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!;

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_adds_no_audit_rows()
    {
        var (client, scorecard) = await ArrangeAsync("Idempotent");
        var period = scorecard.LaterPeriodId;
        var file = Csv("Code;Actual;Comment\nFIN-1;88;first import\nCUS-2;1;\n");
        var (_, first) = await ImportPage.UploadAsync(client, scorecard.Id, period, "same.csv", file);
        await ImportPage.ConfirmAsync(client, first, scorecard.Id, period);
        var stored = await ActualsAsync(scorecard, period);
        var audit = (await AuditAsync(period)).Count;
        Assert.Equal(2, audit); // two rows created, each described with its values

        var (_, second) = await ImportPage.UploadAsync(client, scorecard.Id, period, "same.csv", file);
        Assert.Equal(["Unchanged", "Unchanged"], second.QuerySelectorAll("#preview .status").Select(s => s.TextContent.Trim()));
        var response = await ImportPage.ConfirmAsync(client, second, scorecard.Id, period);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await HtmlForm.GetPageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("Nothing to import", entry.QuerySelector("#status-message")!.TextContent);
        Assert.Equal(audit, (await AuditAsync(period)).Count);
        var again = await ActualsAsync(scorecard, period);
        Assert.Equal(stored.Select(s => (s.Key, s.Value.Version)), again.Select(s => (s.Key, s.Value.Version)));
    }

    [Fact]
    public async Task A_value_saved_by_someone_else_after_the_preview_stops_the_import_and_is_kept()
    {
        var (client, scorecard) = await ArrangeAsync("Conflict");
        var period = scorecard.EarlierPeriodId;
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "late.csv", Csv("Code,Actual\nFIN-1,80\nCUS-3,4\n"));
        var fin1 = scorecard.Kpi("FIN-1");
        await factory.QueryAsync(db => db.Actuals.Where(a => a.KpiNodeId == fin1 && a.PeriodId == period)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Value, 77).SetProperty(a => a.Version, Guid.NewGuid())));

        var response = await ImportPage.ConfirmAsync(client, preview, scorecard.Id, period);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("someone changed some of these actuals after your preview", page.Errors());
        Assert.Equal("77", page.Row("FIN-1").Cell("stored"));
        var actuals = await ActualsAsync(scorecard, period);
        Assert.Equal((77, 4.82), (actuals["FIN-1"].Value, actuals["CUS-3"].Value)); // neither row imported

        // Confirming the refreshed preview deliberately replaces the other user's value.
        Assert.Equal(HttpStatusCode.Redirect, (await ImportPage.ConfirmAsync(client, page, scorecard.Id, period)).StatusCode);
        Assert.Equal(80, (await ActualsAsync(scorecard, period))["FIN-1"].Value);
    }

    public static TheoryData<string, byte[], string> UnusableFiles => new()
    {
        { "big.csv", Csv("Code;Actual\n" + string.Concat(Enumerable.Repeat("FIN-1;1\n", ImportFile.MaxBytes / 8 + 1))), "larger than 1024 KB" },
        { "long.csv", Csv("Code;Actual\n" + string.Concat(Enumerable.Range(0, ImportFile.MaxRows + 1).Select(i => $"K{i};1\n"))), "at most 500 are read" },
        { "garbage.xlsx", [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))], "cannot be read as an Excel workbook" },
        { "latin1.csv", [.. Encoding.UTF8.GetBytes("Code;Actual;Comment\nFIN-1;1;"), 0xE9, 0x0A], "not UTF-8" },
        { "noheader.csv", Csv("FIN-1;80\nFIN-2;3\n"), "must name the columns" },
        { "empty.csv", Csv("\n\n"), "The file is empty" },
        { "notes.txt", Csv("Code;Actual\nFIN-1;1\n"), "neither an Excel workbook" },
    };

    [Theory]
    [MemberData(nameof(UnusableFiles))]
    public async Task An_unusable_file_is_refused_with_a_message_next_to_the_upload_and_never_a_server_error(string name, byte[] content, string message)
    {
        var (client, scorecard) = await ArrangeAsync("Unusable");

        var (response, page) = await ImportPage.UploadAsync(client, scorecard.Id, scorecard.LaterPeriodId, name, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.UploadMessage());
        Assert.Null(page.QuerySelector("#preview"));
        Assert.Empty(await ActualsAsync(scorecard, scorecard.LaterPeriodId));
    }

    [Fact]
    public async Task A_confirmation_with_an_unknown_or_malicious_token_is_refused_with_a_message()
    {
        var (client, scorecard) = await ArrangeAsync("Token");
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, scorecard.LaterPeriodId, "a.csv", Csv("Code,Actual\nFIN-1,80\n"));
        var form = HtmlForm.From(client, preview, ImportPage.Url(scorecard.Id, scorecard.LaterPeriodId), "#confirm-form");

        foreach (var token in new[] { "../keys/key.xml", Guid.NewGuid().ToString("N") + ".csv", "" })
        {
            var response = await form.Set("token", token).PostAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("upload it again", HtmlForm.Parse(await response.Content.ReadAsStringAsync()).UploadMessage());
        }
        Assert.Empty(await ActualsAsync(scorecard, scorecard.LaterPeriodId));
    }

    [Fact]
    public async Task A_locked_period_refuses_the_upload_and_the_confirmation()
    {
        var (client, scorecard) = await ArrangeAsync("Locked");
        var period = scorecard.LaterPeriodId;
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, period, "a.csv", Csv("Code,Actual\nFIN-1,80\n"));
        var confirm = HtmlForm.From(client, preview, ImportPage.Url(scorecard.Id, period), "#confirm-form");
        var upload = HtmlForm.From(client, await HtmlForm.GetPageAsync(client, ImportPage.Url(scorecard.Id, period)), ImportPage.Url(scorecard.Id, period), "#upload-form");
        await factory.QueryAsync(db => db.Periods.Where(p => p.Id == period).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, true)));

        var page = await HtmlForm.GetPageAsync(client, ImportPage.Url(scorecard.Id, period));
        Assert.NotNull(page.QuerySelector("#locked-notice"));
        Assert.Null(page.QuerySelector("#upload-form"));
        foreach (var response in new[] { await confirm.PostAsync(), await upload.PostAsync() })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("is locked", HtmlForm.Parse(await response.Content.ReadAsStringAsync()).Errors());
        }
        Assert.Empty(await ActualsAsync(scorecard, period));
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Director")]
    [InlineData("Admin")]
    public async Task Other_roles_are_denied_the_import(string role)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Denied {Guid.NewGuid():N}");
        var client = await factory.SignedInAsAsync(role);

        foreach (var url in new[] { ImportPage.Url(scorecard.Id, scorecard.LaterPeriodId), $"{ImportPage.Url(scorecard.Id, scorecard.LaterPeriodId)}&handler=Template&format=csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
        var post = await client.PostAsync($"{ImportPage.Url(scorecard.Id, scorecard.LaterPeriodId)}&handler=Upload", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
    }
}
