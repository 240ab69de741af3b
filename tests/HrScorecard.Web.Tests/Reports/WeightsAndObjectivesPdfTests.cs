using System.Globalization;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Dashboard;
using HrScorecard.Web.Reports;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Reports;

public sealed class WeightsAndObjectivesPdfTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly double[] FirstDirector = [3, 5, 2];
    private static readonly double[] SecondDirector = [2, 4, 3];

    [Fact]
    public async Task Weights_from_an_applied_round_show_local_weights_CR_respondents_and_consensus()
    {
        var card = await CreateScorecardAsync();
        var client = await factory.SignedInAsAsync("Manager");

        var pdf = await ReportPdf.GetAsync(client, card.ScorecardId, card.PeriodId);

        var result = await EvaluateAsync(card);
        var format = new ReportFormat(En);
        var root = result.ByNodeId[card.RootId];
        foreach (var (name, id) in card.Perspectives)
            Assert.Contains($"{name} {Figures.Weight(result.ByNodeId[id].LocalWeight, En)}", pdf.Text);
        Assert.Contains($"CR {format.Ratio(root.Priorities!.ConsistencyRatio)} (consistent)", pdf.Text);
        double[][] submitted = [FirstDirector, SecondDirector];
        var priorities = submitted.Select(j => Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, j)).Weights).ToList();
        var consensus = Consensus.RelativeHomogeneity(priorities)!.Value;
        Assert.Contains($"Weighting round \"{card.RoundName}\": 2 respondents submitted this set; " +
                        $"consensus S* {format.Share(consensus)} ({HrScorecard.Web.Pages.Rounds.ConsensusBandWords.English(Consensus.Band(consensus))}).", pdf.Text);
    }

    [Fact]
    public async Task Weights_entered_by_HR_show_no_CR_and_no_round_even_from_the_period_a_round_was_applied()
    {
        var card = await CreateScorecardAsync();
        var client = await factory.SignedInAsAsync("HR");

        var pdf = await ReportPdf.GetAsync(client, card.ScorecardId, card.PeriodId);

        var result = await EvaluateAsync(card);
        // Straight from the source to the weights table: no CR, and no round sentence although the round applied from the
        // same period had a set for Process — HR's weights replaced it.
        Assert.Contains($"{card.Tag} Process Source: Entered by HR. Weights set directly (no CR). Compared Local weight", pdf.Text);
        Assert.Contains($"{card.Tag} cycle time {Figures.Weight(result.ByNodeId[card.CycleTimeId].LocalWeight, En)}", pdf.Text);
    }

    [Fact]
    public async Task Objectives_head_their_KPIs_in_the_perspective_table_with_weight_and_score()
    {
        var card = await CreateScorecardAsync();
        var client = await factory.SignedInAsAsync("Director");

        var pdf = await ReportPdf.GetAsync(client, card.ScorecardId, card.PeriodId);

        var result = await EvaluateAsync(card);
        var objective = result.ByNodeId[card.ObjectiveId];
        var page = Assert.Single(pdf.Pages, p => p.Contains("Objective: Retention", StringComparison.Ordinal));
        Assert.Contains($"Objective: Retention {Figures.Weight(objective.LocalWeight, En)} {Figures.Score(objective.Score, En)} {HrScorecard.Web.Scoring.TrafficLightWords.English(objective.Light)}", page);
        var objectiveAt = page.IndexOf("Objective:", StringComparison.Ordinal);
        Assert.True(page.IndexOf($"{card.Tag} turnover", StringComparison.Ordinal) > objectiveAt);
        Assert.True(page.IndexOf($"{card.Tag} tenure", StringComparison.Ordinal) > objectiveAt);
        Assert.True(page.IndexOf($"{card.Tag} engagement", StringComparison.Ordinal) < objectiveAt, "A KPI of the perspective itself comes first.");
    }

    [Fact]
    public async Task The_appendix_lists_the_random_index_table_used_for_CR()
    {
        var card = await CreateScorecardAsync();
        var client = await factory.SignedInAsAsync("Manager");

        var pdf = await ReportPdf.GetAsync(client, card.ScorecardId, card.PeriodId);

        var sizes = Enumerable.Range(1, PairwiseMatrix.MaxSize).ToList();
        Assert.Contains("n " + string.Join(" ", sizes), pdf.Text);
        Assert.Contains("RI " + string.Join(" ", sizes.Select(n => RandomIndex.For(n, AhpOptions.Default.Table).ToString("0.00##", En))), pdf.Text);
    }

    private async Task<ScorecardResult> EvaluateAsync(Card card)
    {
        using var scope = factory.Services.CreateScope();
        return await ScorecardCalculation.EvaluateAsync(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>(), card.ScorecardId, card.PeriodId);
    }

    private sealed record Card(int ScorecardId, int PeriodId, int RootId, string Tag, string RoundName, List<(string Name, int Id)> Perspectives,
        int ObjectiveId, int CycleTimeId);

    /// <summary>
    /// Three perspectives weighted by an applied round (two directors submitted, a third is still answering); People holds
    /// the objective "Retention" (two KPIs) beside a KPI of its own; Process has two KPIs weighted directly by HR.
    /// </summary>
    private async Task<Card> CreateScorecardAsync()
    {
        var tag = "W" + Guid.NewGuid().ToString("N")[..6];
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = $"{tag} scorecard", OrganisationUnit = "Weights unit", Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow };
        var period = new ReportingPeriod { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31) };
        var root = new ScorecardNode { Scorecard = scorecard, Name = $"{tag} goal" };
        var people = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"{tag} People", Position = 0 };
        var process = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"{tag} Process", Position = 1 };
        var learning = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"{tag} Learning", Position = 2 };
        var engagement = Kpi(people, "ENG", $"{tag} engagement", 0, ScoringMethod.HigherIsBetter, 80, 76);
        var objective = new ScorecardNode { Scorecard = scorecard, Parent = people, Name = "Retention", Position = 1 };
        var turnover = Kpi(objective, "TRN", $"{tag} turnover", 0, ScoringMethod.LowerIsBetter, 5, 6);
        var tenure = Kpi(objective, "TEN", $"{tag} tenure", 1, ScoringMethod.HigherIsBetter, 4, 5);
        var cycle = Kpi(process, "CYC", $"{tag} cycle time", 0, ScoringMethod.LowerIsBetter, 30, 42);
        var audits = Kpi(process, "AUD", $"{tag} audits", 1, ScoringMethod.HigherIsBetter, 4, 4);
        var courses = Kpi(learning, "CRS", $"{tag} courses", 0, ScoringMethod.HigherIsBetter, 10, 9);
        db.AddRange(scorecard, period, root, people, process, learning, objective);
        db.AddRange(Direct(people, (engagement, 0.4), (objective, 0.6)), Direct(objective, (turnover, 0.5), (tenure, 0.5)),
            Direct(process, (cycle, 0.7), (audits, 0.3)), Direct(learning, (courses, 1)));
        db.Weightings.Local.Single(w => w.ParentNode == process).EffectiveFromPeriod = period;
        await db.SaveChangesAsync();

        var roundName = $"{tag} round 2023";
        var round = new WeightingRound
        {
            Scorecard = scorecard, Name = roundName, CreatedAt = DateTime.UtcNow, CreatedBy = "hr@demo.local", Status = RoundStatus.Applied,
            AppliedAt = DateTime.UtcNow, AppliedFromPeriod = period,
        };
        var set = new ComparisonSet { Round = round, ParentNode = root, Position = 0, ChildNodeIds = [people.Id, process.Id, learning.Id] };
        round.ComparisonSets.Add(set);
        // The round also asked about Process, but HR's own weights from the same period replaced its result there.
        round.ComparisonSets.Add(new ComparisonSet { Round = round, ParentNode = process, Position = 1, ChildNodeIds = [cycle.Id, audits.Id] });
        var users = await db.Users.Where(u => u.Email == "director1@demo.local" || u.Email == "director2@demo.local" || u.Email == "hr@demo.local")
            .OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
        List<double?>[] answers = [[.. FirstDirector.Select(j => (double?)j)], [.. SecondDirector.Select(j => (double?)j)], [2, null, null]];
        for (var r = 0; r < users.Count; r++)
        {
            var respondent = new RoundRespondent { Round = round, UserId = users[r] };
            round.Respondents.Add(respondent);
            respondent.Answers.Add(new QuestionnaireAnswer
            {
                ComparisonSet = set, Judgments = answers[r], Status = r < 2 ? AnswerStatus.Submitted : AnswerStatus.InProgress,
                SubmittedAt = r < 2 ? DateTime.UtcNow : null,
            });
        }
        db.Add(round);
        await db.SaveChangesAsync();
        // Applying the round (Pages/Rounds/Apply) wrote the group judgments (geometric mean of the submitted ones) from its period on.
        var group = FirstDirector.Zip(SecondDirector, (a, b) => Math.Sqrt(a * b)).ToArray();
        var applied = new NodeWeighting
        {
            Scorecard = scorecard, ParentNode = root, EffectiveFromPeriod = period, Method = WeightingMethod.Pairwise, Source = $"Weighting round {round.Id}: {roundName}",
            Judgments =
            [
                new PairwiseJudgment { RowNode = people, ColumnNode = process, Value = group[0] },
                new PairwiseJudgment { RowNode = people, ColumnNode = learning, Value = group[1] },
                new PairwiseJudgment { RowNode = process, ColumnNode = learning, Value = group[2] },
            ],
        };
        db.Add(applied);
        await db.SaveChangesAsync();
        return new Card(scorecard.Id, period.Id, root.Id, tag, roundName,
            [(people.Name, people.Id), (process.Name, process.Id), (learning.Name, learning.Id)], objective.Id, cycle.Id);

        ScorecardNode Kpi(ScorecardNode parent, string code, string name, int position, ScoringMethod method, double target, double actual)
        {
            var node = new ScorecardNode { Scorecard = scorecard, Parent = parent, Name = name, Position = position };
            var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = code, Unit = "count", Method = method };
            node.Kpi = kpi;
            db.AddRange(node, new KpiTarget { Kpi = kpi, Period = period, Value = target }, new KpiActual { Kpi = kpi, Period = period, Value = actual });
            return node;
        }

        NodeWeighting Direct(ScorecardNode parent, params (ScorecardNode Child, double Weight)[] weights) => new()
        {
            Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Direct, Source = "Entered by HR",
            ChildWeights = [.. weights.Select(w => new ChildWeight { ChildNode = w.Child, Weight = w.Weight })],
        };
    }
}
