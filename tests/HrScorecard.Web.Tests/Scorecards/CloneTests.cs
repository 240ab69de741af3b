using NodeEvaluation = HrScorecard.Domain.Hierarchy.NodeEvaluation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Scorecards/Clone: next year's scorecard starts as an exact copy of this year's structure, weights and targets.</summary>
public class CloneTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task A_clone_of_the_demo_evaluates_exactly_like_the_demo_for_2023_once_it_has_the_same_actuals()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var demoId = await factory.DemoScorecardIdAsync();
        var name = ScorecardPages.UniqueName("Clone 2024");

        var cloneId = await hr.CloneAsync(demoId, name);

        await factory.InDbAsync(async db =>
        {
            var clone = await db.Scorecards.Include(s => s.Periods).SingleAsync(s => s.Id == cloneId);
            var demo = await db.Scorecards.Include(s => s.Periods).SingleAsync(s => s.Id == demoId);
            Assert.Equal((name, ScorecardStatus.Draft), (clone.Name, clone.Status));
            Assert.Equal((demo.YellowFrom, demo.GreenFrom, demo.ScoreCap), (clone.YellowFrom, clone.GreenFrom, clone.ScoreCap));
            Assert.Equal(demo.Periods.OrderBy(p => p.StartDate).Select(p => (p.Name, p.StartDate, p.EndDate)),
                clone.Periods.OrderBy(p => p.StartDate).Select(p => (p.Name, p.StartDate, p.EndDate)));
            Assert.All(clone.Periods, p => Assert.False(p.IsLocked));
            Assert.False(await db.Actuals.AnyAsync(a => a.Kpi!.ScorecardId == cloneId), "Actuals are never cloned.");

            // Give the clone the demo's 2023 actuals (matched by KPI code), then both must evaluate identically.
            var demo2023 = demo.Periods.Single(p => p.Name == "2023");
            var clone2023 = clone.Periods.Single(p => p.Name == "2023");
            var cloneKpis = await db.Kpis.Where(k => k.ScorecardId == cloneId).ToDictionaryAsync(k => k.Code, k => k.NodeId);
            var demoActuals = await db.Actuals.Where(a => a.PeriodId == demo2023.Id).Select(a => new { a.Kpi!.Code, a.Value }).ToListAsync();
            db.Actuals.AddRange(demoActuals.Select(a => new KpiActual { KpiNodeId = cloneKpis[a.Code], PeriodId = clone2023.Id, Value = a.Value }));
            await db.SaveChangesAsync();

            var expected = await ScorecardCalculation.EvaluateAsync(db, demoId, demo2023.Id);
            var actual = await ScorecardCalculation.EvaluateAsync(db, cloneId, clone2023.Id);
            Assert.Equal(Flatten(expected.Root), Flatten(actual.Root));
            Assert.Equal(expected.TargetByKpi.Values.Order(), actual.TargetByKpi.Values.Order());
            Assert.Empty(actual.Warnings);
            Assert.NotNull(actual.Root.Score);
            return 0;
        });
    }

    [Fact]
    public async Task Only_the_latest_weights_are_cloned_and_they_apply_from_the_start()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var sourceId = await hr.CloneAsync(await factory.DemoScorecardIdAsync(), ScorecardPages.UniqueName("Source"));
        // A newer version of the Financial weights, in force from 2023.
        var financial = await factory.InDbAsync(async db =>
        {
            var tree = await ScorecardTree.LoadAsync(db, sourceId);
            var node = tree.Single(n => n.Name == "Financial");
            var children = tree.Where(n => n.ParentId == node.Id).Select(n => n.Id).ToList();
            var p2023 = await db.Periods.SingleAsync(p => p.ScorecardId == sourceId && p.Name == "2023");
            db.Weightings.Add(new NodeWeighting
            {
                ScorecardId = sourceId, ParentNodeId = node.Id, EffectiveFromPeriodId = p2023.Id, Method = WeightingMethod.Direct, Source = "Entered by HR",
                ChildWeights = [new ChildWeight { ChildNodeId = children[0], Weight = 0.7 }, new ChildWeight { ChildNodeId = children[1], Weight = 0.3 }],
            });
            await db.SaveChangesAsync();
            return node.Id;
        });

        var cloneId = await hr.CloneAsync(sourceId, ScorecardPages.UniqueName("Next"), copyPeriods: false);

        await factory.InDbAsync(async db =>
        {
            var weightings = await db.Weightings.Include(w => w.ChildWeights).Include(w => w.ParentNode)
                .Where(w => w.ScorecardId == cloneId).ToListAsync();
            Assert.Equal(5, weightings.Count);
            Assert.All(weightings, w => Assert.Null(w.EffectiveFromPeriodId));
            var financialWeights = weightings.Single(w => w.ParentNode!.Name == "Financial");
            Assert.Equal((WeightingMethod.Direct, "Entered by HR"), (financialWeights.Method, financialWeights.Source));
            Assert.Equal([0.3, 0.7], financialWeights.ChildWeights.Select(c => c.Weight).Order());
            Assert.False(await db.Periods.AnyAsync(p => p.ScorecardId == cloneId));
            Assert.False(await db.Targets.AnyAsync(t => t.Kpi!.ScorecardId == cloneId));
            Assert.Contains(await db.AuditEntries.Where(a => a.ScorecardId == cloneId).ToListAsync(),
                a => a is { Entity: "Scorecard", Field: "created", User: "hr@demo.local" });
            return financial;
        });
    }

    [Fact]
    public async Task A_clone_needs_a_name()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var demoId = await factory.DemoScorecardIdAsync();
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Clone?id={demoId}", "#clone-form");
        Assert.Equal($"{DemoData.ScorecardName} (copy)", form.Get("Input.Name"));
        var before = await factory.InDbAsync(db => db.Scorecards.CountAsync());

        var page = await (await form.Set("Input.Name", "  ").PostAsync()).ReadPageAsync();

        Assert.Equal("Give the copy a name.", page.MessageFor("Input.Name"));
        Assert.Equal(before, await factory.InDbAsync(db => db.Scorecards.CountAsync()));
    }

    private static List<(string Name, double Local, double Global, double? Score, Domain.Scoring.TrafficLight Light)> Flatten(NodeEvaluation root) =>
        [.. root.DescendantsAndSelf().Select(n => (n.Name, n.LocalWeight, n.GlobalWeight, n.Score, n.Light))];
}
