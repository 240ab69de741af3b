using Microsoft.AspNetCore.Localization;

namespace HrScorecard.Web.Pages.Account;

/// <summary>
/// The languages of the UI and how a user's choice is remembered: the standard culture cookie (read first by request
/// localization), restored from <see cref="Data.ApplicationUser.PreferredCulture"/> at sign-in.
/// </summary>
public static class UiCultures
{
    public const string English = "en-US";
    public const string Indonesian = "id-ID";

    /// <summary>The first is the default when neither the cookie nor the browser's Accept-Language names a supported one.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, Indonesian];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.Ordinal);

    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });

    public static void Configure(RequestLocalizationOptions options)
    {
        string[] cultures = [.. Supported];
        options.SetDefaultCulture(English).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
        // A saved choice (cookie) wins over the browser's language. The explicit ?culture=id-ID of a link (ASP.NET's
        // default, used by tests and for sharing a page in one language) still comes first and changes nothing saved.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
    }
}
