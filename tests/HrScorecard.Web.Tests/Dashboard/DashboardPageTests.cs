using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Dashboard;

public class DashboardPageTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] LightLabels = ["Red", "Yellow", "Green", "No data"];

    private async Task<IHtmlDocument> DashboardAsync(string role, string? period = null, bool onlyRedAndYellow = false)
    {
        var client = await factory.SignedInAsAsync(role);
        var url = "/Dashboard/Index";
        if (period is not null)
            url += $"?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId={await DemoScorecard.PeriodIdAsync(factory, period)}"
                   + (onlyRedAndYellow ? "&onlyRedAndYellow=true" : "");
        return await HtmlForm.GetPageAsync(client, url);
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("2023")]
    public async Task The_overall_index_and_every_perspective_score_are_those_of_ScorecardCalculation(string period)
    {
        var expected = await DemoScorecard.EvaluateAsync(factory, period);

        var page = await DashboardAsync("Manager", period);

        Assert.Equal(expected.Root.Score!.Value.ToString("0.00", English), Text(page, "#overall-index"));
        Assert.Equal(expected.Root.Light.ToString(), page.QuerySelector("#overall-light .traffic-light")!.GetAttribute("data-light"));
        var cards = page.QuerySelectorAll(".perspective-card").ToList();
        Assert.Equal(expected.Root.Children.Count, cards.Count);
        foreach (var (card, perspective) in cards.Zip(expected.Root.Children))
        {
            Assert.Equal(perspective.Name, card.QuerySelector(".perspective-name")!.TextContent.Trim());
            Assert.Equal(perspective.Score!.Value.ToString("0.00", English), card.QuerySelector(".perspective-score")!.TextContent.Trim());
            Assert.Equal(perspective.GlobalWeight.ToString("0.0000", English), card.QuerySelector(".perspective-weight")!.TextContent.Trim());
            Assert.Equal(perspective.Light.ToString(), card.QuerySelector(".traffic-light")!.GetAttribute("data-light"));
            foreach (var light in Enum.GetValues<TrafficLight>())
                Assert.StartsWith(perspective.Children.Count(k => k.Light == light).ToString(English) + " ",
                    card.QuerySelector($"[data-count={light}]")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_2022_dashboard_prints_the_worked_example_of_the_domain_guide()
    {
        var page = await DashboardAsync("Manager", "2022");

        Assert.Equal("141.79", Text(page, "#overall-index"));
        Assert.Equal(["179.74", "59.54", "74.83", "126.79"], page.QuerySelectorAll(".perspective-score").Select(e => e.TextContent.Trim()));
        Assert.Equal("Red", page.QuerySelectorAll(".perspective-card")[1].QuerySelector(".traffic-light")!.GetAttribute("data-light"));
    }

    [Fact]
    public async Task Without_parameters_the_dashboard_shows_the_first_active_scorecard_in_its_latest_period_with_data()
    {
        var page = await DashboardAsync("Manager");

        var scorecard = (IHtmlSelectElement)page.QuerySelector("#scorecard-switcher select[name=scorecardId]")!;
        var period = (IHtmlSelectElement)page.QuerySelector("#period-switcher select[name=periodId]")!;
        Assert.Equal((await DemoScorecard.IdAsync(factory)).ToString(English), scorecard.Value);
        Assert.Equal((await DemoScorecard.PeriodIdAsync(factory, "2023")).ToString(English), period.Value);
        Assert.Equal(["2022", "2023"], period.Options.Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public async Task The_period_switcher_is_a_GET_form_that_changes_the_numbers()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var page = await HtmlForm.GetPageAsync(client, "/Dashboard/Index");
        var form = page.QuerySelector("form#period-switcher")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var scorecardId = form.QuerySelector("input[name=scorecardId]")!.GetAttribute("value");
        var p2022 = await DemoScorecard.PeriodIdAsync(factory, "2022");

        var switched = await HtmlForm.GetPageAsync(client, $"/Dashboard/Index?scorecardId={scorecardId}&onlyRedAndYellow=false&periodId={p2022}");

        var expected2022 = await DemoScorecard.EvaluateAsync(factory, "2022");
        var expected2023 = await DemoScorecard.EvaluateAsync(factory, "2023");
        Assert.Equal(expected2023.Root.Score!.Value.ToString("0.00", English), Text(page, "#overall-index"));
        Assert.Equal(expected2022.Root.Score!.Value.ToString("0.00", English), Text(switched, "#overall-index"));
        Assert.Contains("2022", Text(switched, "#overall-heading"));
    }

    [Fact]
    public async Task The_red_and_yellow_filter_leaves_only_red_and_yellow_rows()
    {
        var expected = await DemoScorecard.EvaluateAsync(factory, "2022");
        var all = await DashboardAsync("Manager", "2022");
        var filtered = await DashboardAsync("Manager", "2022", onlyRedAndYellow: true);

        var rows = filtered.QuerySelectorAll("#scorecard-tree tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.GetAttribute("data-light") is "Red" or "Yellow", r.TextContent));
        var redOrYellow = expected.Root.DescendantsAndSelf().Where(n => n.Light is TrafficLight.Red or TrafficLight.Yellow).Select(n => n.Name).ToList();
        Assert.Equal(redOrYellow, rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Contains("Turnover", redOrYellow);
        Assert.Equal(expected.ByNodeId.Count, all.QuerySelectorAll("#scorecard-tree tbody tr").Length);
        Assert.True(((IHtmlInputElement)filtered.QuerySelector("#only-red-and-yellow")!).IsChecked);
    }

    [Fact]
    public async Task The_tree_table_shows_weights_target_actual_unit_and_score_of_every_KPI_as_text()
    {
        var expected = await DemoScorecard.EvaluateAsync(factory, "2022");
        var turnoverId = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");

        var page = await DashboardAsync("Manager", "2022");

        var cells = page.QuerySelectorAll($"#node-{turnoverId} td").Select(c => c.TextContent.Trim()).ToList();
        var turnover = expected.ByNodeId[turnoverId];
        Assert.Equal(turnover.LocalWeight.ToString("0.0000", English), cells[0]);
        Assert.Equal(turnover.GlobalWeight.ToString("0.0000", English), cells[1]);
        Assert.Equal(["33", "59.1", "%", turnover.Score!.Value.ToString("0.00", English)], cells[2..6]);
        Assert.Contains("Red", cells[6]);
        Assert.Equal("20.91 → " + (await DemoScorecard.EvaluateAsync(factory, "2023")).ByNodeId[turnoverId].Score!.Value.ToString("0.00", English), cells[7]);
    }

    [Fact]
    public async Task Every_traffic_light_has_a_text_label_and_an_icon()
    {
        var page = await DashboardAsync("Manager", "2022");

        var lights = page.QuerySelectorAll(".traffic-light").ToList();
        Assert.True(lights.Count > 9, "a light for the overall index, each perspective and each row");
        Assert.All(lights, light =>
        {
            Assert.Contains(light.QuerySelector(".traffic-light-label")!.TextContent.Trim(), LightLabels);
            Assert.Equal("true", light.QuerySelector(".traffic-light-icon")!.GetAttribute("aria-hidden"));
            Assert.False(string.IsNullOrWhiteSpace(light.QuerySelector(".traffic-light-icon")!.TextContent));
        });
    }

    [Fact]
    public async Task The_trend_chart_gets_its_data_from_a_JSON_block_that_matches_the_visible_table()
    {
        var expected2022 = await DemoScorecard.EvaluateAsync(factory, "2022");
        var expected2023 = await DemoScorecard.EvaluateAsync(factory, "2023");
        var client = await factory.SignedInAsAsync("Manager");
        var page = await HtmlForm.GetPageAsync(client, "/Dashboard/Index");

        using var json = JsonDocument.Parse(page.QuerySelector("script#trend-data[type='application/json']")!.TextContent);
        Assert.Equal(["2022", "2023"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var overall = json.RootElement.GetProperty("series")[0];
        Assert.Equal("Overall", overall.GetProperty("label").GetString());
        Assert.Equal([expected2022.Root.Score!.Value, expected2023.Root.Score!.Value], overall.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()));
        var tableRow = page.QuerySelectorAll("#trend-table tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim());
        Assert.Equal([expected2022.Root.Score!.Value.ToString("0.00", English), expected2023.Root.Score!.Value.ToString("0.00", English)], tableRow);
        Assert.Equal(9, page.QuerySelectorAll("canvas.sparkline").Length);
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        var chartJs = Assert.Single(scripts, s => s.Contains("/lib/chartjs/dist/chart.umd", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.Contains("/js/trend-chart", StringComparison.Ordinal));

        var library = await client.GetAsync(chartJs);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("Chart.js v4", await library.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/js/trend-chart.js")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_links_the_PDF_report_of_the_shown_scorecard_and_period()
    {
        var page = await DashboardAsync("Manager", "2022");

        var expected = $"/Reports/Pdf?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId={await DemoScorecard.PeriodIdAsync(factory, "2022")}";
        Assert.Equal(expected, page.QuerySelector("a#download-pdf")!.GetAttribute("href"));
        Assert.Equal("Download PDF report", Text(page, "#download-pdf"));
    }

    [Fact]
    public async Task Open_improvement_actions_are_listed_and_done_ones_are_not()
    {
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "IBP-1");
        var periodId = await DemoScorecard.PeriodIdAsync(factory, "2023");
        await factory.WithDbAsync(async db =>
        {
            db.ImprovementActions.AddRange(
                new ImprovementAction { KpiNodeId = nodeId, PeriodId = periodId, Description = "Return-to-work talks", Owner = "Plant HR", Status = ActionStatus.InProgress, DueDate = new(2024, 3, 31) },
                new ImprovementAction { KpiNodeId = nodeId, PeriodId = periodId, Description = "Absence policy rewritten", Owner = "HR lead", Status = ActionStatus.Done });
            return await db.SaveChangesAsync();
        });

        var page = await DashboardAsync("Manager", "2022");

        var rows = page.QuerySelectorAll("#open-actions tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Return-to-work talks", StringComparison.Ordinal) && r.Contains("Plant HR", StringComparison.Ordinal)
                                   && r.Contains("In progress", StringComparison.Ordinal) && r.Contains("Absence", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Absence policy rewritten", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Director")]
    [InlineData("Admin")]
    [InlineData("HR")]
    public async Task Every_signed_in_role_can_read_the_dashboard(string role)
    {
        var page = await DashboardAsync(role, "2022");

        Assert.Equal("141.79", Text(page, "#overall-index"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_unknown_periods_are_not_found()
    {
        var anonymous = await factory.AnonymousClient().GetAsync("/Dashboard/Index");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());

        var client = await factory.SignedInAsAsync("Manager");
        var missing = await client.GetAsync($"/Dashboard/Index?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId=999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
