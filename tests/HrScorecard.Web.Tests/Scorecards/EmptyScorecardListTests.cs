using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>A company without any scorecard yet (no demo data) sees a call to action.</summary>
public class EmptyScorecardListTests(EmptyHrScorecardFactory factory) : IClassFixture<EmptyHrScorecardFactory>
{
    [Fact]
    public async Task Without_scorecards_the_list_invites_HR_to_create_the_first()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "hr@company.test", Email = "hr@company.test", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, SignIn.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.HR);
        }
        var hr = factory.AnonymousClient();
        await hr.SignInAsync("hr@company.test", SignIn.Password);

        var page = await HtmlForm.GetPageAsync(hr, "/Scorecards/Index");

        var empty = page.QuerySelector("#empty-state")!;
        Assert.Contains("There is no scorecard yet.", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Scorecards/Create", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#scorecards"));
    }
}
