using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Scorecards/DeleteNode: the confirmation says what goes, and then all of it goes in one transaction.</summary>
public class DeleteNodeTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task Deleting_a_perspective_after_confirmation_removes_its_subtree_data_weights_and_comparison_sets()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Delete"));
        var (customer, kpiNodes, rootId) = await NodesAsync(id, "Customer");
        var (roundId, setId) = await AddRoundAsync(id, customer, kpiNodes, RoundStatus.Applied);
        await factory.InDbAsync(async db =>
        {
            var period = await db.Periods.FirstAsync(p => p.ScorecardId == id);
            db.Actuals.Add(new KpiActual { KpiNodeId = kpiNodes[0], PeriodId = period.Id, Value = 4.2 });
            return await db.SaveChangesAsync();
        });

        var confirmation = await HtmlForm.GetPageAsync(hr, $"/Scorecards/DeleteNode?id={customer}");

        Assert.Contains("3 node(s) below it: Leadership index, Job satisfaction index, Turnover", confirmation.QuerySelector("#descendants")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 KPI definition(s): CUS-1 Leadership index, CUS-2 Job satisfaction index, CUS-3 Turnover", confirmation.QuerySelector("#kpis")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("6 target(s) and 1 actual(s)", confirmation.QuerySelector("#targets")!.TextContent.Trim());
        // The perspective's own weights and the root's, which name the perspective as a child.
        Assert.StartsWith("2 version(s) of weights", confirmation.QuerySelector("#weights")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("with 1 answer(s)", confirmation.QuerySelector("#comparison-sets")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.InDbAsync(db => db.ComparisonSets.CountAsync(s => s.Id == setId)));

        var response = await HtmlForm.From(hr, confirmation, $"/Scorecards/DeleteNode?id={customer}", "#delete-form").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.InDbAsync(async db =>
        {
            List<int> gone = [customer, .. kpiNodes];
            Assert.False(await db.Nodes.AnyAsync(n => gone.Contains(n.Id)));
            Assert.False(await db.Kpis.AnyAsync(k => gone.Contains(k.NodeId)));
            Assert.False(await db.Targets.AnyAsync(t => gone.Contains(t.KpiNodeId)));
            Assert.False(await db.Actuals.AnyAsync(a => gone.Contains(a.KpiNodeId)));
            Assert.False(await db.Weightings.AnyAsync(w => w.ParentNodeId == customer || w.ParentNodeId == rootId));
            Assert.False(await db.ComparisonSets.AnyAsync(s => s.Id == setId));
            Assert.False(await db.QuestionnaireAnswers.AnyAsync(a => a.ComparisonSetId == setId));
            Assert.True(await db.WeightingRounds.AnyAsync(r => r.Id == roundId));
            Assert.Equal(["Financial", "Internal Business Process", "Learning & Growth"],
                (await ScorecardTree.LoadAsync(db, id)).Where(n => n.Depth == 1).Select(n => n.Name));
            var audit = await db.AuditEntries.Where(a => a.ScorecardId == id && a.Field == "deleted").ToListAsync();
            Assert.Contains(audit, a => a.Entity == "Kpi" && a.NodeId == kpiNodes[2] && a.OldValue!.Contains("Code: CUS-3", StringComparison.Ordinal));
            Assert.Equal(4, audit.Count(a => a.Entity == "ScorecardNode"));
            Assert.All(audit, a => Assert.Equal("hr@demo.local", a.User));
            return 0;
        });
        var tree = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={id}");
        Assert.Contains("\"Customer\" deleted with 3 node(s) below it and 3 KPI(s).", tree.QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_asked_about_in_an_open_weighting_round_is_not_deleted_and_the_round_is_named()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Open round"), copyPeriods: false);
        var (financial, kpiNodes, _) = await NodesAsync(id, "Financial");
        await AddRoundAsync(id, financial, kpiNodes, RoundStatus.Open);

        var confirmation = await HtmlForm.GetPageAsync(hr, $"/Scorecards/DeleteNode?id={kpiNodes[1]}");
        Assert.Contains("The open weighting round \"Round 2027\" asks directors", confirmation.QuerySelector("#refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("#delete-form"));

        var token = await hr.AntiforgeryTokenAsync($"/Scorecards/Tree?id={id}");
        var response = await hr.PostAsync($"/Scorecards/DeleteNode?id={kpiNodes[1]}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var page = await response.ReadPageAsync();
        Assert.Contains("Apply or close the round first", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.InDbAsync(db => db.Nodes.AnyAsync(n => n.Id == kpiNodes[1])));
    }

    [Fact]
    public async Task A_KPI_with_targets_in_a_locked_period_is_not_deleted()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Locked"));
        var (_, kpiNodes, _) = await NodesAsync(id, "Learning & Growth");
        await factory.InDbAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.ScorecardId == id && p.Name == "2022")).IsLocked = true;
            return await db.SaveChangesAsync();
        });

        var confirmation = await HtmlForm.GetPageAsync(hr, $"/Scorecards/DeleteNode?id={kpiNodes[0]}");

        Assert.Contains("locked period 2022", confirmation.QuerySelector("#refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("#delete-form"));
    }

    [Fact]
    public async Task The_top_node_cannot_be_deleted()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Root"), "blank");
        var root = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id)))[0];

        var confirmation = await HtmlForm.GetPageAsync(hr, $"/Scorecards/DeleteNode?id={root.Id}");

        Assert.Contains("cannot be deleted", confirmation.QuerySelector("#refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("#delete-form"));
    }

    [Fact]
    public async Task Deleting_a_group_without_data_removes_just_that_group()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Plain"));
        var customer = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Single(n => n.Name == "Customer");
        var confirmation = await HtmlForm.GetPageAsync(hr, $"/Scorecards/DeleteNode?id={customer.Id}");
        Assert.Null(confirmation.QuerySelector("#descendants"));

        await HtmlForm.From(hr, confirmation, $"/Scorecards/DeleteNode?id={customer.Id}", "#delete-form").PostAsync();

        Assert.Equal(["Financial", "Internal business process", "Learning and growth"],
            (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Where(n => n.Depth == 1).Select(n => n.Name));
    }

    private Task<(int Node, List<int> Children, int Root)> NodesAsync(int scorecardId, string name) =>
        factory.InDbAsync(async db =>
        {
            var tree = await ScorecardTree.LoadAsync(db, scorecardId);
            var node = tree.Single(n => n.Name == name);
            return (node.Id, tree.Where(n => n.ParentId == node.Id).Select(n => n.Id).ToList(), tree[0].Id);
        });

    /// <summary>A weighting round asking about the children of <paramref name="parentId"/>, with one director's answer.</summary>
    private Task<(int Round, int Set)> AddRoundAsync(int scorecardId, int parentId, List<int> children, RoundStatus status) =>
        factory.InDbAsync(async db =>
        {
            var director = await db.Users.SingleAsync(u => u.Email == "director1@demo.local");
            var round = new WeightingRound { ScorecardId = scorecardId, Name = "Round 2027", CreatedAt = DateTime.UtcNow, CreatedBy = "hr@demo.local", Status = status };
            var set = new ComparisonSet { Round = round, ParentNodeId = parentId, ChildNodeIds = children };
            var respondent = new RoundRespondent { Round = round, UserId = director.Id };
            respondent.Answers.Add(new QuestionnaireAnswer { ComparisonSet = set, Status = AnswerStatus.Submitted, Judgments = [.. Enumerable.Repeat<double?>(2, children.Count * (children.Count - 1) / 2)] });
            db.AddRange(round, set, respondent);
            await db.SaveChangesAsync();
            return (round.Id, set.Id);
        });
}
