using System.Globalization;
using System.Net;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Weights;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Kpis;

/// <summary>The KPI editor at /Kpis/Edit: create under a parent, edit, OMAX ladder from anchors, validation, conflicts, access.</summary>
public class KpiEditTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static string CreateUrl(TestScorecard s) => $"/Kpis/Edit?scorecardId={s.Id}&parentId={s.PerspectiveIds[0]}";

    private static HtmlForm Fill(HtmlForm form, string code, ScoringMethod method) => form
        .Set("Input.Code", code).Set("Input.Name", $"Name of {code}").Set("Input.Description", "Why it matters")
        .Set("Input.Unit", "%").Set("Input.Method", method.ToString()).Set("Input.IndicatorType", "Lead")
        .Set("Input.DataSource", "HRIS monthly export");

    private Task<Kpi?> KpiAsync(int scorecardId, string code) =>
        factory.WithDbAsync(db => db.Kpis.AsNoTracking().Include(k => k.Node).SingleOrDefaultAsync(k => k.ScorecardId == scorecardId && k.Code == code));

    [Theory]
    [InlineData(ScoringMethod.HigherIsBetter)]
    [InlineData(ScoringMethod.LowerIsBetter)]
    [InlineData(ScoringMethod.MustBeZero)]
    [InlineData(ScoringMethod.MustBeOne)]
    public async Task Creating_a_KPI_adds_a_leaf_under_the_parent_and_returns_to_the_tree(ScoringMethod method)
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form");

        var response = await Fill(form, "NEW-1", method).Set("Input.YellowFrom", "55,5").Set("Input.GreenFrom", "85").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Scorecards/Tree?id={scorecard.Id}", response.Headers.Location?.OriginalString);
        var kpi = await KpiAsync(scorecard.Id, "NEW-1");
        Assert.NotNull(kpi);
        Assert.Equal(method, kpi.Method);
        Assert.Equal(scorecard.PerspectiveIds[0], kpi.Node!.ParentId);
        Assert.Equal("Name of NEW-1", kpi.Node.Name);
        Assert.Equal("Why it matters", kpi.Node.Description);
        Assert.Equal(IndicatorType.Lead, kpi.IndicatorType);
        Assert.Equal("HRIS monthly export", kpi.DataSource);
        Assert.Equal(55.5, kpi.YellowFrom);
        Assert.Equal(85, kpi.GreenFrom);
        Assert.Empty(kpi.OmaxLevels);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.NodeId == kpi.NodeId).ToListAsync());
        Assert.Contains(audit, e => e.Entity == nameof(Kpi) && e.Field == "created" && e.User == "hr@demo.local");
    }

    [Fact]
    public async Task The_editor_shows_each_scoring_method_with_its_formula_in_words()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");

        var page = await HtmlForm.GetPageAsync(client, CreateUrl(scorecard));

        var formulas = page.QuerySelectorAll(".method-formula").Select(e => e.TextContent).ToList();
        Assert.Equal(Enum.GetValues<ScoringMethod>().Select(KpiScoringRule.Formula), formulas);
    }

    [Fact]
    public async Task Fill_ladder_puts_the_domain_ladder_from_worst_baseline_and_target_into_the_levels_and_saving_stores_it()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), "OMAX-1", ScoringMethod.Omax)
            .Set("Input.OmaxWorst", "20").Set("Input.OmaxBaseline", "35").Set("Input.OmaxTarget", "90");

        var filled = await TestScorecards.PageOfAsync(await form.PostAsync("FillLadder"));

        var expected = OmaxLadder.FromAnchors(20, 35, 90).Levels;
        var shown = Enumerable.Range(0, 11).Select(k => filled.QuerySelector($"[name='Input.OmaxLevels[{k}]']")?.GetAttribute("value")).ToList();
        Assert.Equal(expected.Select(v => v.ToString("0.##########", CultureInfo.GetCultureInfo("en-US"))), shown);
        Assert.Null(await KpiAsync(scorecard.Id, "OMAX-1")); // filling saves nothing

        var saved = await HtmlForm.From(client, filled, CreateUrl(scorecard), "#kpi-form").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var kpi = await KpiAsync(scorecard.Id, "OMAX-1");
        Assert.Equal(ScoringMethod.Omax, kpi!.Method);
        Assert.Equal(11, kpi.OmaxLevels.Count);
        for (var k = 0; k < 11; k++) Tolerance.Close(expected[k], kpi.OmaxLevels[k], 1e-9, $"level {k}");
    }

    [Fact]
    public async Task Anchors_that_cannot_make_a_ladder_are_refused_next_to_the_anchors()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), "OMAX-2", ScoringMethod.Omax)
            .Set("Input.OmaxWorst", "50").Set("Input.OmaxBaseline", "50").Set("Input.OmaxTarget", "");

        var missing = await TestScorecards.PageOfAsync(await form.PostAsync("FillLadder"));
        var flat = await TestScorecards.PageOfAsync(await form.Set("Input.OmaxTarget", "50").PostAsync("FillLadder"));

        Assert.Equal("Give a value to fill the ladder from.", missing.MessageFor("Input.OmaxTarget"));
        var domain = Assert.Throws<DomainValidationException>(() => OmaxLadder.FromAnchors(50, 50, 50));
        Assert.Equal($"These anchors do not make a ladder: {domain.Message} Worst, baseline and target must rise (or fall) in that order.",
            flat.MessageFor("Input.OmaxBaseline"));
    }

    [Fact]
    public async Task A_ladder_that_does_not_rise_steadily_is_refused_at_the_level_the_domain_names()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        double[] levels = [0, 10, 20, 30, 40, 35, 60, 70, 80, 90, 100];
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), "OMAX-3", ScoringMethod.Omax);
        for (var k = 0; k < 11; k++) form.Set($"Input.OmaxLevels[{k}]", levels[k].ToString(CultureInfo.InvariantCulture));

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var domain = Assert.Throws<DomainValidationException>(() => new OmaxLadder(levels));
        Assert.Equal("[5]", domain.Field);
        Assert.Equal(domain.Message, (await TestScorecards.PageOfAsync(response)).MessageFor("Input.OmaxLevels[5]"));
        Assert.Null(await KpiAsync(scorecard.Id, "OMAX-3"));
    }

    [Fact]
    public async Task A_code_already_used_in_the_scorecard_is_refused_next_to_the_code()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var existing = await factory.WithDbAsync(db => db.Kpis.Where(k => k.NodeId == scorecard.KpiIds[1]).Select(k => k.Code).SingleAsync());
        var client = await factory.SignedInAsAsync("HR");
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), existing, ScoringMethod.HigherIsBetter);

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"The code {existing} is already used by another KPI of this scorecard.",
            (await TestScorecards.PageOfAsync(response)).MessageFor("Input.Code"));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Kpis.CountAsync(k => k.ScorecardId == scorecard.Id)));
    }

    [Fact]
    public async Task A_yellow_threshold_above_the_green_one_is_refused_with_the_domain_message()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), "THR-1", ScoringMethod.HigherIsBetter)
            .Set("Input.YellowFrom", "90").Set("Input.GreenFrom", "70");

        var page = await TestScorecards.PageOfAsync(await form.PostAsync());

        var domain = Assert.Throws<DomainValidationException>(() => new Thresholds(90, 70));
        Assert.Equal(domain.Message, page.MessageFor("Input.GreenFrom"));
        Assert.Null(await KpiAsync(scorecard.Id, "THR-1"));
    }

    [Fact]
    public async Task Blank_code_one_threshold_alone_and_an_unreadable_number_are_each_shown_next_to_their_field()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Fill(await HtmlForm.FromPageAsync(client, CreateUrl(scorecard), "#kpi-form"), "", ScoringMethod.HigherIsBetter)
            .Set("Input.YellowFrom", "sixty");

        var page = await TestScorecards.PageOfAsync(await form.PostAsync());

        Assert.Equal("Give the KPI a code, e.g. FIN-1.", page.MessageFor("Input.Code"));
        Assert.StartsWith("\"sixty\" is not a number.", page.MessageFor("Input.YellowFrom"), StringComparison.Ordinal);
        Assert.Equal("Give both thresholds to override the scorecard's, or leave both empty.", page.MessageFor("Input.GreenFrom"));
    }

    [Fact]
    public async Task Editing_an_existing_KPI_saves_the_changes_and_records_old_and_new_values()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var nodeId = scorecard.KpiIds[0];
        var client = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(client, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        Assert.Equal("%", form.Get("Input.Unit"));

        var response = await form.Set("Input.Unit", "percent").Set("Input.Name", "Renamed KPI").Set("Input.Method", "LowerIsBetter").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kpi = await factory.WithDbAsync(db => db.Kpis.AsNoTracking().Include(k => k.Node).SingleAsync(k => k.NodeId == nodeId));
        Assert.Equal(("percent", "Renamed KPI", ScoringMethod.LowerIsBetter), (kpi.Unit, kpi.Node!.Name, kpi.Method));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.NodeId == nodeId && e.Field != "created").ToListAsync());
        Assert.Contains(audit, e => e is { Entity: nameof(Kpi), Field: "Unit", OldValue: "%", NewValue: "percent" });
        Assert.Contains(audit, e => e is { Entity: nameof(Kpi), Field: "Method", OldValue: "HigherIsBetter", NewValue: "LowerIsBetter" });
        Assert.Contains(audit, e => e is { Entity: nameof(ScorecardNode), Field: "Name", OldValue: "KPI 1", NewValue: "Renamed KPI" });
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_shows_the_current_values_and_overwrites_nothing()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var nodeId = scorecard.KpiIds[2];
        var first = await factory.SignedInAsAsync("HR");
        var second = await factory.SignedInAsAsync("HR");
        var firstForm = await HtmlForm.FromPageAsync(first, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        var secondForm = await HtmlForm.FromPageAsync(second, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.Set("Input.Unit", "index points").PostAsync()).StatusCode);

        var response = await secondForm.Set("Input.DataSource", "Payroll").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = (await TestScorecards.PageOfAsync(response)).QuerySelector("#conflict")?.TextContent ?? "";
        Assert.Contains("Someone else saved this KPI", conflict, StringComparison.Ordinal);
        Assert.Contains("unit \"index points\"", conflict, StringComparison.Ordinal);
        var kpi = await factory.WithDbAsync(db => db.Kpis.AsNoTracking().SingleAsync(k => k.NodeId == nodeId));
        Assert.Equal(("index points", (string?)null), (kpi.Unit, kpi.DataSource));
    }

    [Fact]
    public async Task A_KPI_cannot_be_added_under_another_KPI()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");

        var response = await client.GetAsync(new Uri($"/Kpis/Edit?scorecardId={scorecard.Id}&parentId={scorecard.KpiIds[0]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Director")]
    [InlineData("Admin")]
    public async Task Roles_other_than_HR_are_denied_the_KPI_editor(string role)
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync(role);

        var get = await client.GetAsync(new Uri(CreateUrl(scorecard), UriKind.Relative));
        var edit = await client.GetAsync(new Uri($"/Kpis/Edit?nodeId={scorecard.KpiIds[0]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/Account/AccessDenied", get.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var post = await client.PostAsync(new Uri(CreateUrl(scorecard), UriKind.Relative), new FormUrlEncodedContent([new("Input.Code", "X-1")]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(await KpiAsync(scorecard.Id, "X-1"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri("/Kpis/Edit?nodeId=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
