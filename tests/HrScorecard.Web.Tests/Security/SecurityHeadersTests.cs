using System.Net;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HrScorecard.Web.Tests.Security;

/// <summary>Response headers and cookie flags that limit what an injected script or a foreign site could do.</summary>
public sealed class SecurityHeadersTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Dashboard")] // a redirect to sign-in carries them too
    [InlineData("/api/nothing-here")]
    [InlineData("/api/ahp/priorities")] // a problem answer from the exception handler, which clears the response first
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var client = factory.AnonymousClient();
        using var response = url.StartsWith("/api/ahp", StringComparison.Ordinal)
            ? await client.PostAsync(new Uri(url, UriKind.Relative), new StringContent("""{"matrix": "x"}""", System.Text.Encoding.UTF8, "application/json"))
            : await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                     "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'" })
            Assert.Contains(directive, csp.Split(';').Select(d => d.Trim()));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Auth_and_antiforgery_cookies_are_HttpOnly_SameSite_and_secure_over_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var antiforgery = CookieNamed(login, ".AspNetCore.Antiforgery.");
        var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");
        var signIn = await form.Set("Input.Email", SignIn.DemoAccountOf(Roles.HR)).Set("Input.Password", SignIn.Password).PostAsync();
        var auth = CookieNamed(signIn, ".AspNetCore.Identity.Application");

        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.Contains("secure", auth);
    }

    [Fact]
    public async Task Over_plain_http_on_loopback_the_cookies_still_work_without_the_secure_flag()
    {
        var client = factory.AnonymousClient();

        var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.DoesNotContain("secure", CookieNamed(login, ".AspNetCore.Antiforgery."));
        await client.SignInAsync(SignIn.DemoAccountOf(Roles.HR), SignIn.Password);
    }

    /// <summary>The attributes of the named cookie, lower-cased and split ("httponly", "samesite=lax", …).</summary>
    private static List<string> CookieNamed(HttpResponseMessage response, string prefix)
    {
        var header = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal)) : null;
        Assert.True(header is not null, $"No cookie {prefix}* in {(int)response.StatusCode} response.");
        return [.. header.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];
    }
}

/// <summary>The demo app with the production-like limit of three sign-in posts a minute from one address.</summary>
public sealed class ThrottledLoginFactory : HrScorecardFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

public sealed class LoginRateLimitTests(ThrottledLoginFactory factory) : IClassFixture<ThrottledLoginFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_answer_429_with_a_clear_message_even_with_the_right_password()
    {
        var client = factory.AnonymousClient();
        var email = SignIn.DemoAccountOf(Roles.Manager);

        for (var i = 0; i < 3; i++)
        {
            var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");
            var wrong = await form.Set("Input.Email", email).Set("Input.Password", "Wrong#2026").PostAsync();
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var last = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form"); // reading the page is never limited
        var refused = await last.Set("Input.Email", email).Set("Input.Password", SignIn.Password).PostAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        var page = HtmlForm.Parse(await refused.Content.ReadAsStringAsync());
        Assert.StartsWith("Too many sign-in attempts from your network.", page.QuerySelector("#rate-limited")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        // The limit is per address, not per account: the account itself is not locked (3 failures < 5).
        var (user, _) = await factory.FindAsync(email);
        Assert.Equal(3, user.AccessFailedCount);
    }
}
