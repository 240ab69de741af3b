using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>Account lockout after repeated failures, and the first-run page being gone once accounts exist.</summary>
public sealed class SignInTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string LockedMessage = "This account is locked after too many failed attempts. Try again in a few minutes.";

    [Fact]
    public async Task Four_wrong_passwords_still_let_the_right_one_in()
    {
        var email = await factory.CreateAsync(Roles.HR);
        var client = factory.AnonymousClient();

        for (var i = 0; i < 4; i++)
            Assert.Contains("The e-mail address or password is not right.", await FailAsync(client, email), StringComparison.Ordinal);

        await client.SignInAsync(email, TestUsers.Password);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await factory.CreateAsync(Roles.HR);
        var client = factory.AnonymousClient();

        for (var i = 0; i < 5; i++)
            await FailAsync(client, email);
        var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");
        var response = await form.Set("Input.Email", email).Set("Input.Password", TestUsers.Password).PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LockedMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (user, _) = await factory.FindAsync(email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(4), $"Locked until {user.LockoutEnd}.");
    }

    [Fact]
    public async Task Setup_answers_404_once_users_exist()
    {
        var client = factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/Setup", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("/Setup", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task<string> FailAsync(HttpClient client, string email)
    {
        var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");
        var response = await form.Set("Input.Email", email).Set("Input.Password", "Wrong#2026").PostAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
