using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>The first-run page on a fresh install: it creates one Admin, then disappears for everyone.</summary>
public sealed class SetupTests(EmptyHrScorecardFactory factory) : IClassFixture<EmptyHrScorecardFactory>
{
    [Fact]
    public async Task Setup_creates_the_first_admin_once_and_then_answers_404_even_to_a_form_opened_before()
    {
        var first = factory.AnonymousClient();
        var late = factory.AnonymousClient();
        var form = await HtmlForm.FromPageAsync(first, "/Setup", "#setup-form");
        var lateForm = await HtmlForm.FromPageAsync(late, "/Setup", "#setup-form");

        var mismatch = await form.Set("Input.DisplayName", "Siti Rahma").Set("Input.Email", "siti@rodaemas.co.id")
            .Set("Input.Password", "Rahasia#2026").Set("Input.ConfirmPassword", "Rahasia#2027").PostAsync();
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        var page = HtmlForm.Parse(await mismatch.Content.ReadAsStringAsync());
        Assert.Equal("The two passwords differ.", page.QuerySelector("span[data-valmsg-for='Input.ConfirmPassword']")?.TextContent.Trim());
        Assert.Equal(0, await factory.WithUsersAsync(users => Task.FromResult(users.Users.Count())));

        var created = await form.Set("Input.ConfirmPassword", "Rahasia#2026").PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Admin/Users", created.Headers.Location?.OriginalString);
        var (admin, roles) = await factory.FindAsync("siti@rodaemas.co.id");
        Assert.Equal("Siti Rahma", admin.DisplayName);
        Assert.Equal([Roles.Admin], roles);
        // Signed in straight away, as the Admin.
        Assert.Contains("siti@rodaemas.co.id", await first.GetStringAsync(new Uri("/Admin/Users", UriKind.Relative)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync(new Uri("/Setup", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.AnonymousClient().GetAsync(new Uri("/Setup", UriKind.Relative))).StatusCode);
        var second = await lateForm.Set("Input.DisplayName", "Intruder").Set("Input.Email", "intruder@example.com")
            .Set("Input.Password", "Rahasia#2026").Set("Input.ConfirmPassword", "Rahasia#2026").PostAsync();
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(1, await factory.WithUsersAsync(users => Task.FromResult(users.Users.Count())));
    }
}
