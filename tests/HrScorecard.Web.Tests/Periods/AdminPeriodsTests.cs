using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Periods;

/// <summary>Pages/Admin/Periods: the locked periods of every scorecard; only an Admin unlocks, and the audit trail says who.</summary>
public class AdminPeriodsTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Url = "/Admin/Periods";

    private async Task<TestScorecard> LockedScorecardAsync()
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Locked {Guid.NewGuid():N}");
        await factory.QueryAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.Id == scorecard.EarlierPeriodId)).IsLocked = true;
            return await db.SaveChangesAsync();
        });
        return scorecard;
    }

    [Fact]
    public async Task Admin_sees_the_locked_period_unlocks_it_and_the_audit_trail_records_that_he_did()
    {
        var scorecard = await LockedScorecardAsync();
        var admin = await factory.SignedInAsAsync("Admin");

        var page = await HtmlForm.GetPageAsync(admin, Url);
        var row = page.QuerySelector($"#period-{scorecard.EarlierPeriodId}")!;
        Assert.Contains("2024", row.TextContent);
        Assert.Contains(scorecard.Name, row.TextContent);
        Assert.Null(page.QuerySelector($"#period-{scorecard.LaterPeriodId}"));

        var response = await HtmlForm.From(admin, page, Url, $"#period-{scorecard.EarlierPeriodId} form.unlock-period").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).Select(p => p.IsLocked).SingleAsync()));
        var audit = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Entity == nameof(ReportingPeriod) && a.PeriodId == scorecard.EarlierPeriodId && a.Field == "IsLocked")
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(("admin@demo.local", scorecard.Id, "True", "False"), (audit.User, audit.ScorecardId!.Value, audit.OldValue, audit.NewValue));
        var after = await HtmlForm.GetPageAsync(admin, Url);
        Assert.Contains("unlocked", after.QuerySelector("#status-message")!.TextContent);
        Assert.Null(after.QuerySelector($"#period-{scorecard.EarlierPeriodId}"));
    }

    [Fact]
    public async Task An_unlock_posted_with_a_stale_version_changes_nothing_and_says_why()
    {
        var scorecard = await LockedScorecardAsync();
        var admin = await factory.SignedInAsAsync("Admin");
        var form = await HtmlForm.FromPageAsync(admin, Url, $"#period-{scorecard.EarlierPeriodId} form.unlock-period");
        form.Set("version", Guid.NewGuid().ToString());

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", await response.Content.ReadAsStringAsync());
        Assert.True(await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).Select(p => p.IsLocked).SingleAsync()));
    }

    [Theory]
    [InlineData("HR")]
    [InlineData("Director")]
    [InlineData("Manager")]
    public async Task Other_roles_are_denied_the_page_and_cannot_unlock(string role)
    {
        var scorecard = await LockedScorecardAsync();
        var client = await factory.SignedInAsAsync(role);

        var get = await client.GetAsync(Url);
        var post = await client.PostAsync($"{Url}?handler=Unlock&periodId={scorecard.EarlierPeriodId}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", get.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.AbsolutePath);
        Assert.True(await factory.QueryAsync(db => db.Periods.Where(p => p.Id == scorecard.EarlierPeriodId).Select(p => p.IsLocked).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.AnonymousClient().GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath);
    }
}
