using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Periods;

/// <summary>Pages/Periods: adding periods, copying last period's targets, locking.</summary>
public class PeriodsPageTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static string Url(int scorecardId) => $"/Periods/Index?scorecardId={scorecardId}";

    private async Task<(HttpClient Client, TestScorecard Scorecard)> ArrangeAsync(string name)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
        return (await factory.SignedInAsAsync("HR"), scorecard);
    }

    [Fact]
    public async Task HR_adds_a_period_and_sees_it_listed_with_its_dates_and_a_link_to_data_entry()
    {
        var (client, scorecard) = await ArrangeAsync("Add period");

        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id), "#add-period");
        var response = await form.Set("Input.Name", "2026 Q1").Set("Input.StartDate", "2026-01-01").Set("Input.EndDate", "2026-03-31").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var period = await factory.QueryAsync(db => db.Periods.SingleAsync(p => p.ScorecardId == scorecard.Id && p.Name == "2026 Q1"));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), false), (period.StartDate, period.EndDate, period.IsLocked));
        var page = await HtmlForm.GetPageAsync(client, Url(scorecard.Id));
        Assert.Contains("Period \"2026 Q1\" added.", page.QuerySelector("#status-message")!.TextContent);
        var row = page.QuerySelector($"#period-{period.Id}")!;
        Assert.Contains("31 Mar 2026", row.TextContent);
        Assert.Contains("Open", row.QuerySelector(".status")!.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/Actuals/Enter?scorecardId={scorecard.Id}&periodId={period.Id}']"));
    }

    [Theory]
    [InlineData("", "2026-01-01", "2026-12-31", "Input.Name", "Name the period")]
    [InlineData("2026", "1 January 2026", "2026-12-31", "Input.StartDate", "yyyy-mm-dd")]
    [InlineData("2026", "2026-12-31", "2026-01-01", "Input.EndDate", "must end on or after its start date")]
    [InlineData("2024", "2026-01-01", "2026-12-31", "Input.Name", "already has a period named \"2024\"")]
    public async Task An_invalid_period_is_not_added_and_the_message_appears_next_to_the_field(
        string name, string start, string end, string field, string message)
    {
        var (client, scorecard) = await ArrangeAsync("Invalid period");

        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id), "#add-period");
        var response = await form.Set("Input.Name", name).Set("Input.StartDate", start).Set("Input.EndDate", end).PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector($"span[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(2, await factory.QueryAsync(db => db.Periods.CountAsync(p => p.ScorecardId == scorecard.Id)));
    }

    [Fact]
    public async Task Copying_targets_fills_every_KPI_without_a_target_from_the_previous_period_and_keeps_those_already_set()
    {
        var (client, scorecard) = await ArrangeAsync("Copy targets");
        await factory.QueryAsync(async db =>
        {
            db.Targets.Add(new KpiTarget { KpiNodeId = scorecard.Kpi("FIN-1"), PeriodId = scorecard.LaterPeriodId, Value = 97 });
            return await db.SaveChangesAsync();
        });

        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id), $"#period-{scorecard.LaterPeriodId} form.copy-targets");
        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var earlier = await factory.QueryAsync(db => db.Targets.Where(t => t.PeriodId == scorecard.EarlierPeriodId).ToDictionaryAsync(t => t.KpiNodeId, t => t.Value));
        var later = await factory.QueryAsync(db => db.Targets.Where(t => t.PeriodId == scorecard.LaterPeriodId).ToDictionaryAsync(t => t.KpiNodeId, t => t.Value));
        Assert.Equal(earlier.Keys.Order(), later.Keys.Order());
        Assert.Equal(97, later[scorecard.Kpi("FIN-1")]);
        foreach (var code in new[] { "FIN-2", "CUS-1", "CUS-3" })
            Assert.Equal(earlier[scorecard.Kpi(code)], later[scorecard.Kpi(code)]);
        var page = await HtmlForm.GetPageAsync(client, Url(scorecard.Id));
        Assert.Contains("Copied 3 targets from 2024 into 2025; 1 already set, left as they were.", page.QuerySelector("#status-message")!.TextContent);
        var audited = await factory.QueryAsync(db => db.AuditEntries
            .CountAsync(a => a.Entity == nameof(KpiTarget) && a.PeriodId == scorecard.LaterPeriodId && a.Field == "created" && a.User == "hr@demo.local"));
        Assert.Equal(3, audited); // the target arranged above was written outside a request, by "system"
    }

    [Fact]
    public async Task Copying_targets_into_the_first_period_explains_that_there_is_nothing_to_copy()
    {
        var (client, scorecard) = await ArrangeAsync("Copy first");

        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id), $"#period-{scorecard.EarlierPeriodId} form.copy-targets");
        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("No period starts before 2024", page.QuerySelector($"#period-{scorecard.EarlierPeriodId}")!.TextContent);
    }

    [Fact]
    public async Task Locking_asks_for_confirmation_then_locks_the_period_and_hides_its_edit_actions()
    {
        var (client, scorecard) = await ArrangeAsync("Lock");
        var selector = $"#period-{scorecard.EarlierPeriodId} form.lock-period";

        var unconfirmed = await (await HtmlForm.FromPageAsync(client, Url(scorecard.Id), selector)).PostAsync();
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick the box to confirm that the report of 2024 is published",
            HtmlForm.Parse(await unconfirmed.Content.ReadAsStringAsync()).QuerySelector($"#period-{scorecard.EarlierPeriodId}")!.TextContent);
        Assert.False(await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).Select(p => p.IsLocked).SingleAsync()));

        var confirmed = await (await HtmlForm.FromPageAsync(client, Url(scorecard.Id), selector)).Set("confirm", "true").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).Select(p => p.IsLocked).SingleAsync()));
        var row = (await HtmlForm.GetPageAsync(client, Url(scorecard.Id))).QuerySelector($"#period-{scorecard.EarlierPeriodId}")!;
        Assert.Contains("Locked", row.QuerySelector(".status")!.TextContent);
        Assert.Null(row.QuerySelector("form.lock-period"));
        Assert.Null(row.QuerySelector("form.copy-targets"));
        var audit = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == nameof(ReportingPeriod) && a.PeriodId == scorecard.EarlierPeriodId && a.Field == "IsLocked"));
        Assert.Equal(("hr@demo.local", "False", "True"), (audit.User, audit.OldValue, audit.NewValue));
    }

    [Fact]
    public async Task Copying_targets_into_a_locked_period_is_refused()
    {
        var (client, scorecard) = await ArrangeAsync("Copy locked");
        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id), $"#period-{scorecard.LaterPeriodId} form.copy-targets");
        await factory.QueryAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.Id == scorecard.LaterPeriodId)).IsLocked = true;
            return await db.SaveChangesAsync();
        });

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is locked", HtmlForm.Parse(await response.Content.ReadAsStringAsync()).QuerySelector($"#period-{scorecard.LaterPeriodId}")!.TextContent);
        Assert.Equal(0, await factory.QueryAsync(db => db.Targets.CountAsync(t => t.PeriodId == scorecard.LaterPeriodId)));
    }

    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData("Admin", "/Account/AccessDenied")]
    [InlineData("Director", "/Account/AccessDenied")]
    [InlineData("Manager", "/Account/AccessDenied")]
    public async Task Only_HR_may_open_the_periods_page(string? role, string redirectedTo)
    {
        var client = role is null ? factory.AnonymousClient() : await factory.SignedInAsAsync(role);

        var response = await client.GetAsync(Url(1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(redirectedTo, response.Headers.Location!.AbsolutePath);
    }
}
