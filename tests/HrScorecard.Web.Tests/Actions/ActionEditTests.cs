using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Actions;

/// <summary>
/// /Actions/Edit: root cause and improvement actions of one KPI in one period. Each test works on its own KPI and
/// period of the demo company, so the tests do not depend on each other's order.
/// </summary>
public class ActionEditTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private async Task<string> UrlAsync(string code, string period) =>
        $"/Actions/Edit?nodeId={await DemoScorecard.KpiNodeIdAsync(factory, code)}&periodId={await DemoScorecard.PeriodIdAsync(factory, period)}";

    private Task<List<ImprovementAction>> ActionsAsync(string code, string period) => factory.WithDbAsync(async db =>
    {
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, code);
        var periodId = await DemoScorecard.PeriodIdAsync(factory, period);
        return await db.ImprovementActions.AsNoTracking().Where(a => a.KpiNodeId == nodeId && a.PeriodId == periodId).OrderBy(a => a.Id).ToListAsync();
    });

    private static string? MessageFor(AngleSharp.Html.Dom.IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    [Fact]
    public async Task A_manager_records_a_root_cause_and_an_action_which_are_audited_and_shown_on_the_dashboard()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var url = await UrlAsync("CUS-3", "2022");
        var form = await HtmlForm.FromPageAsync(client, url, "#actions-form");

        var response = await form.Set("Input.RootCause", "Wages below the regional market.")
            .Set("Input.NewAction.Description", "Benchmark salaries against the region")
            .Set("Input.NewAction.Owner", "Compensation team")
            .Set("Input.NewAction.DueDate", "2023-06-30")
            .Set("Input.NewAction.Status", "InProgress")
            .PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await HtmlForm.GetPageAsync(client, response.Headers.Location!.ToString());
        Assert.Contains("Saved", after.QuerySelector("#status-message")!.TextContent);
        var action = Assert.Single(await ActionsAsync("CUS-3", "2022"));
        Assert.Equal(("Benchmark salaries against the region", "Compensation team", new DateOnly(2023, 6, 30), ActionStatus.InProgress),
            (action.Description, action.Owner, action.DueDate, action.Status));
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.NodeId == nodeId && (a.Entity == nameof(RootCause) || a.Entity == nameof(ImprovementAction))).ToListAsync());
        Assert.Contains(audit, a => a.Entity == nameof(RootCause) && a.User == "manager@demo.local" && a.NewValue!.Contains("regional market", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Entity == nameof(ImprovementAction) && a.NewValue!.Contains("Benchmark salaries", StringComparison.Ordinal));

        var dashboard = await HtmlForm.GetPageAsync(client, "/Dashboard/Index");
        Assert.Contains("Benchmark salaries against the region", dashboard.QuerySelector("#open-actions")!.TextContent);
        var kpiPage = await HtmlForm.GetPageAsync(client, $"/Dashboard/Kpi?nodeId={nodeId}&periodId={await DemoScorecard.PeriodIdAsync(factory, "2022")}");
        Assert.Contains("Wages below the regional market.", kpiPage.QuerySelector("#root-cause")!.TextContent);
        Assert.Null(kpiPage.QuerySelector("#action-prompt"));
    }

    [Fact]
    public async Task HR_edits_an_action_and_marks_another_done()
    {
        var client = await factory.SignedInAsAsync("HR");
        var url = await UrlAsync("IBP-1", "2022");
        foreach (var description in new[] { "Absence interviews", "Flexible shifts" })
        {
            var add = await HtmlForm.FromPageAsync(client, url, "#actions-form");
            Assert.Equal(HttpStatusCode.Redirect, (await add.Set("Input.NewAction.Description", description).Set("Input.NewAction.Owner", "HR").PostAsync()).StatusCode);
        }
        var stored = await ActionsAsync("IBP-1", "2022");
        Assert.Equal(2, stored.Count);

        var form = await HtmlForm.FromPageAsync(client, url, "#actions-form");
        Assert.Equal("Absence interviews", form.Get("Input.Actions[0].Description"));
        var response = await form.Set("Input.Actions[0].Owner", "Plant managers").Set("markDone", stored[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ActionsAsync("IBP-1", "2022");
        Assert.Equal(("Plant managers", ActionStatus.Planned), (after[0].Owner, after[0].Status));
        Assert.Equal(ActionStatus.Done, after[1].Status);
        var dashboard = await HtmlForm.GetPageAsync(client, "/Dashboard/Index");
        Assert.DoesNotContain("Flexible shifts", dashboard.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Missing_owner_and_an_impossible_date_are_reported_next_to_their_fields_and_nothing_is_saved()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var form = await HtmlForm.FromPageAsync(client, await UrlAsync("CUS-3", "2023"), "#actions-form");

        var response = await form.Set("Input.RootCause", "Not saved either")
            .Set("Input.NewAction.Description", "Exit interviews")
            .Set("Input.NewAction.DueDate", "2024-02-31")
            .PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Name who is responsible.", MessageFor(page, "Input.NewAction.Owner"));
        Assert.Contains("is not a date", MessageFor(page, "Input.NewAction.DueDate"));
        Assert.Equal("Exit interviews", page.QuerySelector("#Input_NewAction_Description")!.TextContent);
        Assert.Empty(await ActionsAsync("CUS-3", "2023"));
        var nodeId = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var periodId = await DemoScorecard.PeriodIdAsync(factory, "2023");
        Assert.False(await factory.WithDbAsync(db => db.RootCauses.AnyAsync(r => r.KpiNodeId == nodeId && r.PeriodId == periodId)));
    }

    [Fact]
    public async Task A_second_editor_of_the_same_action_gets_a_conflict_showing_the_current_value_and_overwrites_nothing()
    {
        var first = await factory.SignedInAsAsync("Manager");
        var second = await factory.SignedInAsAsync("HR");
        var url = await UrlAsync("IBP-2", "2023");
        var add = await HtmlForm.FromPageAsync(first, url, "#actions-form");
        await add.Set("Input.NewAction.Description", "Complaint hotline").Set("Input.NewAction.Owner", "HR").PostAsync();

        var formOfFirst = await HtmlForm.FromPageAsync(first, url, "#actions-form");
        var formOfSecond = await HtmlForm.FromPageAsync(second, url, "#actions-form");
        Assert.Equal(HttpStatusCode.Redirect, (await formOfFirst.Set("Input.Actions[0].Owner", "Works council").PostAsync()).StatusCode);
        var response = await formOfSecond.Set("Input.Actions[0].Owner", "Legal").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        var message = MessageFor(page, "Input.Actions[0].Description");
        Assert.Contains("Someone else changed this action meanwhile", message);
        Assert.Contains("owner Works council", message);
        Assert.Equal("Works council", Assert.Single(await ActionsAsync("IBP-2", "2023")).Owner);
    }

    [Fact]
    public async Task Directors_are_denied_and_unknown_KPIs_are_not_found()
    {
        var director = await factory.SignedInAsAsync("Director");
        var denied = await director.GetAsync(await UrlAsync("CUS-3", "2022"));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.ToString());

        var manager = await factory.SignedInAsAsync("Manager");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/Actions/Edit?nodeId=999999&periodId=1")).StatusCode);
    }
}
