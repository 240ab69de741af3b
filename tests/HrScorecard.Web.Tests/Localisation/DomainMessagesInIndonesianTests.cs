using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Actuals;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// Texts written by the domain (refusals, scoring-method names and formulas) and by the evaluation (its warnings) reach
/// the pages in Bahasa Indonesia when the browser asks for it: the request's UI culture is the domain's.
/// </summary>
public sealed class DomainMessagesInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private async Task<(HttpClient Client, TestScorecard Scorecard)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        return (client, scorecard);
    }

    [Fact]
    public async Task A_target_of_0_is_refused_next_to_its_field_in_the_domain_s_Indonesian_words()
    {
        var (client, scorecard) = await ArrangeAsync("Target nol");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);
        Assert.Equal("lebih tinggi lebih baik", page.Row("FIN-1").QuerySelector("td[title]")!.TextContent.Trim());
        Assert.Equal("Skor = realisasi ÷ target × 100 (paling rendah 0).", page.Row("FIN-1").QuerySelector("td[title]")!.GetAttribute("title"));

        var response = await page.Set("FIN-1", "Target", "0").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Target KPI dengan metode \"lebih tinggi lebih baik\" tidak boleh 0: skornya adalah realisasi ÷ target. "
                     + "Untuk KPI yang sasarannya nol, gunakan metode \"harus nol\".",
            (await EntryPage.FromResponseAsync(response)).Message("FIN-1", "Target"));
        Assert.Equal(95, await factory.QueryAsync(db => db.Targets
            .Where(t => t.PeriodId == scorecard.EarlierPeriodId && t.KpiNodeId == scorecard.Kpi("FIN-1")).Select(t => t.Value).SingleAsync()));
    }

    [Fact]
    public async Task The_dashboard_warns_in_Indonesian_and_the_KPI_page_gives_its_formula_in_Indonesian()
    {
        var (client, scorecard) = await ArrangeAsync("Peringatan");
        await factory.QueryAsync(async db =>
        {
            var root = await db.Nodes.SingleAsync(n => n.ScorecardId == scorecard.Id && n.ParentId == null);
            db.Nodes.Add(new ScorecardNode { ScorecardId = scorecard.Id, ParentId = root.Id, Name = "Kosong", Position = 2 });
            return await db.SaveChangesAsync();
        });

        var dashboard = await HtmlForm.GetPageAsync(client, $"/Dashboard/Index?scorecardId={scorecard.Id}&periodId={scorecard.EarlierPeriodId}");

        var warnings = dashboard.QuerySelectorAll("#evaluation-warnings li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("\"Kosong\" belum memiliki KPI.", warnings);
        Assert.Contains("Bobot \"Goal\" tidak mencakup anak-anaknya yang sekarang: anak-anaknya dihitung sama besar sampai bobotnya ditetapkan lagi.",
            warnings);

        var kpi = await HtmlForm.GetPageAsync(client, $"/Dashboard/Kpi?nodeId={scorecard.Kpi("FIN-2")}&periodId={scorecard.EarlierPeriodId}");
        Assert.Equal("lebih rendah lebih baik: Skor = (2 − realisasi ÷ target) × 100, paling rendah 0 (realisasi dua kali target atau lebih mendapat skor 0).",
            Text(kpi, "#scoring-formula"));
    }
}
