using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Actuals;
using HrScorecard.Web.Tests.Import;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The HR data pages (periods, data entry, import, survey upload) for a browser that asks for Bahasa Indonesia: labels, validation
/// messages next to their field and numbers in the id-ID format. English is covered by the pages' own tests.
/// </summary>
public sealed class DataEntryInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private async Task<(HttpClient Client, TestScorecard Scorecard)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        return (client, scorecard);
    }

    private static List<string> Headers(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"{table} thead th").Select(h => h.TextContent.Trim())];

    [Fact]
    public async Task The_periods_page_speaks_Indonesian()
    {
        var (client, scorecard) = await ArrangeAsync("Periode");

        var page = await HtmlForm.GetPageAsync(client, $"/Periods/Index?scorecardId={scorecard.Id}");

        Assert.Equal("Periode pelaporan", Text(page, "main h1"));
        Assert.Equal(["Periode", "Mulai", "Selesai", "Target", "Realisasi", "Status", "Tindakan"], Headers(page, "#periods"));
        Assert.Equal("Terbuka", Text(page, $"#period-{scorecard.EarlierPeriodId} .status"));
        Assert.Equal("Kunci", Text(page, $"#period-{scorecard.EarlierPeriodId} .lock-period button"));
        Assert.Equal("Laporan 2024 sudah diterbitkan", Text(page, $"#period-{scorecard.EarlierPeriodId} .lock-period label"));
        Assert.Equal("Salin target dari periode sebelumnya", Text(page, $"#period-{scorecard.LaterPeriodId} .copy-targets button"));
        Assert.Equal("Tambah periode", Text(page, "#add-period button[type=submit]"));
        Assert.Equal("Tanggal mulai", Text(page, "label[for='Input_StartDate']"));
    }

    [Fact]
    public async Task A_period_without_a_name_is_refused_with_the_Indonesian_message_next_to_the_field()
    {
        var (client, scorecard) = await ArrangeAsync("Periode tanpa nama");
        var form = await HtmlForm.FromPageAsync(client, $"/Periods/Index?scorecardId={scorecard.Id}", "#add-period");

        var response = await form.Set("Input.Name", " ").Set("Input.StartDate", "2026-01-01").Set("Input.EndDate", "31/12/2026").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Beri nama periode, mis. \"2024\" atau \"2024 Q1\".", Text(page, "span[data-valmsg-for='Input.Name']"));
        Assert.Equal("Tulis tanggal sebagai yyyy-mm-dd, mis. 2024-01-01.", Text(page, "span[data-valmsg-for='Input.EndDate']"));
        Assert.Equal(2, await factory.QueryAsync(db => db.Periods.CountAsync(p => p.ScorecardId == scorecard.Id)));
    }

    [Fact]
    public async Task The_data_entry_page_speaks_Indonesian_and_shows_numbers_with_a_decimal_comma()
    {
        var (client, scorecard) = await ArrangeAsync("Pengisian");

        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        Assert.Equal("Target dan realisasi: 2024", Text(page.Document, "main h1"));
        Assert.Equal(["Kode", "KPI", "Satuan", "Metode", "Target", "Realisasi", "Komentar", "Skor", "Lampu"], Headers(page.Document, "#entry"));
        Assert.Equal("Impor dari spreadsheet", Text(page.Document, "#import-link"));
        Assert.Equal("Simpan semua", Text(page.Document, "#entry-form button[type=submit]"));
        Assert.Equal("Realisasi FIN-1", Text(page.Document, $"label[for='actual-{scorecard.Kpi("FIN-1")}']"));
        Assert.StartsWith("Indeks keseluruhan:", Text(page.Document, "#overall"), StringComparison.Ordinal);
        Assert.Equal(("95", "93,75"), (page.Value("FIN-1", "Target"), page.Value("FIN-1", "Actual")));
    }

    [Fact]
    public async Task An_invalid_number_is_explained_in_Indonesian_next_to_its_field_and_nothing_is_saved()
    {
        var (client, scorecard) = await ArrangeAsync("Angka salah");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        var response = await page.Set("FIN-1", "Actual", "sembilan puluh").Set("CUS-3", "Actual", "4,9").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await EntryPage.FromResponseAsync(response);
        Assert.Equal("\"sembilan puluh\" bukan angka. Tulis angka seperti 93.75 atau 93,75, dengan ribuan sebagai 1.250.000 atau 1,250,000; "
                     + "tanda % di akhir diperbolehkan.", result.Message("FIN-1", "Actual"));
        Assert.Contains("Tidak ada yang disimpan: perbaiki isian yang ditandai di bawah lalu simpan lagi.", Text(result.Document, "#entry-form [role=alert]"),
            StringComparison.Ordinal);
        var stored = await factory.QueryAsync(db => db.Actuals.AsNoTracking()
            .Where(a => a.PeriodId == scorecard.EarlierPeriodId).ToDictionaryAsync(a => a.KpiNodeId, a => a.Value));
        Assert.Equal(93.75, stored[scorecard.Kpi("FIN-1")]);
        Assert.Equal(4.82, stored[scorecard.Kpi("CUS-3")]);
    }

    [Fact]
    public async Task A_valid_entry_is_confirmed_in_Indonesian()
    {
        var (client, scorecard) = await ArrangeAsync("Simpan");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.LaterPeriodId);

        var response = await page.Set("FIN-1", "Target", "95").Set("FIN-1", "Actual", "93,75").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await HtmlForm.GetPageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("2 perubahan untuk 2025 disimpan.", saved.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(93.75, await factory.QueryAsync(db => db.Actuals.Where(a => a.PeriodId == scorecard.LaterPeriodId && a.KpiNodeId == scorecard.Kpi("FIN-1"))
            .Select(a => a.Value).SingleAsync()));
    }

    [Fact]
    public async Task The_import_page_and_its_row_errors_speak_Indonesian()
    {
        var (client, scorecard) = await ArrangeAsync("Impor");

        var page = await HtmlForm.GetPageAsync(client, ImportPage.Url(scorecard.Id, scorecard.LaterPeriodId));

        Assert.Equal("Impor realisasi: 2025", Text(page, "main h1"));
        Assert.Equal("1. Unduh templat", Text(page, "#template-heading"));
        Assert.Equal("Templat (Excel .xlsx)", Text(page, "#template-xlsx"));
        Assert.Equal("2. Unggah berkas yang sudah diisi", Text(page, "#upload-heading"));
        Assert.Equal("Unggah dan pratinjau", Text(page, "#upload-form button[type=submit]"));

        var csv = Encoding.UTF8.GetBytes("Code;Actual\nFIN-1;80,5\nXYZ-9;1\nCUS-3;lima\n");
        var (_, preview) = await ImportPage.UploadAsync(client, scorecard.Id, scorecard.LaterPeriodId, "realisasi.csv", csv);

        Assert.Equal(["Baris", "Kode", "KPI", "Realisasi dalam berkas", "Dibaca sebagai", "Tersimpan saat ini", "Komentar", "Skor", "Lampu", "Status"],
            Headers(preview, "#preview"));
        Assert.Equal("80,5", preview.Row("FIN-1").Cell("value"));
        Assert.Equal("Akan disimpan", preview.Row("FIN-1").Cell("status"));
        Assert.StartsWith("Kode KPI \"XYZ-9\" tidak dikenal: scorecard ini memiliki CUS-1, CUS-2, CUS-3, FIN-1, FIN-2.", preview.Row("XYZ-9").Cell("status"),
            StringComparison.Ordinal);
        Assert.StartsWith("\"lima\" bukan angka.", preview.Row("CUS-3").Cell("status"), StringComparison.Ordinal);
        Assert.StartsWith("3 baris dibaca: 1 perubahan, 2 kesalahan.", System.Text.RegularExpressions.Regex.Replace(Text(preview, "#preview-summary"), @"\s+", " "),
            StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Actuals.CountAsync(a => a.PeriodId == scorecard.LaterPeriodId)));
    }

    [Fact]
    public async Task The_locked_periods_page_of_the_Admin_speaks_Indonesian()
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Terkunci {Guid.NewGuid():N}");
        await factory.QueryAsync(async db =>
        {
            var period = await db.Periods.SingleAsync(p => p.Id == scorecard.EarlierPeriodId);
            period.IsLocked = true;
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInAsAsync("Admin");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");

        var page = await HtmlForm.GetPageAsync(client, "/Admin/Periods");

        Assert.Equal("Periode terkunci", Text(page, "main h1"));
        Assert.Equal("Buka kunci 2024", Text(page, $"#period-{scorecard.EarlierPeriodId} button"));
    }

    [Fact]
    public async Task The_survey_upload_speaks_Indonesian_in_its_labels_statistics_and_file_problems()
    {
        var (client, scorecard) = await ArrangeAsync("Survei");
        var page = await UploadPage.OpenAsync(client, scorecard.Kpi("CUS-3"), scorecard.EarlierPeriodId);

        Assert.Equal("Survei untuk CUS-3 · Job satisfaction index", page.Text("main h1"));
        Assert.Equal("Pratinjau statistik", page.Text("#upload-form button[type=submit]"));
        Assert.StartsWith("XLSX atau CSV hingga 2 MB: baris 1 menamai butir (paling banyak 60)", page.Text("#file-help"), StringComparison.Ordinal);

        var preview = await page.PreviewAsync("kepuasan.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));

        Assert.Equal("Pratinjau — belum ada yang disimpan", preview.Text("#preview-heading"));
        Assert.Contains("22 responden, 4 butir.", System.Text.RegularExpressions.Regex.Replace(preview.Text("#survey-statistics p"), @"\s+", " "),
            StringComparison.Ordinal);
        Assert.Equal(["Butir", "Rata-rata", "1", "2", "3", "4", "5", "r", "rkritis", "Validitas"], Headers(preview.Document, "#survey-items"));

        var refused = await page.PreviewAsync("kosong.csv", Encoding.UTF8.GetBytes("Q1;Q2\n1;2\n;4\n"));

        Assert.StartsWith("Baris 3, kolom A (\"Q1\"): jawaban kosong;", refused.FileError, StringComparison.Ordinal);
        Assert.Equal("Unggah berkas .csv atau .xlsx (Excel: File → Save As → Excel Workbook atau CSV UTF-8).",
            (await page.PreviewAsync("jawaban.txt", Encoding.UTF8.GetBytes("Q1\n1\n"))).FileError);
    }
}
