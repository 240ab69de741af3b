using System.Globalization;
using System.Net;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Rounds;

public sealed class RoundCreationTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task Opening_a_round_makes_one_comparison_set_per_node_with_two_or_more_children_in_hierarchy_order()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");

        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", null), ("director2@demo.local", "2"));

        var sets = await RoundSteps.SetsAsync(factory, roundId);
        Assert.Equal([card.Root, card.Perspectives[0], card.Perspectives[2]], sets.Select(s => s.ParentNodeId));
        Assert.Equal(card.Perspectives, sets[0].ChildNodeIds);
        Assert.Equal(card.FinancialKpis, sets[1].ChildNodeIds);
        Assert.Equal(card.LearningKpis, sets[2].ChildNodeIds);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var round = await db.WeightingRounds.AsNoTracking().Include(r => r.Respondents).ThenInclude(r => r.User).SingleAsync(r => r.Id == roundId);
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.Equal("hr@demo.local", round.CreatedBy);
        Assert.Equal(1, round.Respondents.Single(r => r.User!.Email == "director1@demo.local").Weight);
        Assert.Equal(2, round.Respondents.Single(r => r.User!.Email == "director2@demo.local").Weight);
        Assert.Equal(6, await db.QuestionnaireAnswers.CountAsync(a => a.Respondent!.RoundId == roundId && a.Status == AnswerStatus.NotStarted));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(WeightingRound) && a.ScorecardId == card.Id && a.Field == "created" && a.User == "hr@demo.local"));

        var status = await HtmlForm.GetPageAsync(hr, $"/Rounds/Status?id={roundId}");
        Assert.Equal(["Goal", "Financial", "Learning"], status.QuerySelectorAll("#answer-status thead th").Skip(1).SkipLast(1).Select(th => th.TextContent.Trim()));
        Assert.Equal(6, status.QuerySelectorAll("#answer-status tbody .badge").Count(b => b.TextContent == "not started"));
    }

    [Fact]
    public async Task A_round_without_directors_or_with_an_unreadable_weight_is_refused_with_messages_next_to_the_fields()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var page = await HtmlForm.GetPageAsync(hr, "/Rounds/Create");
        var index = RoundSteps.DirectorIndex(page, "director1@demo.local");

        var response = await HtmlForm.From(hr, page, "/Rounds/Create", "#round-form")
            .Set("Input.ScorecardId", card.Id.ToString(CultureInfo.InvariantCulture)).Set("Input.Name", "")
            .Set($"Input.Directors[{index}].Weight", "two").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Name the round", html.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent);
        Assert.Contains("Choose at least one director", html.QuerySelector("[data-valmsg-for='Input.Directors']")!.TextContent);
        Assert.Contains("is not a number", html.QuerySelector($"[data-valmsg-for='Input.Directors[{index}].Weight']")!.TextContent);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ScorecardDbContext>().WeightingRounds.AnyAsync(r => r.ScorecardId == card.Id));
    }

    [Theory]
    [InlineData("Director")]
    [InlineData("Manager")]
    public async Task Round_pages_are_for_HR_only(string role)
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", null));
        var client = await factory.SignedInAsAsync(role);

        foreach (var url in new[] { "/Rounds/Index", "/Rounds/Create", $"/Rounds/Status?id={roundId}", $"/Rounds/Results?id={roundId}", $"/Rounds/Apply?id={roundId}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_reminder_becomes_a_notice_the_director_sees_and_is_recorded_on_the_status_page()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director2@demo.local", null));

        var response = await (await HtmlForm.FromPageAsync(hr, $"/Rounds/Status?id={roundId}", "#answer-status form")).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = await HtmlForm.GetPageAsync(hr, $"/Rounds/Status?id={roundId}");
        Assert.Contains("Reminder sent", status.QuerySelector("#status-message")!.TextContent);
        Assert.Contains("last ", status.QuerySelector("#answer-status tbody")!.TextContent);
        var director = factory.AnonymousClient();
        await director.SignInAsync("director2@demo.local", SignIn.Password);
        var mine = await HtmlForm.GetPageAsync(director, "/Questionnaires/Index");
        Assert.Contains("Reminder: please answer the weighting round \"Test round\"", mine.QuerySelector("#notices")!.TextContent);
        Assert.NotNull(mine.QuerySelector($"#round-{roundId}"));
    }
}
