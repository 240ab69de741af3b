using System.Globalization;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class WeightingRoundJourney(AppSession session)
{
    [Fact]
    public async Task Two_directors_answer_a_round_one_following_the_consistency_hint_and_HR_applies_it_from_2023()
    {
        var card = await CreateScorecardAsync();

        // HR opens the round for both directors.
        var hr = await session.SignedInPageAsync("hr@demo.local");
        await hr.GotoAsync("/Rounds/Create");
        await hr.GetByLabel("Scorecard").SelectOptionAsync(new SelectOptionValue { Label = card.Name });
        await hr.GetByLabel("Name of the round").FillAsync("Browser round");
        await hr.GetByRole(AriaRole.Checkbox, new() { Name = "Demo Director 1 (director1@demo.local)" }).CheckAsync();
        await hr.GetByRole(AriaRole.Checkbox, new() { Name = "Demo Director 2 (director2@demo.local)" }).CheckAsync();
        await hr.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#status-message")).ToContainTextAsync("opened with 3 comparison sets for 2 directors");
        var roundId = int.Parse(hr.Url.Split("id=")[1], CultureInfo.InvariantCulture);

        // Director 1 answers consistently and submits every set.
        var director1 = await session.SignedInPageAsync("director1@demo.local");
        await AnswerAndSubmitAsync(director1, roundId, "Goal", [3]);
        await AnswerAndSubmitAsync(director1, roundId, "People", [2, 4, 2]);
        await AnswerAndSubmitAsync(director1, roundId, "Process", [2]);

        // Director 2 answers the three-KPI set inconsistently and follows the hint until CR ≤ 0.10.
        var director2 = await session.SignedInPageAsync("director2@demo.local");
        await AnswerAndSubmitAsync(director2, roundId, "Goal", [-2]);
        await AnswerAndSubmitAsync(director2, roundId, "Process", [1]);
        await OpenSetAsync(director2, roundId, "People");
        await ChooseAsync(director2, [3, 5, -4]);
        await Assertions.Expect(director2.Locator("#live-result")).ToContainTextAsync("not consistent"); // live, before any post
        await director2.Locator("#check").ClickAsync();
        Assert.True(await CrAsync(director2) > 0.10, "the first answers should be inconsistent");
        for (var step = 0; await CrAsync(director2) > 0.10; step++)
        {
            Assert.True(step < 5, "following the hint should reach CR ≤ 0.10 within a few steps");
            var hint = director2.Locator("#hint");
            var row = int.Parse((await hint.GetAttributeAsync("data-row"))!, CultureInfo.InvariantCulture);
            var column = int.Parse((await hint.GetAttributeAsync("data-column"))!, CultureInfo.InvariantCulture);
            var suggested = (await hint.GetAttributeAsync("data-suggested"))!;
            await director2.Locator($"tr.pair[data-row='{row}'][data-column='{column}'] input[value='{suggested}']").CheckAsync();
            await director2.Locator("#check").ClickAsync();
        }
        await director2.Locator("#submit").ClickAsync();
        await Assertions.Expect(director2.Locator("#status-message")).ToContainTextAsync("Submitted \"People\"");

        // HR reads the results and applies them from 2023.
        await hr.GotoAsync($"/Rounds/Results?id={roundId}");
        await Assertions.Expect(hr.Locator("section.result-set")).ToHaveCountAsync(3);
        await Assertions.Expect(hr.Locator("section.result-set .consensus").First).ToContainTextAsync("consensus");
        await hr.GotoAsync($"/Rounds/Apply?id={roundId}");
        await hr.GetByLabel("In force from period").SelectOptionAsync(new SelectOptionValue { Label = "2023" });
        if (await hr.Locator("#confirm-flagged").CountAsync() > 0) await hr.Locator("#confirm-flagged").CheckAsync();
        await hr.GetByRole(AriaRole.Button, new() { Name = "Apply the weights" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#status-message")).ToContainTextAsync("in force from 2023 on");
        await Assertions.Expect(hr.Locator("#round-status")).ToHaveTextAsync("Applied");

        // The weights in force for 2023 are the group's; 2022 keeps the equal weights it had.
        using var scope = session.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var answers = await db.QuestionnaireAnswers.AsNoTracking().Include(a => a.ComparisonSet)
            .Where(a => a.Respondent!.RoundId == roundId && a.ComparisonSet!.ParentNodeId == card.People).ToListAsync();
        Assert.All(answers, a => Assert.Equal(AnswerStatus.Submitted, a.Status));
        var group = Priorities.Compute(GroupJudgment.Aggregate(
            [.. answers.Select(a => PairwiseMatrix.FromUpperTriangle(3, [.. a.Judgments.Select(j => j!.Value)]))]));
        var in2023 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2023);
        var in2022 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2022);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(group.Weights[i], in2023.ByNodeId[card.PeopleKpis[i]].LocalWeight, 1e-9);
            Assert.Equal(1.0 / 3, in2022.ByNodeId[card.PeopleKpis[i]].LocalWeight, 1e-9);
        }

        // And the scorecard shows them: the dashboard's tree for 2023 prints the group's local weights.
        await hr.GotoAsync($"/Dashboard/Index?scorecardId={card.Id}&periodId={card.Period2023}");
        for (var i = 0; i < 3; i++)
            await Assertions.Expect(hr.Locator($"#node-{card.PeopleKpis[i]} .local-weight"))
                .ToHaveTextAsync(HrScorecard.Web.Pages.Dashboard.Figures.Weight(group.Weights[i]));
    }

    private static async Task OpenSetAsync(IPage page, int roundId, string parent)
    {
        await page.GotoAsync("/Questionnaires/Index");
        await page.Locator($"#round-{roundId}").GetByRole(AriaRole.Link, new() { Name = $"With respect to {parent}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#statement")).ToContainTextAsync($"With respect to {parent}");
    }

    private static async Task ChooseAsync(IPage page, int[] points)
    {
        for (var k = 0; k < points.Length; k++)
            await page.Locator($"input[name='Input.Points[{k}]'][value='{points[k]}']").CheckAsync();
    }

    private static async Task AnswerAndSubmitAsync(IPage page, int roundId, string parent, int[] points)
    {
        await OpenSetAsync(page, roundId, parent);
        await ChooseAsync(page, points);
        await page.Locator("#submit").ClickAsync();
        await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync($"Submitted \"{parent}\"");
    }

    private static async Task<double> CrAsync(IPage page) =>
        double.Parse(await page.Locator("#cr").InnerTextAsync(), CultureInfo.GetCultureInfo("en-US"));

    private sealed record Card(int Id, string Name, int People, int[] PeopleKpis, int Period2022, int Period2023);

    /// <summary>A scorecard of this test's own: Goal → People (3 KPIs), Process (2 KPIs); equal direct weights from the start.</summary>
    private async Task<Card> CreateScorecardAsync()
    {
        using var scope = session.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = "Journey " + Guid.NewGuid().ToString("N")[..8], OrganisationUnit = "Browser test", CreatedAt = DateTime.UtcNow };
        var p2022 = new ReportingPeriod { Scorecard = scorecard, Name = "2022", StartDate = new(2022, 1, 1), EndDate = new(2022, 12, 31) };
        var p2023 = new ReportingPeriod { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31) };
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Goal" };
        db.AddRange(scorecard, p2022, p2023, root);
        var groups = new List<(ScorecardNode Parent, List<ScorecardNode> Children)>();
        foreach (var (name, count, position) in new[] { ("People", 3, 0), ("Process", 2, 1) })
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = name, Position = position };
            var kpis = new List<ScorecardNode>();
            for (var k = 0; k < count; k++)
            {
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = $"{name} KPI {k + 1}", Position = k };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = $"{name[..3].ToUpperInvariant()}-{k + 1}", Unit = "%", Method = ScoringMethod.HigherIsBetter };
                node.Kpi = kpi;
                kpis.Add(node);
                db.AddRange(node, new KpiTarget { Kpi = kpi, Period = p2022, Value = 100 }, new KpiActual { Kpi = kpi, Period = p2022, Value = 80 + 5 * k },
                    new KpiTarget { Kpi = kpi, Period = p2023, Value = 100 }, new KpiActual { Kpi = kpi, Period = p2023, Value = 95 - 5 * k });
            }
            groups.Add((perspective, kpis));
        }
        groups.Insert(0, (root, groups.Select(g => g.Parent).ToList()));
        foreach (var (parent, children) in groups)
            db.Add(new NodeWeighting
            {
                Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Direct, Source = "Entered by HR",
                ChildWeights = [.. children.Select(c => new ChildWeight { ChildNode = c, Weight = 1.0 / children.Count })],
            });
        await db.SaveChangesAsync();
        var people = groups[1];
        return new Card(scorecard.Id, scorecard.Name, people.Parent.Id, [.. people.Children.Select(c => c.Id)], p2022.Id, p2023.Id);
    }
}
