using System.Globalization;
using System.Net;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Import;

/// <summary>Pages/Dashboard/Export: the dashboard's tree for a period as an Excel workbook.</summary>
public class ExportTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("Manager", "2022")]
    [InlineData("Director", "2023")]
    [InlineData("HR", "2023")]
    public async Task The_export_linked_from_the_dashboard_opens_as_a_workbook_with_the_dashboards_numbers(string role, string period)
    {
        var client = await factory.SignedInAsAsync(role);
        var scorecardId = await DemoScorecard.IdAsync(factory);
        var periodId = await DemoScorecard.PeriodIdAsync(factory, period);
        var dashboard = await HtmlForm.GetPageAsync(client, $"/Dashboard/Index?scorecardId={scorecardId}&periodId={periodId}");
        var link = dashboard.QuerySelector("#download-xlsx")!.GetAttribute("href")!;

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var cells = Workbook.Cells(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Node", "Level", "KPI code", "Local weight", "Global weight", "Target", "Actual", "Unit", "Score (%)", "Light"], cells[0]);
        var tree = dashboard.QuerySelectorAll("#scorecard-tree tbody tr").ToList();
        Assert.Equal(tree.Count, cells.Count - 1);
        foreach (var (row, shown) in cells.Skip(1).Zip(tree))
        {
            Assert.Equal(shown.QuerySelector("th")!.TextContent.Replace("▾", "").Trim(), row[0]!.Trim());
            Assert.Equal(shown.GetAttribute("data-depth"), row[1]);
            var cellsShown = shown.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(cellsShown[0], Number(row[3]).ToString("0.0000", English));
            Assert.Equal(cellsShown[1], Number(row[4]).ToString("0.0000", English));
            Assert.Equal(cellsShown[5], row[8] is null ? "no data" : Number(row[8]).ToString("0.00", English));
            Assert.Equal(shown.GetAttribute("data-light"), row[9]!.Replace(" ", ""));
            if (row[2] is not null) Assert.Equal(cellsShown[3], row[6] is null ? "no data" : Number(row[6]).ToString("#,##0.##", English));
        }
        // Unrounded in the workbook: the overall index is the engine's own number.
        var expected = await DemoScorecard.EvaluateAsync(factory, period);
        Assert.Equal(expected.Root.Score!.Value, Number(cells[1][8]), 1e-9);
    }

    [Fact]
    public async Task An_unknown_period_is_not_found_and_anonymous_users_are_sent_to_sign_in()
    {
        var scorecardId = await DemoScorecard.IdAsync(factory);
        var client = await factory.SignedInAsAsync("Manager");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Dashboard/Export?scorecardId={scorecardId}&periodId=999999")).StatusCode);

        var anonymous = await factory.AnonymousClient().GetAsync($"/Dashboard/Export?scorecardId={scorecardId}&periodId=1");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString);
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
