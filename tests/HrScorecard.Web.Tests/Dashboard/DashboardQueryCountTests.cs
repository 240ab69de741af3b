using System.Data.Common;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HrScorecard.Web.Tests.Dashboard;

/// <summary>Counts every SQL command the app sends (readers, scalars, non-queries).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class QueryCountingFactory : HrScorecardFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteScorecardDbContext>(options => options.AddInterceptors(Commands)));
    }
}

/// <summary>The dashboard must not query per node: its command count does not depend on the number of KPIs.</summary>
public class DashboardQueryCountTests(QueryCountingFactory factory, ITestOutputHelper output) : IClassFixture<QueryCountingFactory>
{
    private const int KpisPerPerspective = 30;

    [Fact]
    public async Task The_dashboard_sends_as_many_SQL_commands_for_120_KPIs_as_for_the_9_of_the_demo_company()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var demoId = await DemoScorecard.IdAsync(factory);
        var largeId = await factory.WithDbAsync(SeedLargeScorecardAsync);

        var demo = await CountAsync(client, $"/Dashboard/Index?scorecardId={demoId}");
        var largeFiltered = await CountAsync(client, $"/Dashboard/Index?scorecardId={largeId}&onlyRedAndYellow=true");
        // Same scorecard and revision: the figures composed for the filtered page are kept, only the list is read.
        var largeKept = await CountAsync(client, $"/Dashboard/Index?scorecardId={largeId}");

        output.WriteLine($"SQL commands per dashboard request (2 periods): demo 9 KPIs = {demo}, 120 KPIs filtered = {largeFiltered}, " +
                         $"120 KPIs again, unfiltered = {largeKept}");
        Assert.Equal(demo, largeFiltered);
        Assert.InRange(demo, 2, 20);
        Assert.InRange(largeKept, 1, demo - 1);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        factory.Commands.Reset();
        var page = await HtmlForm.GetPageAsync(client, url);
        var count = factory.Commands.Count;
        Assert.NotNull(page.QuerySelector("#overall-index"));
        return count;
    }

    /// <summary>4 perspectives × 30 KPIs with direct weights, two periods like the demo company, some KPIs without data.</summary>
    private static async Task<int> SeedLargeScorecardAsync(ScorecardDbContext db)
    {
        var scorecard = new Scorecard { Name = "Many KPIs " + Guid.NewGuid().ToString("N")[..6], OrganisationUnit = "Load test", CreatedAt = DateTime.UtcNow };
        ReportingPeriod[] periods = [
            new() { Scorecard = scorecard, Name = "2022", StartDate = new(2022, 1, 1), EndDate = new(2022, 12, 31) },
            new() { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31) }];
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Root" };
        db.AddRange(scorecard, root);
        db.AddRange(periods);
        var perspectives = new List<ScorecardNode>();
        for (var p = 0; p < 4; p++)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"Perspective {p + 1}", Position = p };
            perspectives.Add(perspective);
            var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = perspective, Method = WeightingMethod.Direct, Source = "test" };
            for (var k = 0; k < KpisPerPerspective; k++)
            {
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = $"KPI {p + 1}.{k + 1}", Position = k };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = $"K{p + 1}-{k + 1}", Unit = "%", Method = ScoringMethod.HigherIsBetter };
                node.Kpi = kpi;
                db.Add(node);
                foreach (var period in periods)
                {
                    db.Add(new KpiTarget { Kpi = kpi, Period = period, Value = 100 });
                    db.Add(new KpiActual { Kpi = kpi, Period = period, Value = k % 7 == 0 ? null : 40 + k * 2 });
                }
                weighting.ChildWeights.Add(new ChildWeight { ChildNode = node, Weight = 1.0 / KpisPerPerspective });
            }
            db.Add(weighting);
        }
        var top = new NodeWeighting { Scorecard = scorecard, ParentNode = root, Method = WeightingMethod.Direct, Source = "test" };
        foreach (var perspective in perspectives) top.ChildWeights.Add(new ChildWeight { ChildNode = perspective, Weight = 0.25 });
        db.Add(top);
        await db.SaveChangesAsync();
        return scorecard.Id;
    }
}
