using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.LoadTests;

public sealed record SeededScorecard(int Id, IReadOnlyList<int> PeriodIds, IReadOnlyList<int> KpiNodeIds);

/// <summary>
/// Scales the demo company up, written with the web project's own DbContext into the database the app has just
/// migrated: scorecards × 5 perspectives × (KPIs / 5) × periods, every KPI with a target and (mostly) an actual.
/// </summary>
public static class LoadData
{
    private const int Perspectives = 5;

    public static async Task<IReadOnlyList<SeededScorecard>> SeedAsync(string databasePath, int scorecards, int kpisPerScorecard, int periods)
    {
        var options = new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteScorecardDbContext(options) { SystemUser = "load test seed" };
        var seeded = new List<(Scorecard Scorecard, List<ReportingPeriod> Periods, List<Kpi> Kpis)>();
        for (var s = 1; s <= scorecards; s++)
            seeded.Add(AddScorecard(db, s, kpisPerScorecard / Perspectives, periods));
        await db.SaveChangesAsync(); // one transaction, audit rows included, as if HR had typed it all
        return [.. seeded.Select(x => new SeededScorecard(x.Scorecard.Id, [.. x.Periods.Select(p => p.Id)], [.. x.Kpis.Select(k => k.NodeId)]))];
    }

    private static (Scorecard, List<ReportingPeriod>, List<Kpi>) AddScorecard(ScorecardDbContext db, int number, int kpisPerPerspective, int periodCount)
    {
        var scorecard = new Scorecard
        {
            Name = $"Load test unit {number:00}", OrganisationUnit = $"Business unit {number:00}",
            Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow,
        };
        var firstYear = 2024 - periodCount;
        var periods = Enumerable.Range(firstYear, periodCount)
            .Select(y => new ReportingPeriod { Scorecard = scorecard, Name = $"{y}", StartDate = new(y, 1, 1), EndDate = new(y, 12, 31) })
            .ToList();
        var root = new ScorecardNode { Scorecard = scorecard, Name = $"HR performance of unit {number:00}" };
        db.AddRange(scorecard, root);
        db.AddRange(periods);

        var kpis = new List<Kpi>();
        var perspectives = new List<ScorecardNode>();
        for (var p = 0; p < Perspectives; p++)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"Perspective {p + 1}", Position = p };
            perspectives.Add(perspective);
            var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = perspective, Method = WeightingMethod.Direct, Source = "load test" };
            var weightSum = kpisPerPerspective * (kpisPerPerspective + 1) / 2.0;
            for (var k = 0; k < kpisPerPerspective; k++)
            {
                var lowerIsBetter = k % 3 == 2;
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = $"KPI {p + 1}.{k + 1}", Position = k };
                var kpi = new Kpi
                {
                    Node = node, Scorecard = scorecard, Code = $"U{number:00}-{p + 1}.{k + 1}", Unit = "%",
                    Method = lowerIsBetter ? ScoringMethod.LowerIsBetter : ScoringMethod.HigherIsBetter,
                };
                node.Kpi = kpi;
                kpis.Add(kpi);
                db.Add(node);
                for (var t = 0; t < periods.Count; t++)
                {
                    // Spread scores over all three lights; about one actual in eleven is missing (no data). Quarters only, so the
                    // form shows each value exactly and a save changes just the one actual the load run edits.
                    var spread = (number * 7 + p * 5 + k * 3 + t * 11) % 60;
                    db.Add(new KpiTarget { Kpi = kpi, Period = periods[t], Value = lowerIsBetter ? 20 : 100 });
                    db.Add(new KpiActual
                    {
                        Kpi = kpi, Period = periods[t],
                        Value = (k + t) % 11 == 10 ? null : lowerIsBetter ? 14 + spread / 4.0 : 50 + spread,
                    });
                }
                weighting.ChildWeights.Add(new ChildWeight { ChildNode = node, Weight = (k + 1) / weightSum });
            }
            db.Add(weighting);
        }
        // Perspectives by pairwise comparison, consistent with weights 4 : 2 : 2 : 1 : 1 (CR = 0).
        double[] priority = [4, 2, 2, 1, 1];
        var top = new NodeWeighting { Scorecard = scorecard, ParentNode = root, Method = WeightingMethod.Pairwise, Source = "load test" };
        for (var i = 0; i < Perspectives; i++)
            for (var j = i + 1; j < Perspectives; j++)
                top.Judgments.Add(new PairwiseJudgment { RowNode = perspectives[i], ColumnNode = perspectives[j], Value = priority[i] / priority[j] });
        db.Add(top);
        return (scorecard, periods, kpis);
    }

    /// <summary>The comparison sets of the given rounds (read after HR opened them through the app).</summary>
    public static async Task<IReadOnlyList<(int RoundId, int SetId)>> ComparisonSetsAsync(string databasePath, IReadOnlyCollection<int> scorecardIds)
    {
        var options = new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteScorecardDbContext(options);
        var sets = await db.ComparisonSets.AsNoTracking()
            .Where(s => scorecardIds.Contains(s.Round!.ScorecardId) && s.Round.Status == RoundStatus.Open)
            .OrderBy(s => s.RoundId).ThenBy(s => s.Position)
            .Select(s => new { s.RoundId, s.Id }).ToListAsync();
        return [.. sets.Select(s => (s.RoundId, s.Id))];
    }
}
