using System.Diagnostics;
using System.Globalization;
using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Dashboard;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HrScorecard.Web.Tests.Reports;

public sealed class ScorecardPdfTests(HrScorecardFactory factory, ITestOutputHelper output) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task The_demo_report_has_several_pages_every_KPI_name_and_the_dashboard_scores()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var client = await factory.SignedInAsAsync("Manager");

        var watch = Stopwatch.StartNew();
        var bytes = await ReportPdf.DownloadAsync(client, scorecardId, periodId);
        output.WriteLine($"Demo 2023: {bytes.Length / 1024.0:0.0} KB, {watch.ElapsedMilliseconds} ms download (first in this app)");
        var pdf = ReportPdf.Read(bytes);

        Assert.True(pdf.Bytes.Length < 2 * 1024 * 1024, $"{pdf.Bytes.Length} bytes");
        Assert.True(pdf.Pages.Count > 1, $"Only {pdf.Pages.Count} page(s).");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var kpiNames = await db.Nodes.Where(n => n.ScorecardId == scorecardId && n.Kpi != null).Select(n => n.Name).ToListAsync();
        Assert.Equal(9, kpiNames.Count);
        foreach (var name in kpiNames) Assert.Contains(name, pdf.Text);
        var (overall, perspectives) = await DashboardFiguresAsync(client, scorecardId, periodId);
        Assert.Equal(4, perspectives.Count);
        Assert.Contains($"Overall index {overall}", pdf.Text);
        foreach (var (name, score) in perspectives) Assert.Contains($"{name}: {score}", pdf.Text);
        // The dashboard itself prints the domain computation: the figures compared above are the real ones.
        var result = await ScorecardCalculation.EvaluateAsync(db, scorecardId, periodId);
        Assert.Equal(Figures.Score(result.Root.Score, CultureInfo.GetCultureInfo("en-US")), overall);
        Assert.Contains("Page 1 of " + pdf.Pages.Count, pdf.Pages[0]);
        Assert.Contains("Rp", pdf.Text);
    }

    [Fact]
    public async Task The_trend_shows_every_period_up_to_the_reported_one_with_the_history_scores()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var client = await factory.SignedInAsAsync("Manager");

        var pdf = await ReportPdf.GetAsync(client, scorecardId, periodId);

        using var scope = factory.Services.CreateScope();
        var history = await ScorecardCalculation.EvaluateAllPeriodsAsync(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>(), scorecardId);
        var en = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal(2, history.Count);
        foreach (var (period, result) in history)
        {
            var row = string.Join(" ", [period.Name, Figures.Score(result.Root.Score, en),
                .. result.Root.Children.Select(c => Figures.Score(c.Score, en))]);
            Assert.Contains(row, pdf.Text);
        }
    }

    [Fact]
    public async Task Open_improvement_actions_are_listed_and_done_ones_are_not()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var open = "Open action " + Guid.NewGuid().ToString("N")[..8];
        var done = "Done action " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
            var turnover = await db.Kpis.SingleAsync(k => k.ScorecardId == scorecardId && k.Code == "CUS-3");
            db.ImprovementActions.AddRange(
                new ImprovementAction { KpiNodeId = turnover.NodeId, PeriodId = periodId, Description = open, Owner = "Head of HR", Status = ActionStatus.InProgress, DueDate = new(2024, 3, 31), CreatedAt = DateTime.UtcNow },
                new ImprovementAction { KpiNodeId = turnover.NodeId, PeriodId = periodId, Description = done, Owner = "Head of HR", Status = ActionStatus.Done, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var client = await factory.SignedInAsAsync("Manager");

        var pdf = await ReportPdf.GetAsync(client, scorecardId, periodId);

        Assert.Contains($"CUS-3 2023 {open} Head of HR 31 Mar 2024 In progress", pdf.Text);
        Assert.DoesNotContain(done, pdf.Text);
    }

    [Fact]
    public async Task The_download_is_an_attachment_named_after_the_scorecard_and_period()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2022");
        var client = await factory.SignedInAsAsync("HR");

        var response = await client.GetAsync($"/Reports/Pdf?scorecardId={scorecardId}&periodId={periodId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("HR-Scorecard_HR-Scorecard-PT-Roda-Emas-Jaya_2022.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Indonesian_readers_get_decimal_commas()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2022");
        var client = await factory.SignedInAsAsync("Director");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");

        var pdf = await ReportPdf.GetAsync(client, scorecardId, periodId);

        var (overall, perspectives) = await DashboardFiguresAsync(client, scorecardId, periodId);
        Assert.Contains(',', overall);
        Assert.Contains($"Indeks keseluruhan {overall}", pdf.Text); // the report's words follow the reader's language too
        foreach (var (name, score) in perspectives) Assert.Contains($"{name}: {score}", pdf.Text);
        Assert.Contains("50.000.000", pdf.Text); // the accident-cost target in rupiah, grouped the Indonesian way
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("HR")]
    [InlineData("Director")]
    [InlineData("Manager")]
    public async Task Every_signed_in_role_may_download_the_report(string role)
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var client = await factory.SignedInAsAsync(role);

        var response = await client.GetAsync($"/Reports/Pdf?scorecardId={scorecardId}&periodId={periodId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");

        var response = await factory.AnonymousClient().GetAsync($"/Reports/Pdf?scorecardId={scorecardId}&periodId={periodId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Unknown_scorecards_and_periods_of_another_scorecard_are_not_found()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var client = await factory.SignedInAsAsync("Manager");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Pdf?scorecardId=999999&periodId={periodId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Pdf?scorecardId={scorecardId}&periodId=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Reports/Pdf")).StatusCode);
    }

    [Fact]
    public async Task The_cover_names_the_user_by_display_name()
    {
        var (scorecardId, periodId) = await DemoScorecardAsync("2023");
        var client = await factory.SignedInAsAsync("Manager");

        var pdf = await ReportPdf.GetAsync(client, scorecardId, periodId);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var account = SignIn.DemoAccountOf("Manager");
        var displayName = await db.Users.Where(u => u.Email == account).Select(u => u.DisplayName).SingleAsync();
        Assert.False(string.IsNullOrWhiteSpace(displayName));
        Assert.Contains($"by {displayName}.", pdf.Pages[0]);
        Assert.DoesNotContain(account, pdf.Pages[0]);
    }

    /// <summary>The overall index and each perspective's score exactly as the dashboard prints them for this client's culture.</summary>
    private static async Task<(string Overall, List<(string Name, string Score)> Perspectives)> DashboardFiguresAsync(HttpClient client, int scorecardId, int periodId)
    {
        var page = await HtmlForm.GetPageAsync(client, $"/Dashboard/Index?scorecardId={scorecardId}&periodId={periodId}");
        var overall = page.QuerySelector("#overall-index")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(overall));
        var perspectives = page.QuerySelectorAll(".perspective-card")
            .Select(c => (c.QuerySelector(".perspective-name")!.TextContent.Trim(), c.QuerySelector(".perspective-score")!.TextContent.Trim()))
            .ToList();
        return (overall, perspectives);
    }

    private async Task<(int ScorecardId, int PeriodId)> DemoScorecardAsync(string period)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var found = await db.Periods.Where(p => p.Scorecard!.Name == DemoData.ScorecardName && p.Name == period)
            .Select(p => new { p.ScorecardId, p.Id }).SingleAsync();
        return (found.ScorecardId, found.Id);
    }
}
