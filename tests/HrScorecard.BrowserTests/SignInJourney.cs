namespace HrScorecard.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class SignInJourney(AppSession session)
{
    [Fact]
    public async Task A_demo_HR_user_signs_in_and_sees_the_navigation_of_the_HR_role()
    {
        var page = await session.SignedInPageAsync("hr@demo.local");

        Assert.Equal("hr@demo.local", (await page.Locator("#signed-in-as").InnerTextAsync()).Trim());
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_sign_in_page_with_a_message()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync("hr@demo.local");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.Locator("#login-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".validation-summary-errors, .text-danger").First).ToContainTextAsync("not right");
        Assert.Contains("/Account/Login", page.Url);
    }
}
