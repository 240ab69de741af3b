using System.Net;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Weights;

namespace HrScorecard.Web.Tests.Kpis;

/// <summary>The KPI's audit trail at /Kpis/History: old → new, newest first, readable by every signed-in role.</summary>
public class KpiHistoryTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private sealed record Row(string When, string Who, string What, string Field, string Old, string New);

    private static async Task<List<Row>> HistoryAsync(HttpClient client, int nodeId)
    {
        var page = await HtmlForm.GetPageAsync(client, $"/Kpis/History?nodeId={nodeId}");
        return [.. page.QuerySelectorAll("#history tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => new Row(c[0], c[1], c[2], c[4], c[5], c[6]))];
    }

    private static async Task EditAsync(HttpClient hr, int nodeId, string field, string value)
    {
        var form = await HtmlForm.FromPageAsync(hr, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set(field, value).PostAsync()).StatusCode);
    }

    [Fact]
    public async Task After_an_edit_a_Manager_reads_the_old_and_new_values_newest_first()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var nodeId = scorecard.KpiIds[0];
        var hr = await factory.SignedInAsAsync("HR");
        await EditAsync(hr, nodeId, "Input.Unit", "percent");
        await EditAsync(hr, nodeId, "Input.Unit", "pct");

        var rows = await HistoryAsync(await factory.SignedInAsAsync("Manager"), nodeId);

        var unitChanges = rows.Where(r => r.Field == "Unit").ToList();
        Assert.Equal([("percent", "pct"), ("%", "percent")], unitChanges.Select(r => (r.Old, r.New)));
        Assert.All(unitChanges, r => Assert.Equal(("hr@demo.local", "KPI definition"), (r.Who, r.What)));
        Assert.Equal(rows.Select(r => r.When).OrderDescending(StringComparer.Ordinal), rows.Select(r => r.When));
        Assert.Contains(rows, r => r.What == "Target" && r.Field == "created");
        Assert.Contains(rows, r => r.What == "Actual" && r.Field == "created");
    }

    [Fact]
    public async Task Weight_changes_of_the_KPIs_ancestors_appear_in_its_history()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(hr, $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}", "#weights-form");
        form.Set("Input.Method", "Direct").Set("Input.Weights[0]", "0.5").Set("Input.Weights[1]", "0.3").Set("Input.Weights[2]", "0.2");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync()).StatusCode);

        var rows = await HistoryAsync(hr, scorecard.KpiIds[0]);

        Assert.Contains(rows, r => r.What == "Weights under Goal" && r.Field == "created" && r.New.Contains("Method: Direct", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.What == "Weight of Perspective 1" && r.Field == "created" && r.New == "Child: Perspective 1, Weight: 0.5");
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("HR")]
    [InlineData("Director")]
    [InlineData("Manager")]
    public async Task Every_signed_in_role_may_read_the_history(string role)
    {
        var client = await factory.SignedInAsAsync(role);

        var response = await client.GetAsync(new Uri("/Kpis/History?nodeId=" + (await TestScorecards.CreateAsync(factory)).KpiIds[1], UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri("/Kpis/History?nodeId=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
