using System.Globalization;
using System.Net;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Ahp;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Rounds;

public sealed class ResultsAndApplyTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    // Per set (Goal, Financial, Learning): director 1 (weight 1) and director 2 (weight 2), both consistent enough.
    private static readonly int[][] Director1 = [[2, 4, 2], [3, 5, 2], [3]];
    private static readonly int[][] Director2 = [[-2, 1, 3], [1, 2, 2], [-2]];

    private async Task<(RoundScorecard Card, int RoundId, IReadOnlyList<ComparisonSet> Sets, HttpClient Hr)> AnsweredRoundAsync(
        bool lock2023 = false)
    {
        var card = await RoundScorecard.CreateAsync(factory, lock2023);
        var hr = await factory.SignedInAsAsync("HR");
        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", "1"), ("director2@demo.local", "2"));
        var sets = await RoundSteps.SetsAsync(factory, roundId);
        var director2 = factory.AnonymousClient();
        await director2.SignInAsync("director2@demo.local", SignIn.Password);
        await RoundSteps.SubmitAllAsync(await factory.SignedInAsAsync("Director"), roundId, sets, s => Director1[IndexOf(sets, s)]);
        await RoundSteps.SubmitAllAsync(director2, roundId, sets, s => Director2[IndexOf(sets, s)]);
        return (card, roundId, sets, hr);
    }

    private static int IndexOf(IReadOnlyList<ComparisonSet> sets, ComparisonSet set) => sets.Select(s => s.Id).ToList().IndexOf(set.Id);

    private static PairwiseMatrix Matrix(int[] points) =>
        PairwiseMatrix.FromUpperTriangle((int)Math.Round((1 + Math.Sqrt(1 + 8 * points.Length)) / 2), [.. points.Select(SaatyScale.ToValue)]);

    private static PairwiseMatrix Aggregate(int set) =>
        GroupJudgment.Aggregate([Matrix(Director1[set]), Matrix(Director2[set])], [1, 2]);

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient hr, int roundId, int periodId, bool confirm = false)
    {
        var form = (await HtmlForm.FromPageAsync(hr, $"/Rounds/Apply?id={roundId}", "#apply-form")).Set("Input.PeriodId", periodId.ToString(CultureInfo.InvariantCulture));
        if (confirm) form.Set("Input.ConfirmFlagged", "true");
        return await form.PostAsync();
    }

    [Fact]
    public async Task Results_show_the_weighted_geometric_mean_its_priorities_and_each_directors_priorities_and_consensus()
    {
        var (_, roundId, sets, hr) = await AnsweredRoundAsync();

        var page = await HtmlForm.GetPageAsync(hr, $"/Rounds/Results?id={roundId}");

        for (var s = 0; s < sets.Count; s++)
        {
            var section = page.QuerySelector($"#set-{sets[s].Id}")!;
            var aggregate = Aggregate(s);
            var group = Priorities.Compute(aggregate);
            var own1 = Priorities.Compute(Matrix(Director1[s]));
            var own2 = Priorities.Compute(Matrix(Director2[s]));
            var cells = section.QuerySelectorAll(".aggregate-matrix tbody td").Select(td => td.TextContent).ToList();
            Assert.Equal(aggregate.ToRows().SelectMany(r => r).Select(x => x.ToString("0.000", CultureInfo.GetCultureInfo("en-US"))), cells);
            var rows = section.QuerySelectorAll(".priorities tbody tr").SkipLast(1).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var values = rows[i].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
                Assert.Equal([Percent(group.Weights[i]), Percent(own1.Weights[i]), Percent(own2.Weights[i])], values);
            }
            Assert.Equal(group.LambdaMax.ToString("0.0000", CultureInfo.GetCultureInfo("en-US")), section.QuerySelector(".lambda-max")!.TextContent);
            Assert.Equal(group.ConsistencyRatio.ToString("0.0000", CultureInfo.GetCultureInfo("en-US")), section.QuerySelector(".cr")!.TextContent);
            var consensus = Consensus.RelativeHomogeneity([own1.Weights, own2.Weights])!.Value;
            Assert.StartsWith(Percent(consensus), section.QuerySelector(".consensus")!.TextContent.Trim());
            Assert.Contains(Consensus.Band(consensus) switch
            {
                ConsensusBand.VeryLow => "very low", ConsensusBand.Low => "low", ConsensusBand.Moderate => "moderate",
                ConsensusBand.High => "high", _ => "very high",
            } + " consensus", section.QuerySelector(".consensus")!.TextContent);
        }

        static string Percent(double x) => (x * 100).ToString("0.0", CultureInfo.GetCultureInfo("en-US")) + " %";
    }

    [Fact]
    public async Task Applying_from_2023_gives_2023_the_group_weights_and_leaves_2022_as_it_was_reported()
    {
        var (card, roundId, sets, hr) = await AnsweredRoundAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var before2022 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2022);

        var response = await ApplyAsync(hr, roundId, card.Period2023);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after2022 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2022);
        var after2023 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2023);
        Assert.Equal(before2022.Root.DescendantsAndSelf().Select(n => (n.LocalWeight, n.Score)), after2022.Root.DescendantsAndSelf().Select(n => (n.LocalWeight, n.Score)));
        Tolerance.AllClose(Priorities.Compute(Aggregate(0)).Weights, [.. card.Perspectives.Select(id => after2023.ByNodeId[id].LocalWeight)], 1e-9, "perspective weights 2023");
        Tolerance.AllClose(Priorities.Compute(Aggregate(1)).Weights, [.. card.FinancialKpis.Select(id => after2023.ByNodeId[id].LocalWeight)], 1e-9, "financial KPI weights 2023");
        Tolerance.AllClose(Priorities.Compute(Aggregate(2)).Weights, [.. card.LearningKpis.Select(id => after2023.ByNodeId[id].LocalWeight)], 1e-9, "learning KPI weights 2023");

        var round = await db.WeightingRounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
        Assert.Equal(RoundStatus.Applied, round.Status);
        Assert.Equal(card.Period2023, round.AppliedFromPeriodId);
        Assert.Equal(2, await db.Weightings.CountAsync(w => w.ParentNodeId == card.Root));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Entity == nameof(NodeWeighting) && a.ScorecardId == card.Id && a.PeriodId == card.Period2023 && a.User == "hr@demo.local"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(WeightingRound) && a.Field == "Status" && a.OldValue == "Open" && a.NewValue == "Applied"));

        // A director cannot change his answers once the round is applied.
        var reopen = await (await HtmlForm.FromPageAsync(await factory.SignedInAsAsync("Director"), RoundSteps.AnswerUrl(roundId, sets[0].Id), "#questionnaire")).PostAsync("Reopen");
        Assert.Contains("no longer open", await reopen.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_round_applied_from_the_same_period_replaces_that_version_instead_of_adding_one()
    {
        var (card, firstRound, _, hr) = await AnsweredRoundAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(hr, firstRound, card.Period2023)).StatusCode);
        var secondRound = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", null));
        var sets = await RoundSteps.SetsAsync(factory, secondRound);
        await RoundSteps.SubmitAllAsync(await factory.SignedInAsAsync("Director"), secondRound, sets, s => Director2[IndexOf(sets, s)]);

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(hr, secondRound, card.Period2023)).StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        Assert.Equal(2, await db.Weightings.CountAsync(w => w.ParentNodeId == card.Root));
        var after2023 = await ScorecardCalculation.EvaluateAsync(db, card.Id, card.Period2023);
        Tolerance.AllClose(Priorities.Compute(Matrix(Director2[0])).Weights, [.. card.Perspectives.Select(id => after2023.ByNodeId[id].LocalWeight)], 1e-9, "perspective weights 2023");
    }

    [Fact]
    public async Task A_round_with_a_set_nobody_submitted_cannot_be_applied()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", null));
        var sets = await RoundSteps.SetsAsync(factory, roundId);
        await RoundSteps.SubmitAllAsync(await factory.SignedInAsAsync("Director"), roundId, [sets[0], sets[1]], s => Director1[IndexOf(sets, s)]);

        var response = await ApplyAsync(hr, roundId, card.Period2023);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nobody has submitted the comparisons with respect to Learning", await response.Content.ReadAsStringAsync());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        Assert.Equal(1, await db.Weightings.CountAsync(w => w.ParentNodeId == card.Root));
        Assert.Equal(RoundStatus.Open, (await db.WeightingRounds.SingleAsync(r => r.Id == roundId)).Status);
    }

    [Fact]
    public async Task A_set_whose_group_judgments_are_inconsistent_is_flagged_and_needs_confirmation()
    {
        int[] cyclic = [9, -9, 9];
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", null));
        var sets = await RoundSteps.SetsAsync(factory, roundId);
        await RoundSteps.SubmitAllAsync(await factory.SignedInAsAsync("Director"), roundId, sets, s => IndexOf(sets, s) == 1 ? cyclic : Director1[IndexOf(sets, s)]);
        Assert.False(Priorities.Compute(Matrix(cyclic)).IsConsistent);

        var results = await HtmlForm.GetPageAsync(hr, $"/Rounds/Results?id={roundId}");
        Assert.NotNull(results.QuerySelector($"#set-{sets[1].Id} .flagged"));
        Assert.Null(results.QuerySelector($"#set-{sets[0].Id} .flagged"));

        var unconfirmed = await ApplyAsync(hr, roundId, card.Period2023);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("confirm that you apply them anyway", HtmlForm.Parse(await unconfirmed.Content.ReadAsStringAsync())
            .QuerySelector("[data-valmsg-for='Input.ConfirmFlagged']")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(hr, roundId, card.Period2023, confirm: true)).StatusCode);
    }

    [Fact]
    public async Task Weights_cannot_be_applied_to_a_locked_period()
    {
        var (card, roundId, _, hr) = await AnsweredRoundAsync(lock2023: true);

        var response = await ApplyAsync(hr, roundId, card.Period2022);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Period 2023 is locked", HtmlForm.Parse(await response.Content.ReadAsStringAsync())
            .QuerySelector("[data-valmsg-for='Input.PeriodId']")!.TextContent);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ScorecardDbContext>().Weightings.CountAsync(w => w.ParentNodeId == card.Root));
    }
    [Fact]
    public async Task Directors_who_answered_see_the_group_weights_only_after_the_round_is_applied()
    {
        var (card, roundId, sets, hr) = await AnsweredRoundAsync();
        var director = await factory.SignedInAsAsync("Director");
        var url = $"/Questionnaires/Results?roundId={roundId}";
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(hr, roundId, card.Period2023)).StatusCode);

        var page = await HtmlForm.GetPageAsync(director, url);
        var shown = page.QuerySelectorAll($"#set-{sets[0].Id} .group-weight").Select(td => td.TextContent);
        Assert.Equal(Priorities.Compute(Aggregate(0)).Weights.Select(w => (w * 100).ToString("0.0", CultureInfo.GetCultureInfo("en-US")) + " %"), shown);
        Assert.Contains($"roundId={roundId}", (await HtmlForm.GetPageAsync(director, "/Questionnaires/Index")).QuerySelector("#applied-rounds")!.InnerHtml);
    }
}
