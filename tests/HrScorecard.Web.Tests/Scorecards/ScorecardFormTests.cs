using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Scorecards;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Scorecards/Index, Create and Edit as HR uses them.</summary>
public class ScorecardFormTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task The_list_shows_the_demo_scorecard_with_its_KPI_and_period_counts_and_links()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await factory.DemoScorecardIdAsync();
        var (kpis, periods) = await factory.InDbAsync(async db =>
            (await db.Kpis.CountAsync(k => k.ScorecardId == id), await db.Periods.CountAsync(p => p.ScorecardId == id)));

        var page = await HtmlForm.GetPageAsync(hr, "/Scorecards/Index");

        var row = page.QuerySelector($"tr[data-scorecard-id='{id}']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(DemoData.ScorecardName, cells[0]);
        Assert.Equal("Active", cells[2]);
        Assert.Equal((9, 2), (kpis, periods));
        Assert.Equal(kpis.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3]);
        Assert.Equal(periods.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[4]);
        var links = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Scorecards/Tree?id={id}", links);
        Assert.Contains($"/Scorecards/Edit?id={id}", links);
        Assert.Contains($"/Scorecards/Clone?id={id}", links);
        Assert.Contains($"/Periods/Index?scorecardId={id}", links);
        Assert.Contains($"/Dashboard/Index?scorecardId={id}", links);
        Assert.Null(page.QuerySelector("#empty-state"));
    }

    [Fact]
    public async Task Creating_from_the_template_makes_a_draft_with_the_four_perspectives_and_opens_its_tree()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var name = ScorecardPages.UniqueName("Template");

        var id = await hr.CreateScorecardAsync(name);

        var (scorecard, tree) = await factory.InDbAsync(async db =>
            (await db.Scorecards.SingleAsync(s => s.Id == id), await ScorecardTree.LoadAsync(db, id)));
        Assert.Equal(ScorecardStatus.Draft, scorecard.Status);
        Assert.Equal((60.0, 80.0, (double?)null), (scorecard.YellowFrom, scorecard.GreenFrom, scorecard.ScoreCap));
        Assert.Equal([name, .. CreateModel.Perspectives], tree.Select(n => n.Name));
        Assert.Equal([0, 1, 1, 1, 1], tree.Select(n => n.Depth));
        Assert.DoesNotContain(tree, n => n.IsKpi);

        var page = await HtmlForm.GetPageAsync(hr, $"/Scorecards/Tree?id={id}");
        Assert.Contains("created as a draft", page.QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("#tree tbody tr").Length);
    }

    [Fact]
    public async Task Creating_writes_audit_entries_naming_the_HR_user()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Audited"));

        var entries = await factory.InDbAsync(db => db.AuditEntries.Where(a => a.ScorecardId == id).ToListAsync());

        Assert.Contains(entries, e => e is { Entity: "Scorecard", Field: "created", User: "hr@demo.local" });
        Assert.Equal(5, entries.Count(e => e is { Entity: "ScorecardNode", Field: "created" }));
    }

    [Fact]
    public async Task A_blank_scorecard_has_only_its_top_node_and_thresholds_typed_with_a_decimal_comma_are_read()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(hr, "/Scorecards/Create", "#scorecard-form");
        form.Set("Input.Name", ScorecardPages.UniqueName("Blank")).Set("Input.OrganisationUnit", "Finance")
            .Set("Input.StartingPoint", "blank").Set("Input.YellowFrom", "62,5").Set("Input.GreenFrom", "85").Set("Input.ScoreCap", "120");

        var id = ScorecardPages.IdFromTreeRedirect(await form.PostAsync());

        var (scorecard, nodes) = await factory.InDbAsync(async db =>
            (await db.Scorecards.SingleAsync(s => s.Id == id), await db.Nodes.CountAsync(n => n.ScorecardId == id)));
        Assert.Equal((62.5, 85.0, (double?)120), (scorecard.YellowFrom, scorecard.GreenFrom, scorecard.ScoreCap));
        Assert.Equal(1, nodes);
    }

    [Fact]
    public async Task Copying_the_structure_of_the_demo_copies_groups_and_KPI_definitions_but_no_weights_or_periods()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var demoId = await factory.DemoScorecardIdAsync();

        var name = ScorecardPages.UniqueName("Copy");
        var id = await hr.CreateScorecardAsync(name, "copy", demoId);

        await factory.InDbAsync(async db =>
        {
            var source = await ScorecardTree.LoadAsync(db, demoId);
            var copy = await ScorecardTree.LoadAsync(db, id);
            Assert.Equal(source.Skip(1).Select(n => (n.Name, n.Depth, n.KpiCode, n.Unit)), copy.Skip(1).Select(n => (n.Name, n.Depth, n.KpiCode, n.Unit)));
            Assert.Equal(name, copy[0].Name);
            var methods = await db.Kpis.Where(k => k.ScorecardId == demoId || k.ScorecardId == id)
                .Select(k => new { k.ScorecardId, k.Code, k.Method }).ToListAsync();
            Assert.Equal(methods.Where(k => k.ScorecardId == demoId).OrderBy(k => k.Code).Select(k => (k.Code, k.Method)),
                methods.Where(k => k.ScorecardId == id).OrderBy(k => k.Code).Select(k => (k.Code, k.Method)));
            Assert.False(await db.Weightings.AnyAsync(w => w.ScorecardId == id));
            Assert.False(await db.Periods.AnyAsync(p => p.ScorecardId == id));
            return 0;
        });
    }

    [Theory]
    [InlineData("Input.Name", "", "Give the scorecard a name.")]
    [InlineData("Input.YellowFrom", "abc", "\"abc\" is not a number.")]
    [InlineData("Input.YellowFrom", "-5", "The yellow threshold is a score between 0 and 1000 (%).")]
    [InlineData("Input.GreenFrom", "50", "Green must start above yellow (60 %).")]
    [InlineData("Input.ScoreCap", "90", "A score cap is at least 100 (%); leave it empty for no cap.")]
    public async Task Invalid_input_is_shown_next_to_its_field_and_nothing_is_created(string field, string value, string message)
    {
        var hr = await factory.SignedInAsAsync("HR");
        var name = ScorecardPages.UniqueName("Invalid");
        var form = await HtmlForm.FromPageAsync(hr, "/Scorecards/Create", "#scorecard-form");
        form.Set("Input.Name", name).Set("Input.OrganisationUnit", "HR").Set(field, value);

        var page = await (await form.PostAsync()).ReadPageAsync();

        Assert.StartsWith(message, page.MessageFor(field), StringComparison.Ordinal);
        Assert.False(await factory.InDbAsync(db => db.Scorecards.AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task Copying_without_choosing_a_scorecard_asks_for_one()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(hr, "/Scorecards/Create", "#scorecard-form");
        form.Set("Input.Name", "No source").Set("Input.OrganisationUnit", "HR").Set("Input.StartingPoint", "copy").Set("Input.CopyFromId", "");

        var page = await (await form.PostAsync()).ReadPageAsync();

        Assert.Equal("Choose the scorecard whose structure to copy.", page.MessageFor("Input.CopyFromId"));
    }

    [Fact]
    public async Task Editing_saves_the_fields_and_status_and_audits_old_and_new_values()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var oldName = ScorecardPages.UniqueName("Before");
        var id = await hr.CreateScorecardAsync(oldName);
        var newName = ScorecardPages.UniqueName("After");
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Edit?id={id}", "#scorecard-form");
        Assert.Equal(oldName, form.Get("Input.Name"));

        var response = await form.Set("Input.Name", newName).Set("Input.Status", ((int)ScorecardStatus.Active).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.GreenFrom", "75").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.InDbAsync(async db =>
        {
            var saved = await db.Scorecards.SingleAsync(s => s.Id == id);
            Assert.Equal((newName, ScorecardStatus.Active, 75.0), (saved.Name, saved.Status, saved.GreenFrom));
            var audit = await db.AuditEntries.Where(a => a.ScorecardId == id && a.Entity == "Scorecard").ToListAsync();
            Assert.Contains(audit, a => a is { Field: "Name", User: "hr@demo.local" } && a.OldValue == oldName && a.NewValue == newName);
            Assert.Contains(audit, a => a is { Field: "Status", OldValue: "Draft", NewValue: "Active" });
            Assert.Contains(audit, a => a is { Field: "GreenFrom", OldValue: "80", NewValue: "75" });
            return 0;
        });
    }

    [Fact]
    public async Task When_two_people_edit_at_once_the_second_sees_the_current_values_and_overwrites_nothing()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Shared"));
        var first = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Edit?id={id}", "#scorecard-form");
        var second = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Edit?id={id}", "#scorecard-form");
        var firstName = ScorecardPages.UniqueName("First");
        Assert.Equal(HttpStatusCode.Redirect, (await first.Set("Input.Name", firstName).PostAsync()).StatusCode);

        var page = await (await second.Set("Input.Name", "Second").Set("Input.YellowFrom", "50").PostAsync()).ReadPageAsync();

        var conflict = page.QuerySelector("#conflict")!.TextContent;
        Assert.Contains("Someone else saved this scorecard", conflict, StringComparison.Ordinal);
        Assert.Contains($"name \"{firstName}\"", conflict, StringComparison.Ordinal);
        var saved = await factory.InDbAsync(db => db.Scorecards.SingleAsync(s => s.Id == id));
        Assert.Equal((firstName, 60.0), (saved.Name, saved.YellowFrom));
        // The form now carries the current version: saving again is a deliberate overwrite.
        Assert.Equal(saved.Version.ToString(), HtmlForm.From(hr, page, $"/Scorecards/Edit?id={id}", "#scorecard-form").Get("Input.Version"));
    }

    [Fact]
    public async Task Edit_validates_like_create()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var id = await hr.CreateScorecardAsync(ScorecardPages.UniqueName("Check"));
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Edit?id={id}", "#scorecard-form");

        var page = await (await form.Set("Input.OrganisationUnit", " ").Set("Input.GreenFrom", "1.2.3,4,5").PostAsync()).ReadPageAsync();

        Assert.Equal("Say which organisation unit the scorecard measures.", page.MessageFor("Input.OrganisationUnit"));
        Assert.Contains("mixes separators", page.MessageFor("Input.GreenFrom"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Scorecards/Edit?id=999999")]
    [InlineData("/Scorecards/Edit?id=abc")]
    [InlineData("/Scorecards/Clone?id=999999")]
    [InlineData("/Scorecards/Tree?id=999999")]
    [InlineData("/Scorecards/Tree")]
    [InlineData("/Scorecards/Node?id=999999")]
    [InlineData("/Scorecards/Node?parentId=999999")]
    [InlineData("/Scorecards/Node")]
    [InlineData("/Scorecards/DeleteNode?id=999999")]
    public async Task Unknown_ids_answer_404(string url)
    {
        var hr = await factory.SignedInAsAsync("HR");

        var response = await hr.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
