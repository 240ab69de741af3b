using System.Globalization;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Dashboard;

/// <summary>
/// The dashboard keeps its composed figures and their HTML in memory, keyed by the scorecard's data revision; these
/// tests show that a saved change is never hidden by what was kept.
/// </summary>
public class DashboardCacheTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private async Task<string> OverallIndexAsync(string period)
    {
        var client = await factory.SignedInAsAsync("Manager");
        var page = await HtmlForm.GetPageAsync(client,
            $"/Dashboard/Index?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId={await DemoScorecard.PeriodIdAsync(factory, period)}");
        return page.QuerySelector("#overall-index")!.TextContent.Trim();
    }

    private Task<long> RevisionAsync(int scorecardId) =>
        factory.WithDbAsync(db => db.Scorecards.Where(s => s.Id == scorecardId).Select(s => s.DataRevision).SingleAsync());

    [Fact]
    public async Task A_saved_actual_shows_on_the_dashboard_at_once_although_its_figures_are_kept_in_memory()
    {
        var before = await OverallIndexAsync("2023");
        Assert.Equal(before, await OverallIndexAsync("2023")); // the second request is served from memory
        var kpi = await DemoScorecard.KpiNodeIdAsync(factory, "FIN-1");
        var period = await DemoScorecard.PeriodIdAsync(factory, "2023");

        await factory.WithDbAsync(async db =>
        {
            var actual = await db.Actuals.SingleAsync(a => a.KpiNodeId == kpi && a.PeriodId == period);
            actual.Value = actual.Value! / 2;
            return await db.SaveChangesAsync();
        });

        var expected = (await DemoScorecard.EvaluateAsync(factory, "2023")).Root.Score!.Value.ToString("0.00", English);
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, await OverallIndexAsync("2023"));
    }

    [Fact]
    public async Task The_kept_page_is_kept_apart_for_each_number_format_of_the_same_language()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var url = $"/Dashboard/Index?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId={await DemoScorecard.PeriodIdAsync(factory, "2022")}";
        var index = (await DemoScorecard.EvaluateAsync(factory, "2022")).Root.Score!.Value;

        var englishNumbers = await HtmlForm.GetPageAsync(client, url + "&culture=en-US&ui-culture=id-ID");
        var indonesianNumbers = await HtmlForm.GetPageAsync(client, url + "&culture=id-ID&ui-culture=id-ID");

        Assert.Equal(index.ToString("0.00", English), englishNumbers.QuerySelector("#overall-index")!.TextContent.Trim());
        Assert.Equal(index.ToString("0.00", CultureInfo.GetCultureInfo("id-ID")), indonesianNumbers.QuerySelector("#overall-index")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_audited_change_renews_the_revision_of_its_own_scorecard_and_of_no_other()
    {
        var demo = await DemoScorecard.IdAsync(factory);
        var other = await factory.WithDbAsync(async db =>
        {
            var scorecard = new Scorecard { Name = "Revision bystander", OrganisationUnit = "Elsewhere", CreatedAt = DateTime.UtcNow };
            db.Scorecards.Add(scorecard);
            await db.SaveChangesAsync();
            return scorecard.Id;
        });
        var kpi = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var period = await DemoScorecard.PeriodIdAsync(factory, "2022");
        var (demoBefore, otherBefore) = (await RevisionAsync(demo), await RevisionAsync(other));

        // An action carries neither scorecard nor period of its own: its scorecard is found through the KPI's node.
        await factory.WithDbAsync(db =>
        {
            db.ImprovementActions.Add(new ImprovementAction { KpiNodeId = kpi, PeriodId = period, Description = "Stay interviews", Owner = "HR" });
            return db.SaveChangesAsync();
        });
        var afterAction = await RevisionAsync(demo);
        await factory.WithDbAsync(async db =>
        {
            (await db.Nodes.SingleAsync(n => n.Id == kpi)).Name += " (renamed)";
            return await db.SaveChangesAsync();
        });

        Assert.True(afterAction > demoBefore);
        Assert.True(await RevisionAsync(demo) > afterAction);
        Assert.Equal(otherBefore, await RevisionAsync(other));
    }

    [Fact]
    public async Task The_kept_history_is_the_one_ScorecardCalculation_gives_and_a_new_revision_is_evaluated_again()
    {
        var id = await DemoScorecard.IdAsync(factory);
        var cache = factory.Services.GetRequiredService<EvaluationCache>();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(s => s.Id == id);
        var first = await cache.AllPeriodsAsync(db, scorecard);
        var fresh = await ScorecardCalculation.EvaluateAllPeriodsAsync(db, id);

        Assert.Same(first, await cache.AllPeriodsAsync(db, scorecard));
        Assert.Equal(fresh.Select(p => p.Result.Root.Score), first.Select(p => p.Result.Root.Score));
        var next = await cache.AllPeriodsAsync(db, new Scorecard { Id = id, DataRevision = scorecard.DataRevision + 1 });
        Assert.NotSame(first, next);
        Assert.Equal(first.Select(p => p.Result.Root.Score), next.Select(p => p.Result.Root.Score));
    }
}
