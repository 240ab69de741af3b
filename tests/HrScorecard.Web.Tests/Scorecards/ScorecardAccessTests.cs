using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Only HR builds scorecards: every other role is sent to access denied, anonymous users to sign in.</summary>
public class ScorecardAccessTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    public static TheoryData<string, string> PagesAndRoles()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["/Scorecards/Index", "/Scorecards/Create", "/Scorecards/Edit?id=1", "/Scorecards/Clone?id=1",
            "/Scorecards/Tree?id=1", "/Scorecards/Node?id=1", "/Scorecards/DeleteNode?id=2"];
        foreach (var page in pages)
            foreach (var role in new[] { "Admin", "Director", "Manager", "" })
                data.Add(page, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndRoles))]
    public async Task Other_roles_and_anonymous_users_are_turned_away(string page, string role)
    {
        var client = role == "" ? factory.AnonymousClient() : await factory.SignedInAsAsync(role);

        var get = await client.GetAsync(page);
        var post = await client.PostAsync(page, new FormUrlEncodedContent([]));

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(role == "" ? "/Account/Login" : "/Account/AccessDenied",
                response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HR_opens_the_scorecard_list()
    {
        var hr = await factory.SignedInAsAsync("HR");

        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/Scorecards/Index")).StatusCode);
    }
}
