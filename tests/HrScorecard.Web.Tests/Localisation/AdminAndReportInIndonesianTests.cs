using System.Globalization;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Dashboard;
using HrScorecard.Web.Tests.Reports;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The user administration pages and the PDF report when the browser asks for Bahasa Indonesia: translated labels,
/// validation messages, section titles and light words, and the report's numbers with a decimal comma.
/// </summary>
public sealed class AdminAndReportInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    private async Task<HttpClient> IndonesianAsync(string role)
    {
        var client = await factory.SignedInAsAsync(role);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        return client;
    }

    private static string? Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim();

    [Fact]
    public async Task The_user_list_speaks_Indonesian()
    {
        var admin = await IndonesianAsync(Roles.Admin);

        var page = await HtmlForm.GetPageAsync(admin, "/Admin/Users");

        Assert.Equal("Pengguna", Text(page, "main h1"));
        Assert.Equal("Pengguna baru", Text(page, "#create-user"));
        Assert.Equal(["Email", "Nama", "Peran", "Terkunci", ""], page.QuerySelectorAll("#users thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Tidak", Text(page, $"#users tr[data-email='{DemoData.Accounts[0].Email}'] .user-lockout"));
        Assert.Equal("Ubah", Text(page, $"#users tr[data-email='{DemoData.Accounts[0].Email}'] a"));
    }

    [Fact]
    public async Task Creating_a_user_is_explained_in_Indonesian_next_to_each_field()
    {
        var admin = await IndonesianAsync(Roles.Admin);
        var create = await HtmlForm.GetPageAsync(admin, "/Admin/Users/Create");
        Assert.Equal("Pengguna baru", Text(create, "main h1"));
        Assert.Equal("Kata sandi awal", Text(create, "label[for='Input_Password']"));
        Assert.Equal("Peran", Text(create, "#user-form legend"));
        Assert.Equal("Buat pengguna", Text(create, "#user-form button[type=submit]"));
        var form = HtmlForm.From(admin, create, "/Admin/Users/Create", "#user-form");

        var response = await form.Set("Input.Email", "bukan-alamat").SetAll("Input.Roles").PostAsync();

        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Masukkan alamat email seperti nama@perusahaan.co.id.", Text(page, "span[data-valmsg-for='Input.Email']"));
        Assert.Equal("Masukkan nama pengguna.", Text(page, "span[data-valmsg-for='Input.DisplayName']"));
        Assert.Equal("Pilih sekurang-kurangnya satu peran; pengguna tanpa peran tidak dapat melihat apa pun.",
            Text(page, "span[data-valmsg-for='Input.Roles']"));
    }

    [Fact]
    public async Task The_PDF_report_speaks_Indonesian_and_writes_decimal_commas()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var period = await db.Periods.Where(p => p.Scorecard!.Name == DemoData.ScorecardName && p.Name == "2023")
            .Select(p => new { p.ScorecardId, p.Id }).SingleAsync();
        var client = await IndonesianAsync(Roles.Manager);

        var pdf = await ReportPdf.GetAsync(client, period.ScorecardId, period.Id);

        Assert.Contains("Halaman 1 dari " + pdf.Pages.Count, pdf.Pages[0]);
        Assert.Contains("Laporan HR Scorecard", pdf.Pages[0]);
        Assert.Contains("Ringkasan per perspektif", pdf.Text);
        Assert.Contains("Tren antarperiode", pdf.Text);
        Assert.Contains("Lampiran: metode", pdf.Text);
        Assert.Contains("Hijau", pdf.Text);
        Assert.Contains("Merah", pdf.Text);
        Assert.Contains("Realisasi", pdf.Text);
        Assert.DoesNotContain("Summary by perspective", pdf.Text);
        Assert.DoesNotContain("Page 1 of", pdf.Text);
        var result = await ScorecardCalculation.EvaluateAsync(db, period.ScorecardId, period.Id);
        var overall = Figures.Score(result.Root.Score, Id);
        Assert.Contains(',', overall);
        Assert.Contains($"Indeks keseluruhan {overall}", pdf.Text);
    }
}
