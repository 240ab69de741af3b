using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Dashboard;

public class KpiPageTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] Periods = ["2022", "2023"];

    private async Task<IHtmlDocument> KpiPageAsync(string role, string code, string period)
    {
        var client = await factory.SignedInAsAsync(role);
        return await HtmlForm.GetPageAsync(client,
            $"/Dashboard/Kpi?nodeId={await DemoScorecard.KpiNodeIdAsync(factory, code)}&periodId={await DemoScorecard.PeriodIdAsync(factory, period)}");
    }

    [Fact]
    public async Task The_KPI_page_states_the_scoring_formula_in_words()
    {
        var page = await KpiPageAsync("Manager", "CUS-3", "2022");

        Assert.Contains(KpiScoringRule.Formula(ScoringMethod.LowerIsBetter), page.QuerySelector("#scoring-formula")!.TextContent);
        Assert.Contains("Red below 60.00", page.QuerySelector("#thresholds")!.TextContent);
    }

    [Fact]
    public async Task The_KPI_page_shows_target_actual_and_score_of_every_period_as_the_engine_computes_them()
    {
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var page = await KpiPageAsync("Director", "CUS-3", "2022");

        var rows = page.QuerySelectorAll("#kpi-history tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        foreach (var (row, period) in rows.Zip(Periods))
        {
            var expected = (await DemoScorecard.EvaluateAsync(factory, period));
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(period, row.QuerySelector("th")!.TextContent.Trim());
            Assert.Equal(expected.TargetByKpi[nodeId].ToString("#,##0.##", English), cells[0]);
            Assert.Equal(expected.ByNodeId[nodeId].Kpi!.Actual!.Value.ToString("#,##0.##", English), cells[1]);
            Assert.Equal(expected.ByNodeId[nodeId].Score!.Value.ToString("0.00", English), cells[3]);
            Assert.Contains(expected.ByNodeId[nodeId].Light == TrafficLight.NoData ? "No data" : expected.ByNodeId[nodeId].Light.ToString(), cells[4]);
        }
        Assert.Equal("20.91", page.QuerySelector("#selected-score")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("script[type='application/json'][data-chart-for]").Length);
    }

    [Fact]
    public async Task The_KPI_page_leads_a_manager_to_the_recorded_changes_of_the_KPI()
    {
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "LG-1");
        var periodId = await DemoScorecard.PeriodIdAsync(factory, "2023");
        await factory.WithDbAsync(async db =>
        {
            var actual = db.Actuals.Single(a => a.KpiNodeId == nodeId && a.PeriodId == periodId);
            actual.Value = 79;
            return await db.SaveChangesAsync();
        });

        var page = await KpiPageAsync("Manager", "LG-1", "2023");
        var link = page.QuerySelector("#kpi-history-link")!.GetAttribute("href")!;
        var history = await HtmlForm.GetPageAsync(await factory.SignedInAsAsync("Manager"), link);

        Assert.Equal($"/Kpis/History?nodeId={nodeId}", link);
        var rows = history.QuerySelectorAll("#history tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[2] == "Actual" && r[3] == "2023" && r[4] == "Value" && r[5] == "81" && r[6] == "79");
        Assert.Contains(rows, r => r[1] == "demo data" && r[2] == "Target");
    }

    [Fact]
    public async Task A_red_KPI_prompts_HR_and_managers_to_record_a_root_cause_and_lists_its_actions()
    {
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var periodId = await DemoScorecard.PeriodIdAsync(factory, "2022");
        await factory.WithDbAsync(async db =>
        {
            db.ImprovementActions.Add(new ImprovementAction { KpiNodeId = nodeId, PeriodId = periodId, Description = "Stay interviews", Owner = "Line managers", Status = ActionStatus.Planned });
            return await db.SaveChangesAsync();
        });

        var manager = await KpiPageAsync("Manager", "CUS-3", "2022");
        var director = await KpiPageAsync("Director", "CUS-3", "2022");

        Assert.Contains("red in 2022", manager.QuerySelector("#action-prompt")!.TextContent);
        Assert.Equal($"/Actions/Edit?nodeId={nodeId}&periodId={periodId}", manager.QuerySelector("a#record-actions")!.GetAttribute("href"));
        Assert.Contains("Stay interviews", manager.QuerySelector("#kpi-actions")!.TextContent);
        Assert.Null(director.QuerySelector("a#record-actions"));
        Assert.Contains("Stay interviews", director.QuerySelector("#kpi-actions")!.TextContent);
    }

    [Fact]
    public async Task A_node_that_is_no_KPI_is_not_found()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var rootId = await factory.WithDbAsync(db => Task.FromResult(db.Nodes.Single(n => n.Scorecard!.Name == DemoData.ScorecardName && n.ParentId == null).Id));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Dashboard/Kpi?nodeId={rootId}")).StatusCode);
    }
}
