using System.Globalization;
using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Scorecards/MoveNode: a node moves, with its subtree, to another group of the same scorecard.</summary>
public class MoveNodeTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_KPI_moves_to_another_perspective_as_its_last_child_and_the_move_is_audited()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Move"), copyPeriods: false);
        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        var turnover = tree.Single(n => n.KpiCode == "CUS-3");
        var learning = tree.Single(n => n.Name == "Learning & Growth");
        var customer = tree.Single(n => n.Name == "Customer");

        var response = await (await HtmlForm.FromPageAsync(hr, $"/Scorecards/MoveNode?id={turnover.Id}", "#move-form"))
            .Set("NewParentId", Id(learning.Id)).PostAsync();

        Assert.Equal(id, ScorecardPages.IdFromTreeRedirect(response));
        var after = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        Assert.Equal(learning.Id, after.Single(n => n.Id == turnover.Id).ParentId);
        Assert.Equal(after.Where(n => n.ParentId == learning.Id).Last().Id, turnover.Id);
        Assert.DoesNotContain(after, n => n.ParentId == customer.Id && n.Id == turnover.Id);
        var audit = await factory.InDbAsync(db => db.AuditEntries.Where(a => a.NodeId == turnover.Id && a.Field == "ParentId").ToListAsync());
        Assert.Contains(audit, a => a.OldValue == Id(customer.Id) && a.NewValue == Id(learning.Id) && a.User == "hr@demo.local");
    }

    [Fact]
    public async Task A_group_cannot_move_under_itself_or_under_something_below_it()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Loop"));
        var customer = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Single(n => n.Name == "Customer");
        var objective = await factory.InDbAsync(async db =>
        {
            var node = new ScorecardNode { ScorecardId = id, ParentId = customer.Id, Name = "Retain talent", Position = 0 };
            db.Add(node);
            await db.SaveChangesAsync();
            return node.Id;
        });

        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/MoveNode?id={customer.Id}", "#move-form");
        var offered = HtmlForm.Parse(await (await hr.GetAsync(new Uri($"/Scorecards/MoveNode?id={customer.Id}", UriKind.Relative))).Content.ReadAsStringAsync())
            .QuerySelectorAll("#NewParentId option").Select(o => o.GetAttribute("value")).ToList();
        var page = await (await form.Set("NewParentId", Id(objective)).PostAsync()).ReadPageAsync();

        Assert.DoesNotContain(Id(objective), offered);
        Assert.DoesNotContain(Id(customer.Id), offered);
        Assert.Contains("cannot move under itself", page.MessageFor("NewParentId"), StringComparison.Ordinal);
        Assert.Null(await factory.InDbAsync(db => db.Nodes.Where(n => n.Id == customer.Id).Select(n => n.ParentId == objective ? (int?)1 : null).SingleAsync()));
    }

    [Fact]
    public async Task A_scorecard_with_a_locked_period_refuses_moves_because_the_published_report_would_change()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Locked"));
        await factory.InDbAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.ScorecardId == id && p.Name == "2022")).IsLocked = true;
            return await db.SaveChangesAsync();
        });
        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        var turnover = tree.Single(n => n.KpiCode == "CUS-3");
        var learning = tree.Single(n => n.Name == "Learning & Growth");
        var token = await hr.AntiforgeryTokenAsync($"/Scorecards/Tree?id={id}");

        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/MoveNode?id={turnover.Id}");
        var response = await hr.PostAsync(new Uri($"/Scorecards/MoveNode?id={turnover.Id}", UriKind.Relative), new FormUrlEncodedContent(
            [new("NewParentId", Id(learning.Id)), new("__RequestVerificationToken", token)]));

        Assert.Contains("Period 2022 is locked", page.QuerySelector("#refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#move-form"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(turnover.ParentId, await factory.InDbAsync(db => db.Nodes.Where(n => n.Id == turnover.Id).Select(n => n.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task An_open_weighting_round_about_the_old_or_new_parent_stops_the_move_with_its_name()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Round"), copyPeriods: false);
        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        var turnover = tree.Single(n => n.KpiCode == "CUS-3");
        var learning = tree.Single(n => n.Name == "Learning & Growth");
        await factory.InDbAsync(async db =>
        {
            var round = new WeightingRound { ScorecardId = id, Name = "Round 2027", CreatedAt = DateTime.UtcNow, CreatedBy = "hr@demo.local", Status = RoundStatus.Open };
            db.AddRange(round, new ComparisonSet { Round = round, ParentNodeId = learning.Id, ChildNodeIds = [.. tree.Where(n => n.ParentId == learning.Id).Select(n => n.Id)] });
            return await db.SaveChangesAsync();
        });

        var page = await (await (await HtmlForm.FromPageAsync(hr, $"/Scorecards/MoveNode?id={turnover.Id}", "#move-form"))
            .Set("NewParentId", Id(learning.Id)).PostAsync()).ReadPageAsync();

        Assert.Contains("open weighting round \"Round 2027\"", page.MessageFor("NewParentId"), StringComparison.Ordinal);
        Assert.Equal(turnover.ParentId, await factory.InDbAsync(db => db.Nodes.Where(n => n.Id == turnover.Id).Select(n => n.ParentId).SingleAsync()));
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Director")]
    public async Task Only_HR_may_move_nodes(string role)
    {
        var client = await factory.SignedInAsAsync(role);
        var demo = await factory.DemoScorecardIdAsync();
        var node = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, demo)))[1];

        var response = await client.GetAsync(new Uri($"/Scorecards/MoveNode?id={node.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
