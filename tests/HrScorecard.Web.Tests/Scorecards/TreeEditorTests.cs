using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Scorecards/Tree with Node (add group, rename): the hierarchy at any depth, reordering, links to the KPI and weight pages.</summary>
public class TreeEditorTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task The_demo_tree_lists_every_node_in_order_with_its_kind_code_and_method_and_the_links_to_build_it()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await factory.DemoScorecardIdAsync();
        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));

        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={id}");

        var rows = page.QuerySelectorAll("#tree tbody tr");
        Assert.Equal(tree.Select(n => n.Name), rows.Select(r => r.QuerySelector(".node-name")!.TextContent));
        Assert.Equal(tree.Select(n => n.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.GetAttribute("data-depth")));
        var turnover = rows.Single(r => r.QuerySelector(".node-name")!.TextContent == "Turnover");
        Assert.Equal(["KPI", "CUS-3", "%", "Lower is better"], turnover.QuerySelectorAll("td").Skip(1).Take(4).Select(c => c.TextContent.Trim()));
        var turnoverId = tree.Single(n => n.KpiCode == "CUS-3").Id;
        Assert.NotNull(turnover.QuerySelector($"a[href='/Kpis/Edit?nodeId={turnoverId}']"));
        Assert.Null(turnover.QuerySelector("a[href^='/Weights/']"));

        var customer = tree.Single(n => n.Name == "Customer");
        var customerRow = page.QuerySelector($"#node-{customer.Id}")!;
        Assert.NotNull(customerRow.QuerySelector($"a[href='/Kpis/Edit?scorecardId={id}&parentId={customer.Id}']"));
        Assert.NotNull(customerRow.QuerySelector($"a[href='/Weights/Edit?scorecardId={id}&parentId={customer.Id}']"));
        // Weights are set under every parent with two or more children: the root and the four perspectives.
        Assert.Equal(5, page.QuerySelectorAll("a[href^='/Weights/Edit']").Length);
    }

    [Fact]
    public async Task The_indentation_does_not_depend_on_the_users_culture()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await factory.DemoScorecardIdAsync();

        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={id}&culture=id-ID");

        var kpiRow = page.QuerySelector("#tree tr[data-depth='2']")!;
        // The indentation is a stylesheet rule keyed to data-depth (the Content-Security-Policy refuses inline styles).
        Assert.Null(kpiRow.QuerySelector("td")!.GetAttribute("style"));
        Assert.Equal("tree-indent", kpiRow.QuerySelector("td")!.ClassName);
        var css = await hr.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Contains("[data-depth=\"2\"] > .tree-indent { padding-left: 3.5rem; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_can_be_added_at_any_depth_and_appear_under_their_parent()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Deep"));
        var customer = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Single(n => n.Name == "Customer");

        var objective = await AddGroupAsync(hr, customer.Id, "Retain talent", "Keep good people");
        var programme = await AddGroupAsync(hr, objective, "Mentoring programme", null);

        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        Assert.Equal((customer.Id, 2), tree.Where(n => n.Id == objective).Select(n => (n.ParentId!.Value, n.Depth)).Single());
        Assert.Equal((objective, 3), tree.Where(n => n.Id == programme).Select(n => (n.ParentId!.Value, n.Depth)).Single());
        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={id}");
        Assert.Equal("3", page.QuerySelector($"#node-{programme}")!.GetAttribute("data-depth"));
        Assert.Contains("Keep good people", page.QuerySelector($"#node-{objective}")!.TextContent, StringComparison.Ordinal);
        var audit = await factory.InDbAsync(db => db.AuditEntries.Where(a => a.NodeId == programme).ToListAsync());
        Assert.Contains(audit, a => a is { Entity: "ScorecardNode", Field: "created", User: "hr@demo.local" });
    }

    [Fact]
    public async Task A_name_already_used_at_the_same_level_is_refused_next_to_the_name()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Unique"));
        var root = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id)))[0];
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Node?parentId={root.Id}", "#node-form");

        var page = await (await form.Set("Input.Name", " customer ").PostAsync()).ReadPageAsync();

        Assert.Equal("\"customer\" already exists at this level; choose another name.", page.MessageFor("Input.Name"));
        Assert.Equal(5, await factory.InDbAsync(db => db.Nodes.CountAsync(n => n.ScorecardId == id)));

        var empty = await (await form.Set("Input.Name", "").PostAsync()).ReadPageAsync();
        Assert.Equal("Give the node a name.", empty.MessageFor("Input.Name"));
    }

    [Fact]
    public async Task A_KPI_takes_no_groups_below_it()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var kpiNode = await factory.InDbAsync(db => db.Kpis.Where(k => k.Code == "FIN-1").Select(k => k.NodeId).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/Scorecards/Node?parentId={kpiNode}")).StatusCode);
    }

    [Fact]
    public async Task Renaming_saves_name_and_description_and_a_concurrent_rename_shows_the_current_name()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Rename"));
        var financial = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Single(n => n.Name == "Financial");
        var first = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Node?id={financial.Id}", "#node-form");
        var second = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Node?id={financial.Id}", "#node-form");

        var saved = await first.Set("Input.Name", "Financial perspective").Set("Input.Description", "Money matters").PostAsync();
        var conflict = await (await second.Set("Input.Name", "Finance").PostAsync()).ReadPageAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("It is now named \"Financial perspective\"", conflict.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        var node = await factory.InDbAsync(db => db.Nodes.SingleAsync(n => n.Id == financial.Id));
        Assert.Equal(("Financial perspective", "Money matters"), (node.Name, node.Description));
        var audit = await factory.InDbAsync(db => db.AuditEntries.Where(a => a.NodeId == financial.Id && a.Field == "Name").ToListAsync());
        Assert.Contains(audit, a => a is { OldValue: "Financial", NewValue: "Financial perspective" });
    }

    [Fact]
    public async Task Moving_a_node_up_and_down_swaps_it_with_its_neighbour()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Order"));
        var learning = (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id))).Single(n => n.Name == "Learning and growth");

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, id, learning.Id, "up")).StatusCode);
        Assert.Equal(["Financial", "Customer", "Learning and growth", "Internal business process"], await PerspectivesAsync(id));

        await MoveAsync(hr, id, learning.Id, "up");
        await MoveAsync(hr, id, learning.Id, "up");
        await MoveAsync(hr, id, learning.Id, "up"); // already first: nothing changes
        Assert.Equal(["Learning and growth", "Financial", "Customer", "Internal business process"], await PerspectivesAsync(id));

        await MoveAsync(hr, id, learning.Id, "down");
        Assert.Equal(["Financial", "Learning and growth", "Customer", "Internal business process"], await PerspectivesAsync(id));
    }

    private async Task<List<string>> PerspectivesAsync(int scorecardId) =>
        [.. (await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, scorecardId))).Where(n => n.Depth == 1).Select(n => n.Name)];

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient hr, int scorecardId, int nodeId, string direction)
    {
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Tree?id={scorecardId}", $"#node-{nodeId} form");
        return await form.Set("direction", direction).PostAsync();
    }

    private static async Task<int> AddGroupAsync(HttpClient hr, int parentId, string name, string? description)
    {
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Node?parentId={parentId}", "#node-form");
        var response = await form.Set("Input.Name", name).Set("Input.Description", description ?? "").PostAsync();
        var scorecardId = ScorecardPages.IdFromTreeRedirect(response);
        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={scorecardId}");
        var row = page.QuerySelectorAll("#tree tbody tr").Single(r => r.QuerySelector(".node-name")!.TextContent == name);
        return int.Parse(row.GetAttribute("data-node-id")!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
