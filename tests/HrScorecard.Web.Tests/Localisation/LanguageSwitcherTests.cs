using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.Localization;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The layout's language switcher: the culture cookie for everyone, the saved preference for a signed-in user, restored
/// at the next sign-in on another browser (no Accept-Language at all there).
/// </summary>
public sealed class LanguageSwitcherTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string fromUrl, string culture)
    {
        var form = await HtmlForm.FromPageAsync(client, fromUrl, "#language-switcher");
        return await form.Set("culture", culture).PostAsync();
    }

    [Fact]
    public async Task The_switcher_is_a_plain_form_offering_both_languages()
    {
        var page = await HtmlForm.GetPageAsync(factory.AnonymousClient(), "/");

        var switcher = page.QuerySelector("form#language-switcher")!;
        Assert.Equal("post", switcher.GetAttribute("method"));
        Assert.Equal("/Account/Language", switcher.GetAttribute("action"));
        Assert.Equal(["English", "Bahasa Indonesia"], switcher.QuerySelectorAll("button[type=submit][name=culture]").Select(b => b.TextContent.Trim()));
        Assert.Equal(["en-US", "id-ID"], switcher.QuerySelectorAll("button[name=culture]").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public async Task Choosing_Indonesian_signed_in_sets_the_cookie_saves_the_preference_and_follows_the_user_to_a_new_sign_in()
    {
        var email = await factory.CreateAsync(Roles.Manager);
        var client = factory.AnonymousClient();
        await client.SignInAsync(email, TestUsers.Password);

        var response = await ChooseAsync(client, "/Dashboard/Index", "id-ID");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard/Index", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("id-ID"))), cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("id-ID", (await factory.FindAsync(email)).User.PreferredCulture);
        Assert.Equal("Dasbor", Text(await HtmlForm.GetPageAsync(client, "/Dashboard/Index"), "main h1"));

        var elsewhere = factory.AnonymousClient(); // another browser: no cookie, no Accept-Language
        Assert.Equal("Sign in", Text(await HtmlForm.GetPageAsync(elsewhere, "/Account/Login"), "main h1"));
        await elsewhere.SignInAsync(email, TestUsers.Password);
        var dashboard = await HtmlForm.GetPageAsync(elsewhere, "/Dashboard/Index");
        Assert.Equal("Dasbor", Text(dashboard, "main h1"));
        Assert.Equal("id", dashboard.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_saved_choice_wins_over_the_browser_language_and_can_be_changed_back()
    {
        var email = await factory.CreateAsync(Roles.HR);
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        await client.SignInAsync(email, TestUsers.Password);

        await ChooseAsync(client, "/", "id-ID");
        Assert.Equal("Dasbor", Text(await HtmlForm.GetPageAsync(client, "/Dashboard/Index"), "main h1"));

        await ChooseAsync(client, "/", "en-US");
        Assert.Equal("Dashboard", Text(await HtmlForm.GetPageAsync(client, "/Dashboard/Index"), "main h1"));
        Assert.Equal("en-US", (await factory.FindAsync(email)).User.PreferredCulture);
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_the_cookie_but_nothing_is_saved_and_an_unknown_language_is_refused()
    {
        var client = factory.AnonymousClient();

        var response = await ChooseAsync(client, "/Account/Login", "id-ID");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Masuk", Text(await HtmlForm.GetPageAsync(client, "/Account/Login"), "main h1"));

        var refused = await ChooseAsync(client, "/Account/Login", "fr-FR");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task The_switcher_never_redirects_off_site()
    {
        var client = factory.AnonymousClient();
        var form = await HtmlForm.FromPageAsync(client, "/", "#language-switcher");

        var response = await form.Set("culture", "id-ID").Set("returnUrl", "https://evil.example/").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
