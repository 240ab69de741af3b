using System.Globalization;
using System.Net;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Ahp;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Rounds;

public sealed class QuestionnaireTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    // Financial KPIs 1–3: 1 = 2·2, 1 = 4·3, 2 = 2·3 (perfectly consistent); and a cycle 1 ≫ 2 ≫ 3 ≫ 1 (not at all).
    private static readonly int[] Consistent = [2, 4, 2];
    private static readonly int[] Cyclic = [9, -9, 9];

    private async Task<(int RoundId, ComparisonSet Financial, HttpClient Director)> RoundForDirector1Async()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", null));
        var sets = await RoundSteps.SetsAsync(factory, roundId);
        return (roundId, sets[1], await factory.SignedInAsAsync("Director"));
    }

    [Fact]
    public async Task A_director_saves_a_draft_submits_it_and_reopens_it()
    {
        var (roundId, set, director) = await RoundForDirector1Async();

        var page = await HtmlForm.GetPageAsync(director, RoundSteps.AnswerUrl(roundId, set.Id));
        Assert.Equal("With respect to Financial, which KPI matters more?", page.QuerySelector("#statement")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll("#pairs tr.pair").Length);
        foreach (var button in new[] { "#check", "#save", "#submit" }) // a browser posts to the button's formaction
            Assert.Equal($"/Questionnaires/Answer?roundId={roundId}&setId={set.Id}&handler={button[1..]}",
                page.QuerySelector(button)!.GetAttribute("formaction"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(17, page.QuerySelectorAll("#pairs tr.pair")[0].QuerySelectorAll("input[type=radio]").Length);
        Assert.Equal("Financial KPI 1 is extremely more important than Financial KPI 2 (9)",
            page.QuerySelector("#pairs tr.pair input[value='9']")!.ParentElement!.GetAttribute("title"));

        var draft = await RoundSteps.AnswerAsync(director, roundId, set.Id, [2], "Save");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var saved = await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local");
        Assert.Equal(AnswerStatus.InProgress, saved.Status);
        Assert.Equal([2.0, null, null], saved.Judgments);

        var incomplete = await RoundSteps.AnswerAsync(director, roundId, set.Id, [2], "Submit");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Answer this pair before submitting", HtmlForm.Parse(await incomplete.Content.ReadAsStringAsync())
            .QuerySelector("[data-valmsg-for='Input.Points[1]']")!.TextContent);

        var submit = await RoundSteps.AnswerAsync(director, roundId, set.Id, Consistent, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var submitted = await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local");
        Assert.Equal(AnswerStatus.Submitted, submitted.Status);
        Assert.Equal([2.0, 4.0, 2.0], submitted.Judgments);
        Assert.False(submitted.SubmittedInconsistent);
        Tolerance.Close(0, submitted.ConsistencyRatio!.Value, 1e-9, "CR of a consistent matrix");

        var locked = await RoundSteps.AnswerAsync(director, roundId, set.Id, [], "Save");
        Assert.Contains("reopen them first", await locked.Content.ReadAsStringAsync());

        var reopen = await (await HtmlForm.FromPageAsync(director, RoundSteps.AnswerUrl(roundId, set.Id), "#questionnaire")).PostAsync("Reopen");
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        var reopened = await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local");
        Assert.Equal(AnswerStatus.InProgress, reopened.Status);
        Assert.Equal([2.0, 4.0, 2.0], reopened.Judgments);
    }

    [Fact]
    public async Task Check_shows_the_priorities_and_names_the_pair_the_domain_finds_most_inconsistent()
    {
        var (roundId, set, director) = await RoundForDirector1Async();
        int[] points = [3, 5, -4]; // KPI 2 over KPI 3 contradicts the other two answers
        var expected = Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, [.. points.Select(SaatyScale.ToValue)]));
        Assert.False(expected.IsConsistent);

        var response = await RoundSteps.AnswerAsync(director, roundId, set.Id, points, "Check");

        var html = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected.ConsistencyRatio.ToString("0.000", CultureInfo.GetCultureInfo("en-US")), html.QuerySelector("#cr")!.TextContent);
        var hint = html.QuerySelector("#hint")!;
        var worst = expected.MostInconsistent!;
        Assert.Equal(worst.Row.ToString(CultureInfo.InvariantCulture), hint.GetAttribute("data-row"));
        Assert.Equal(worst.Column.ToString(CultureInfo.InvariantCulture), hint.GetAttribute("data-column"));
        Assert.Equal(SaatyScale.FromValue(worst.SuggestedOnScale).ToString(CultureInfo.InvariantCulture), hint.GetAttribute("data-suggested"));
        Assert.Contains($"Financial KPI {worst.Row + 1} vs Financial KPI {worst.Column + 1}", hint.TextContent);
        Assert.Equal(AnswerStatus.NotStarted, (await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local")).Status);
    }

    [Fact]
    public async Task Submitting_inconsistent_answers_asks_for_confirmation_and_records_it()
    {
        var (roundId, set, director) = await RoundForDirector1Async();

        var unconfirmed = await RoundSteps.AnswerAsync(director, roundId, set.Id, Cyclic, "Submit");

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var html = HtmlForm.Parse(await unconfirmed.Content.ReadAsStringAsync());
        Assert.NotNull(html.QuerySelector("#confirm-inconsistent"));
        Assert.Contains("not consistent", html.QuerySelector("[data-valmsg-for='Input.ConfirmInconsistent']")!.TextContent);
        Assert.Equal(AnswerStatus.NotStarted, (await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local")).Status);

        var confirmed = await RoundSteps.AnswerAsync(director, roundId, set.Id, Cyclic, "Submit", confirm: true);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var answer = await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local");
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.True(answer.SubmittedInconsistent);
        Tolerance.Close(Priorities.Compute(PairwiseMatrix.FromUpperTriangle(3, [9, 1.0 / 9, 9])).ConsistencyRatio, answer.ConsistencyRatio!.Value, 1e-12, "stored CR");
    }

    [Fact]
    public async Task A_director_can_neither_read_nor_write_answers_of_a_round_he_is_not_in()
    {
        var (roundId, set, director1) = await RoundForDirector1Async();
        Assert.Equal(HttpStatusCode.Redirect, (await RoundSteps.AnswerAsync(director1, roundId, set.Id, [3], "Save")).StatusCode);
        var form = await HtmlForm.FromPageAsync(director1, RoundSteps.AnswerUrl(roundId, set.Id), "#questionnaire");
        var director2 = factory.AnonymousClient();
        await director2.SignInAsync("director2@demo.local", SignIn.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await director2.GetAsync(RoundSteps.AnswerUrl(roundId, set.Id))).StatusCode);
        // Director 2 posts director 1's form fields under his own session (his own antiforgery token).
        var ownToken = (await HtmlForm.FromPageAsync(director2, "/Questionnaires/Index", "form[method=post]")).Get("__RequestVerificationToken");
        var fields = new Dictionary<string, string> { ["Input.Points[0]"] = "-9", ["Input.Version"] = form.Get("Input.Version")!, ["__RequestVerificationToken"] = ownToken! };
        var post = await director2.PostAsync(RoundSteps.AnswerUrl(roundId, set.Id) + "&handler=Save", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal([3.0, null, null], (await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local")).Judgments);
        Assert.DoesNotContain($"round-{roundId}", await director2.GetStringAsync("/Questionnaires/Index"));
    }

    [Fact]
    public async Task Two_directors_of_one_round_each_see_only_their_own_answers()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", null), ("director2@demo.local", null));
        var set = (await RoundSteps.SetsAsync(factory, roundId))[1];
        var director1 = await factory.SignedInAsAsync("Director");
        await RoundSteps.AnswerAsync(director1, roundId, set.Id, Consistent, "Save");
        var director2 = factory.AnonymousClient();
        await director2.SignInAsync("director2@demo.local", SignIn.Password);

        var page = await HtmlForm.GetPageAsync(director2, RoundSteps.AnswerUrl(roundId, set.Id));

        Assert.Empty(page.QuerySelectorAll("#pairs input[type=radio][checked]"));
        Assert.Equal(AnswerStatus.NotStarted, (await RoundSteps.AnswerOfAsync(factory, set.Id, "director2@demo.local")).Status);
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_and_shows_the_current_answers()
    {
        var (roundId, set, director) = await RoundForDirector1Async();
        var stale = await HtmlForm.FromPageAsync(director, RoundSteps.AnswerUrl(roundId, set.Id), "#questionnaire");
        Assert.Equal(HttpStatusCode.Redirect, (await RoundSteps.AnswerAsync(director, roundId, set.Id, [5], "Save")).StatusCode);

        var response = await stale.Set("Input.Points[0]", "-7").PostAsync("Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("changed meanwhile", html.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("5", html.QuerySelector("#pairs input[name='Input.Points[0]'][checked]")!.GetAttribute("value"));
        Assert.Equal([5.0, null, null], (await RoundSteps.AnswerOfAsync(factory, set.Id, "director1@demo.local")).Judgments);
    }

    [Theory]
    [InlineData("HR")]
    [InlineData("Manager")]
    public async Task Questionnaires_are_for_directors_only(string role)
    {
        var client = await factory.SignedInAsAsync(role);

        var response = await client.GetAsync("/Questionnaires/Index");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }
}
