using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Weights;

/// <summary>A scorecard of a test's own: root → perspectives → one KPI each, periods 2022–2024, equal direct root weights from the start.</summary>
public sealed record TestScorecard(int Id, int RootId, IReadOnlyList<int> PerspectiveIds, IReadOnlyList<int> KpiIds,
    IReadOnlyDictionary<string, int> PeriodIds);

public static class TestScorecards
{
    public static async Task<TestScorecard> CreateAsync(HrScorecardFactory factory, int perspectives = 3)
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = $"Test {tag}", OrganisationUnit = "Test", CreatedAt = DateTime.UtcNow };
        var periods = Enumerable.Range(2022, 3).Select(y => new ReportingPeriod
            { Scorecard = scorecard, Name = $"{y}", StartDate = new(y, 1, 1), EndDate = new(y, 12, 31) }).ToList();
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Goal" };
        db.AddRange(scorecard, root);
        db.AddRange(periods);
        var perspectiveNodes = new List<ScorecardNode>();
        var kpiNodes = new List<ScorecardNode>();
        for (var i = 0; i < perspectives; i++)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"Perspective {i + 1}", Position = i };
            var leaf = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = $"KPI {i + 1}" };
            var kpi = new Kpi { Node = leaf, Scorecard = scorecard, Code = $"{tag}-{i + 1}", Unit = "%", Method = ScoringMethod.HigherIsBetter };
            leaf.Kpi = kpi;
            db.AddRange(perspective, leaf);
            foreach (var (period, k) in periods.Select((p, k) => (p, k)))
                db.AddRange(new KpiTarget { Kpi = kpi, Period = period, Value = 100 },
                    new KpiActual { Kpi = kpi, Period = period, Value = 50 + (20 * i) + (5 * k) });
            perspectiveNodes.Add(perspective);
            kpiNodes.Add(leaf);
        }
        var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = root, Method = WeightingMethod.Direct, Source = "test" };
        weighting.ChildWeights.AddRange(perspectiveNodes.Select(p => new ChildWeight { ChildNode = p, Weight = 1.0 / perspectives }));
        db.Add(weighting);
        await db.SaveChangesAsync();
        return new TestScorecard(scorecard.Id, root.Id, [.. perspectiveNodes.Select(p => p.Id)], [.. kpiNodes.Select(k => k.Id)],
            periods.ToDictionary(p => p.Name, p => p.Id));
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext of the app under test.</summary>
    public static async Task<T> WithDbAsync<T>(this HrScorecardFactory factory, Func<ScorecardDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>());
    }

    public static Task LockAsync(this HrScorecardFactory factory, int periodId) =>
        factory.WithDbAsync(async db => await db.Periods.Where(p => p.Id == periodId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, true)));

    /// <summary>The validation message rendered for a field (the span next to it), or null.</summary>
    public static string? MessageFor(this IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static async Task<IHtmlDocument> PageOfAsync(HttpResponseMessage response) =>
        Support.HtmlForm.Parse(await response.Content.ReadAsStringAsync());
}
