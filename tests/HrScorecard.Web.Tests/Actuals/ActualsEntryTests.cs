using System.Globalization;
using System.Net;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Actuals;

/// <summary>Pages/Actuals/Enter: one page of targets, actuals and comments for a period, saved all at once.</summary>
public class ActualsEntryTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private async Task<(HttpClient Client, TestScorecard Scorecard)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
        return (await factory.SignedInAsAsync("HR"), scorecard);
    }

    private Task<Dictionary<int, KpiActual>> ActualsAsync(int periodId) =>
        factory.QueryAsync(db => db.Actuals.AsNoTracking().Where(a => a.PeriodId == periodId).ToDictionaryAsync(a => a.KpiNodeId));

    private Task<Dictionary<int, double>> TargetsAsync(int periodId) =>
        factory.QueryAsync(db => db.Targets.AsNoTracking().Where(t => t.PeriodId == periodId).ToDictionaryAsync(t => t.KpiNodeId, t => t.Value));

    private static readonly string[] TargetsTyped = ["FIN-1", "FIN-2", "CUS-1", "CUS-3"];
    private static readonly string[] ActualsTyped = ["FIN-1", "FIN-2", "CUS-1", "CUS-2"];

    private static string Shown(double? score) => score is { } s ? s.ToString("0.00", CultureInfo.GetCultureInfo("en-US")) + " %" : "–";

    [Fact]
    public async Task Every_KPI_is_listed_under_its_perspective_with_deeper_objectives_shown_as_a_path()
    {
        var (client, scorecard) = await ArrangeAsync("Layout");

        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        var rows = page.Document.QuerySelectorAll("#entry tbody tr")
            .Select(r => r.ClassList.Contains("perspective") ? "# " + r.QuerySelector("th")!.TextContent.Trim() : r.GetAttribute("data-code")!).ToArray();
        Assert.Equal(["# Financial", "FIN-1", "FIN-2", "# Customer", "CUS-1", "CUS-2", "CUS-3"], rows);
        Assert.Equal("Retention", page.Row("CUS-1").QuerySelector(".path")!.TextContent.Trim());
        Assert.Null(page.Row("CUS-3").QuerySelector(".path"));
        Assert.Contains("lower-is-better", page.Row("FIN-2").TextContent);
        Assert.Equal(("95", "93.75"), (page.Value("FIN-1", "Target"), page.Value("FIN-1", "Actual")));
    }

    [Fact]
    public async Task Saving_numbers_typed_the_Indonesian_way_stores_them_and_shows_the_scores_and_lights_of_the_domain_engine()
    {
        var (client, scorecard) = await ArrangeAsync("Happy path");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.LaterPeriodId);

        page.Set("FIN-1", "Target", "95").Set("FIN-1", "Actual", "93,75")
            .Set("FIN-2", "Target", "50.000.000").Set("FIN-2", "Actual", "1.250.000")
            .Set("CUS-1", "Target", "33").Set("CUS-1", "Actual", "59,1%")
            .Set("CUS-2", "Actual", "0").Set("CUS-2", "Comment", "No complaints this year.")
            .Set("CUS-3", "Target", "4,5");
        var response = await page.Form!.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var targets = await TargetsAsync(scorecard.LaterPeriodId);
        var actuals = await ActualsAsync(scorecard.LaterPeriodId);
        Assert.Equal([95, 50_000_000, 33, 4.5], TargetsTyped.Select(c => targets[scorecard.Kpi(c)]));
        Assert.Equal([93.75, 1_250_000, 59.1, 0], ActualsTyped.Select(c => actuals[scorecard.Kpi(c)].Value!.Value));
        Assert.Equal("No complaints this year.", actuals[scorecard.Kpi("CUS-2")].Comment);
        Assert.False(actuals.ContainsKey(scorecard.Kpi("CUS-3")), "An empty actual is no data: no row is written.");

        var saved = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.LaterPeriodId);
        Assert.Contains("Saved", saved.Document.QuerySelector("#status-message")!.TextContent);
        var result = await factory.QueryAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecard.Id, scorecard.LaterPeriodId));
        foreach (var (code, _, _, _, _) in TestScorecard.Definitions)
        {
            var evaluation = result.ByNodeId[scorecard.Kpi(code)];
            Assert.Equal(Shown(evaluation.Score), saved.Score(code));
            Assert.Equal(LightWords(evaluation.Light), saved.Light(code));
        }
        // The same scores straight from the domain's scoring rules and the test scorecard's weights.
        var fin1 = new KpiScoringRule(ScoringMethod.HigherIsBetter, 95).Score(93.75);
        var fin2 = new KpiScoringRule(ScoringMethod.LowerIsBetter, 50_000_000).Score(1_250_000);
        var cus1 = new KpiScoringRule(ScoringMethod.LowerIsBetter, 33).Score(59.1);
        var cus2 = new KpiScoringRule(ScoringMethod.MustBeZero).Score(0);
        var overall = 0.4 * (0.25 * fin1 + 0.75 * fin2) + 0.6 * (0.75 * cus1 + 0.25 * cus2); // CUS-3 has no data: left out
        Tolerance.Close(overall, result.Root.Score!.Value, 1e-9, "overall index");
        Assert.Equal(Shown(overall), saved.Document.QuerySelector("#overall-score")!.TextContent.Trim());
        Assert.Equal(Shown(0.25 * fin1 + 0.75 * fin2), saved.PerspectiveScore("Financial"));
        Assert.Equal(Shown(0.75 * cus1 + 0.25 * cus2), saved.PerspectiveScore("Customer"));
        Assert.Equal(Shown(fin1), saved.Score("FIN-1"));
        Assert.Equal("Green", saved.Light("FIN-1"));
        Assert.Equal("Red", saved.Light("CUS-1"));
        Assert.Equal("No data", saved.Light("CUS-3"));
    }

    private static string LightWords(TrafficLight light) => light switch
    {
        TrafficLight.Green => "Green",
        TrafficLight.Yellow => "Yellow",
        TrafficLight.Red => "Red",
        _ => "No data",
    };

    [Theory]
    [InlineData("9x5")]
    [InlineData("1.25.000")]
    public async Task A_number_that_cannot_be_read_is_rejected_next_to_its_field_with_the_expected_format_and_nothing_is_saved(string typed)
    {
        var (client, scorecard) = await ArrangeAsync("Garbage");
        var before = await ActualsAsync(scorecard.EarlierPeriodId);
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        var response = await page.Set("FIN-2", "Actual", "1.000.000").Set("FIN-1", "Actual", typed).Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await EntryPage.FromResponseAsync(response);
        Assert.Contains($"\"{typed}\"", shown.Message("FIN-1", "Actual"));
        Assert.Contains("Write a number such as 93.75 or 93,75", shown.Message("FIN-1", "Actual"));
        Assert.Equal("", shown.Message("FIN-2", "Actual"));
        Assert.Equal(typed, shown.Value("FIN-1", "Actual"));
        Assert.Contains("Nothing was saved", shown.Document.QuerySelector("#entry-form [role=alert]")!.TextContent);
        var after = await ActualsAsync(scorecard.EarlierPeriodId);
        Assert.Equal(before[scorecard.Kpi("FIN-2")].Value, after[scorecard.Kpi("FIN-2")].Value);
        Assert.Equal(before[scorecard.Kpi("FIN-2")].Version, after[scorecard.Kpi("FIN-2")].Version);
    }

    [Theory]
    [InlineData("FIN-1", ScoringMethod.HigherIsBetter)]
    [InlineData("FIN-2", ScoringMethod.LowerIsBetter)]
    public async Task A_target_of_0_for_a_ratio_KPI_is_rejected_with_the_domain_message(string code, ScoringMethod method)
    {
        var (client, scorecard) = await ArrangeAsync("Target 0");
        var expected = Assert.Throws<DomainValidationException>(() => new KpiScoringRule(method, 0)).Message;
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        var response = await page.Set(code, "Target", "0").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await EntryPage.FromResponseAsync(response)).Message(code, "Target"));
        Assert.NotEqual(0, (await TargetsAsync(scorecard.EarlierPeriodId))[scorecard.Kpi(code)]);
    }

    [Fact]
    public async Task A_locked_period_is_shown_read_only_and_a_post_is_rejected_with_a_clear_message()
    {
        var (client, scorecard) = await ArrangeAsync("Locked");
        var openPage = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);
        await factory.QueryAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.Id == scorecard.EarlierPeriodId)).IsLocked = true;
            return await db.SaveChangesAsync();
        });

        var lockedPage = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);
        Assert.NotNull(lockedPage.Document.QuerySelector("#locked-notice"));
        Assert.Null(lockedPage.Document.QuerySelector("#entry-form button[type=submit]"));
        Assert.All(lockedPage.Document.QuerySelectorAll("#entry-form input:not([type=hidden]), #entry-form textarea"),
            field => Assert.True(field.HasAttribute("readonly"), $"{field.GetAttribute("name")} should be read-only."));

        var response = await openPage.Set("FIN-1", "Actual", "99").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await EntryPage.FromResponseAsync(response);
        Assert.Contains("Period 2024 is locked because its report is published: nothing was saved.", shown.Document.QuerySelector("#entry-form [role=alert]")!.TextContent);
        Assert.Equal(93.75, (await ActualsAsync(scorecard.EarlierPeriodId))[scorecard.Kpi("FIN-1")].Value);
    }

    [Fact]
    public async Task When_someone_else_changed_a_row_nothing_is_saved_the_row_shows_the_current_value_and_saving_again_replaces_it()
    {
        var (alice, scorecard) = await ArrangeAsync("Conflict");
        var bob = await factory.SignedInAsAsync("HR");
        var alicePage = await EntryPage.OpenAsync(alice, scorecard.Id, scorecard.EarlierPeriodId);
        var bobPage = await EntryPage.OpenAsync(bob, scorecard.Id, scorecard.EarlierPeriodId);
        Assert.Equal(HttpStatusCode.Redirect, (await bobPage.Set("FIN-1", "Actual", "97").Form!.PostAsync()).StatusCode);

        var response = await alicePage.Set("FIN-1", "Actual", "94").Set("FIN-2", "Actual", "1.000.000").Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await EntryPage.FromResponseAsync(response);
        Assert.Contains("Changed by someone else since you opened this page: current value 97.", shown.Message("FIN-1", "Actual"));
        Assert.Equal("94", shown.Value("FIN-1", "Actual"));
        Assert.Equal("", shown.Message("FIN-2", "Actual"));
        var stored = await ActualsAsync(scorecard.EarlierPeriodId);
        Assert.Equal((97, 12_500_000), (stored[scorecard.Kpi("FIN-1")].Value!.Value, stored[scorecard.Kpi("FIN-2")].Value!.Value));

        var again = await HtmlForm.From(alice, shown.Document, EntryPage.Url(scorecard.Id, scorecard.EarlierPeriodId), "#entry-form").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        stored = await ActualsAsync(scorecard.EarlierPeriodId);
        Assert.Equal((94, 1_000_000), (stored[scorecard.Kpi("FIN-1")].Value!.Value, stored[scorecard.Kpi("FIN-2")].Value!.Value));
    }

    [Fact]
    public async Task Saving_records_who_changed_which_target_actual_and_comment_from_what_to_what()
    {
        var (client, scorecard) = await ArrangeAsync("Audit");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        await page.Set("FIN-1", "Target", "96").Set("FIN-1", "Actual", "96,2").Set("FIN-1", "Comment", "Recount after audit.").Form!.PostAsync();

        var entries = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.NodeId == scorecard.Kpi("FIN-1") && a.PeriodId == scorecard.EarlierPeriodId && a.User == "hr@demo.local")
            .ToListAsync());
        Assert.All(entries, e => Assert.Equal(scorecard.Id, e.ScorecardId));
        Assert.Equal(
            [("KpiActual", "Comment", null, "Recount after audit."), ("KpiActual", "Value", "93.75", "96.2"), ("KpiTarget", "Value", "95", "96")],
            entries.Select(e => (e.Entity, e.Field, e.OldValue, e.NewValue)).Order().ToArray());
    }

    [Fact]
    public async Task Clearing_an_actual_turns_the_KPI_into_no_data_rather_than_a_zero()
    {
        var (client, scorecard) = await ArrangeAsync("No data");
        var page = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);

        Assert.Equal(HttpStatusCode.Redirect, (await page.Set("CUS-3", "Actual", "").Form!.PostAsync()).StatusCode);

        Assert.Null((await ActualsAsync(scorecard.EarlierPeriodId))[scorecard.Kpi("CUS-3")].Value);
        var saved = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);
        Assert.Equal(("–", "No data"), (saved.Score("CUS-3"), saved.Light("CUS-3")));
    }

    [Theory]
    [InlineData("en-US", "93.75", "12500000")]
    [InlineData("id-ID", "93,75", "12500000")]
    public async Task Values_are_shown_in_the_user_s_culture_and_saving_them_unchanged_writes_nothing(string culture, string fin1Actual, string fin2Actual)
    {
        var (client, scorecard) = await ArrangeAsync("Culture");
        var url = $"{EntryPage.Url(scorecard.Id, scorecard.EarlierPeriodId)}&culture={culture}&ui-culture={culture}";
        var document = await HtmlForm.GetPageAsync(client, url);
        var before = await ActualsAsync(scorecard.EarlierPeriodId);

        var response = await HtmlForm.From(client, document, url, "#entry-form").PostAsync();

        Assert.Equal(fin1Actual, document.QuerySelector($"#actual-{scorecard.Kpi("FIN-1")}")!.GetAttribute("value"));
        Assert.Equal(fin2Actual, document.QuerySelector($"#actual-{scorecard.Kpi("FIN-2")}")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ActualsAsync(scorecard.EarlierPeriodId);
        Assert.All(before, b => Assert.Equal(b.Value.Version, after[b.Key].Version));
    }

    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData("Admin", "/Account/AccessDenied")]
    [InlineData("Director", "/Account/AccessDenied")]
    [InlineData("Manager", "/Account/AccessDenied")]
    public async Task Only_HR_may_open_or_post_the_data_entry_page(string? role, string redirectedTo)
    {
        var client = role is null ? factory.AnonymousClient() : await factory.SignedInAsAsync(role);

        var get = await client.GetAsync(EntryPage.Url(1, 1));
        var post = await client.PostAsync(EntryPage.Url(1, 1), new FormUrlEncodedContent([]));

        Assert.All([get, post], response =>
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(redirectedTo, response.Headers.Location!.AbsolutePath);
        });
    }
}
