using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.Weights;

/// <summary>The weights editor at /Weights/Edit: direct and pairwise weights, versions per period, locking, conflicts, access.</summary>
public class WeightsEditTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static string Url(int scorecardId, int parentId, int? periodId = null) =>
        $"/Weights/Edit?scorecardId={scorecardId}&parentId={parentId}" + (periodId is { } p ? $"&periodId={p}" : "");

    private static double ValueOf(IHtmlDocument page, string selector) =>
        double.Parse(page.QuerySelector(selector)!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    private static List<double> Column(IHtmlDocument page, string cell) =>
        [.. page.QuerySelectorAll($"#weights tbody td.{cell}").Select(td => double.Parse(td.GetAttribute("data-value")!, CultureInfo.InvariantCulture))];

    private Task<ScorecardResult> EvaluateAsync(int scorecardId, int periodId) =>
        factory.WithDbAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecardId, periodId));

    private Task<List<NodeWeighting>> VersionsAsync(int parentId) =>
        factory.WithDbAsync(db => db.Weightings.AsNoTracking().Include(w => w.ChildWeights).Include(w => w.Judgments)
            .Where(w => w.ParentNodeId == parentId).OrderBy(w => w.Id).ToListAsync());

    private async Task<(int Id, int RootId, List<int> Perspectives, int P2022, int P2023)> DemoAsync() =>
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Scorecards.Where(s => s.Name == DemoData.ScorecardName).Select(s => s.Id).SingleAsync();
            var root = await db.Nodes.SingleAsync(n => n.ScorecardId == id && n.ParentId == null);
            var perspectives = await db.Nodes.Where(n => n.ParentId == root.Id).OrderBy(n => n.Position).Select(n => n.Id).ToListAsync();
            var periods = await db.Periods.Where(p => p.ScorecardId == id).ToDictionaryAsync(p => p.Name, p => p.Id);
            return (id, root.Id, perspectives, periods["2022"], periods["2023"]);
        });

    private static HtmlForm Direct(HtmlForm form, params string[] weights)
    {
        form.Set("Input.Method", "Direct");
        for (var i = 0; i < weights.Length; i++) form.Set($"Input.Weights[{i}]", weights[i]);
        return form;
    }

    private static HtmlForm Pairwise(HtmlForm form, params string[] judgments)
    {
        form.Set("Input.Method", "Pairwise");
        for (var k = 0; k < judgments.Length; k++) form.Set($"Input.Judgments[{k}]", judgments[k]);
        return form;
    }

    [Fact]
    public async Task The_demo_perspectives_show_their_typed_judgments_the_domain_CR_and_the_calculated_weights()
    {
        var demo = await DemoAsync();
        var client = await factory.SignedInAsAsync("HR");

        var page = await HtmlForm.GetPageAsync(client, Url(demo.Id, demo.RootId, demo.P2022));

        var form = HtmlForm.From(client, page, Url(demo.Id, demo.RootId, demo.P2022), "#weights-form");
        Assert.Equal(["3", "5", "4", "3", "1/2", "1/5"], Enumerable.Range(0, 6).Select(k => form.Get($"Input.Judgments[{k}]")));
        var domain = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(4, [3, 5, 4, 3, 1.0 / 2, 1.0 / 5]));
        Tolerance.Close(domain.ConsistencyRatio, ValueOf(page, "#cr"), Tolerance.Rounding, "CR");
        Tolerance.Close(domain.LambdaMax, ValueOf(page, "#lambda-max"), Tolerance.Rounding, "λmax");
        var evaluated = await EvaluateAsync(demo.Id, demo.P2022);
        Assert.Equal(demo.Perspectives.Select(p => evaluated.ByNodeId[p].LocalWeight), Column(page, "local"));
        Assert.Equal(demo.Perspectives.Select(p => evaluated.ByNodeId[p].GlobalWeight), Column(page, "global"));
    }

    [Fact]
    public async Task Direct_weights_that_do_not_sum_to_one_are_refused_and_Normalise_rescales_them_before_saving()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var url = Url(scorecard.Id, scorecard.RootId);
        var form = Direct(await HtmlForm.FromPageAsync(client, url, "#weights-form"), "2", "1", "1");

        var refused = await TestScorecards.PageOfAsync(await form.PostAsync());
        var normalised = await TestScorecards.PageOfAsync(await form.PostAsync("Normalise"));

        Assert.Equal("The weights add up to 4; they must add up to 1. Press Normalise to rescale them.", refused.MessageFor("Input.Weights"));
        var normalisedForm = HtmlForm.From(client, normalised, url, "#weights-form");
        Assert.Equal(["0.5", "0.25", "0.25"], Enumerable.Range(0, 3).Select(i => normalisedForm.Get($"Input.Weights[{i}]")));
        Assert.Single(await VersionsAsync(scorecard.RootId)); // neither refusing nor normalising saves

        var saved = await normalisedForm.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = (await VersionsAsync(scorecard.RootId))[^1];
        Assert.Equal(WeightingMethod.Direct, latest.Method);
        Assert.Equal(scorecard.PeriodIds["2024"], latest.EffectiveFromPeriodId);
        Assert.Equal([0.5, 0.25, 0.25], scorecard.PerspectiveIds.Select(id => latest.ChildWeights.Single(w => w.ChildNodeId == id).Weight));
        var shown = await HtmlForm.GetPageAsync(client, saved.Headers.Location!.OriginalString);
        var evaluated = await EvaluateAsync(scorecard.Id, scorecard.PeriodIds["2024"]);
        Assert.Equal(scorecard.PerspectiveIds.Select(p => evaluated.ByNodeId[p].GlobalWeight), Column(shown, "global"));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ScorecardId == scorecard.Id && e.Entity == nameof(NodeWeighting) && e.User == "hr@demo.local").ToListAsync());
        Assert.Contains(audit, e => e.Field == "created" && e.NodeId == scorecard.RootId && e.PeriodId == scorecard.PeriodIds["2024"]);
    }

    [Fact]
    public async Task Check_shows_the_priorities_lambda_max_CR_and_judgment_to_reconsider_of_the_domain_and_saves_nothing()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Pairwise(await HtmlForm.FromPageAsync(client, Url(scorecard.Id, scorecard.RootId), "#weights-form"), "3", "1/5", "2");

        var page = await TestScorecards.PageOfAsync(await form.PostAsync("Check"));

        var domain = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, [3, 1.0 / 5, 2]));
        Tolerance.Close(domain.ConsistencyRatio, ValueOf(page, "#cr"), Tolerance.Rounding, "CR");
        Tolerance.Close(domain.LambdaMax, ValueOf(page, "#lambda-max"), Tolerance.Rounding, "λmax");
        Assert.Equal(domain.IsConsistent ? "Consistent" : "Not consistent", page.QuerySelector("#verdict strong")?.TextContent);
        var reconsider = page.QuerySelector("#reconsider")!;
        Assert.Equal(domain.MostInconsistent!.Row.ToString(CultureInfo.InvariantCulture), reconsider.GetAttribute("data-row"));
        Assert.Equal(domain.MostInconsistent.Column.ToString(CultureInfo.InvariantCulture), reconsider.GetAttribute("data-column"));
        Assert.Equal(domain.Weights, Column(page, "local"));
        Assert.Single(await VersionsAsync(scorecard.RootId));
    }

    [Fact]
    public async Task A_saved_pairwise_matrix_weights_the_children_as_the_domain_priorities()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = Pairwise(await HtmlForm.FromPageAsync(client, Url(scorecard.Id, scorecard.RootId), "#weights-form"), "2", "4", "3")
            .Set("Input.EffectiveFromPeriodId", scorecard.PeriodIds["2023"].ToString(CultureInfo.InvariantCulture));

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = (await VersionsAsync(scorecard.RootId))[^1];
        Assert.Equal((WeightingMethod.Pairwise, 3), (latest.Method, latest.Judgments.Count));
        var domain = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, [2, 4, 3]));
        var evaluated = await EvaluateAsync(scorecard.Id, scorecard.PeriodIds["2023"]);
        for (var i = 0; i < 3; i++)
            Tolerance.Close(domain.Weights[i], evaluated.ByNodeId[scorecard.PerspectiveIds[i]].LocalWeight, Tolerance.Rounding, $"child {i}");
    }

    [Fact]
    public async Task Judgments_off_Saatys_scale_or_unreadable_are_refused_next_to_their_field()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var form = await HtmlForm.FromPageAsync(client, Url(scorecard.Id, scorecard.RootId), "#weights-form");

        var offScale = await TestScorecards.PageOfAsync(await Pairwise(form, "3", "10", "2").PostAsync());
        var unreadable = await TestScorecards.PageOfAsync(await Pairwise(form, "3", "2", "three").PostAsync("Check"));

        var domain = Assert.Throws<DomainValidationException>(() => PairwiseMatrix.FromUpperTriangle(3, [3, 10, 2]));
        Assert.Equal(domain.Message, offScale.MessageFor("Input.Judgments[1]"));
        Assert.Equal("\"three\" is not a judgment. Write a judgment such as 3, 1/5 or 0.5 (Saaty's scale runs from 1/9 to 9).",
            unreadable.MessageFor("Input.Judgments[2]"));
        Assert.Single(await VersionsAsync(scorecard.RootId));
    }

    [Fact]
    public async Task New_weights_from_2023_leave_the_demo_scorecards_2022_result_unchanged()
    {
        var demo = await DemoAsync();
        var before2022 = await EvaluateAsync(demo.Id, demo.P2022);
        var client = await factory.SignedInAsAsync("HR");
        var form = Direct(await HtmlForm.FromPageAsync(client, Url(demo.Id, demo.RootId, demo.P2023), "#weights-form"), "0.4", "0.3", "0.2", "0.1")
            .Set("Input.EffectiveFromPeriodId", demo.P2023.ToString(CultureInfo.InvariantCulture));

        var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after2022 = await EvaluateAsync(demo.Id, demo.P2022);
        Assert.Equal(before2022.Root.Score, after2022.Root.Score);
        Assert.Equal(before2022.ByNodeId.ToDictionary(x => x.Key, x => x.Value.GlobalWeight), after2022.ByNodeId.ToDictionary(x => x.Key, x => x.Value.GlobalWeight));
        var after2023 = await EvaluateAsync(demo.Id, demo.P2023);
        Assert.Equal([0.4, 0.3, 0.2, 0.1], demo.Perspectives.Select(p => Math.Round(after2023.ByNodeId[p].LocalWeight, 12)));
        Assert.Contains(await VersionsAsync(demo.RootId), w => w.EffectiveFromPeriodId is null && w.Method == WeightingMethod.Pairwise);
    }

    [Fact]
    public async Task Saving_again_for_a_period_that_has_its_own_version_replaces_that_version()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        var p2023 = scorecard.PeriodIds["2023"].ToString(CultureInfo.InvariantCulture);
        var url = Url(scorecard.Id, scorecard.RootId, scorecard.PeriodIds["2023"]);
        Assert.Equal(HttpStatusCode.Redirect, (await Direct(await HtmlForm.FromPageAsync(client, url, "#weights-form"), "0.5", "0.3", "0.2")
            .Set("Input.EffectiveFromPeriodId", p2023).PostAsync()).StatusCode);

        var response = await Direct(await HtmlForm.FromPageAsync(client, url, "#weights-form"), "0.2", "0.3", "0.5")
            .Set("Input.EffectiveFromPeriodId", p2023).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await VersionsAsync(scorecard.RootId);
        Assert.Equal(2, versions.Count); // from the start, and 2023
        Assert.Equal([0.2, 0.3, 0.5], scorecard.PerspectiveIds.Select(id => versions[1].ChildWeights.Single(w => w.ChildNodeId == id).Weight));
        var in2022 = await EvaluateAsync(scorecard.Id, scorecard.PeriodIds["2022"]);
        Assert.All(scorecard.PerspectiveIds, id => Tolerance.Close(1.0 / 3, in2022.ByNodeId[id].LocalWeight, Tolerance.Rounding, "2022 weight"));
    }

    [Fact]
    public async Task A_locked_period_and_earlier_periods_whose_weights_would_reach_it_are_refused()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        await factory.LockAsync(scorecard.PeriodIds["2023"]);
        var client = await factory.SignedInAsAsync("HR");
        var url = Url(scorecard.Id, scorecard.RootId);

        async Task<HttpResponseMessage> SaveFromAsync(string period) =>
            await Direct(await HtmlForm.FromPageAsync(client, url, "#weights-form"), "0.5", "0.3", "0.2")
                .Set("Input.EffectiveFromPeriodId", scorecard.PeriodIds[period].ToString(CultureInfo.InvariantCulture)).PostAsync();

        var locked = await TestScorecards.PageOfAsync(await SaveFromAsync("2023"));
        var reaching = await TestScorecards.PageOfAsync(await SaveFromAsync("2022"));

        Assert.StartsWith("Period 2023 is locked (its report is published)", locked.MessageFor("Input.EffectiveFromPeriodId"), StringComparison.Ordinal);
        Assert.StartsWith("Period 2023 is locked (its report is published)", reaching.MessageFor("Input.EffectiveFromPeriodId"), StringComparison.Ordinal);
        Assert.Single(await VersionsAsync(scorecard.RootId));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveFromAsync("2024")).StatusCode);
    }

    [Fact]
    public async Task Saving_over_someone_elses_weights_shows_the_current_ones_and_overwrites_nothing()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var url = Url(scorecard.Id, scorecard.RootId);
        var first = await factory.SignedInAsAsync("HR");
        var second = await factory.SignedInAsAsync("HR");
        var firstForm = Direct(await HtmlForm.FromPageAsync(first, url, "#weights-form"), "0.6", "0.3", "0.1");
        var secondForm = Direct(await HtmlForm.FromPageAsync(second, url, "#weights-form"), "0.1", "0.3", "0.6");
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.PostAsync()).StatusCode);

        var response = await secondForm.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = (await TestScorecards.PageOfAsync(response)).QuerySelector("#conflict")?.TextContent ?? "";
        Assert.Contains("Someone else changed the weights of Goal", conflict, StringComparison.Ordinal);
        Assert.Contains("Perspective 1 0.6", conflict, StringComparison.Ordinal);
        var versions = await VersionsAsync(scorecard.RootId);
        Assert.Equal([0.6, 0.3, 0.1], scorecard.PerspectiveIds.Select(id => versions[^1].ChildWeights.Single(w => w.ChildNodeId == id).Weight));
    }

    [Fact]
    public async Task An_Indonesian_user_types_decimal_commas_and_gets_them_back_after_Normalise()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var url = Url(scorecard.Id, scorecard.RootId);
        var form = Direct(await HtmlForm.FromPageAsync(client, url, "#weights-form"), "1,5", "0,75", "0,75");

        var normalised = HtmlForm.From(client, await TestScorecards.PageOfAsync(await form.PostAsync("Normalise")), url, "#weights-form");

        Assert.Equal(["0,5", "0,25", "0,25"], Enumerable.Range(0, 3).Select(i => normalised.Get($"Input.Weights[{i}]")));
    }

    [Fact]
    public async Task A_parent_with_a_single_child_needs_no_weights()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");

        var page = await HtmlForm.GetPageAsync(client, Url(scorecard.Id, scorecard.PerspectiveIds[0]));

        Assert.NotNull(page.QuerySelector("#too-few-children"));
        Assert.Null(page.QuerySelector("#weights-form"));
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Director")]
    public async Task Managers_and_directors_are_denied_the_weights_editor(string role)
    {
        var demo = await DemoAsync();
        var client = await factory.SignedInAsAsync(role);

        var response = await client.GetAsync(new Uri(Url(demo.Id, demo.RootId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        var post = await client.PostAsync(new Uri(Url(demo.Id, demo.RootId), UriKind.Relative),
            new FormUrlEncodedContent([new("Input.Method", "Direct"), new("Input.Weights[0]", "1")]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
