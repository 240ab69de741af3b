using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HrScorecard.Web;

/// <summary>
/// Response headers that keep the browser from running injected script, framing the app or leaking URLs; cookie
/// settings; and a per-client limit on sign-in attempts on top of Identity's per-account lockout.
/// </summary>
public static class SecurityHeaders
{
    public const string LoginPolicy = "login";

    /// <summary>
    /// No inline script or style: scripts and stylesheets come from wwwroot only. Styles set from script through the
    /// CSSOM (Bootstrap, Chart.js) are not inline styles and stay allowed. JSON data blocks are never executed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>Set as the response starts: the exception handler clears headers set earlier, problem answers need them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>
    /// Auth and antiforgery cookies: HttpOnly, SameSite=Lax (Strict would drop the sign-in on links from e-mail), and
    /// Secure whenever the request came over HTTPS. Behind an HTTPS-only proxy set Security:CookiesAlwaysSecure=true.
    /// </summary>
    public static IServiceCollection AddSecureCookies(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = configuration.GetValue<bool>("Security:CookiesAlwaysSecure") ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
        });
        return services;
    }

    /// <summary>
    /// At most Security:LoginAttemptsPerMinute (default 10) sign-in posts per client address and minute; more answer
    /// 429 with a page that says when to try again. Lockout stops guessing one account; this stops spraying many.
    /// </summary>
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (rejected, token) =>
            {
                var response = rejected.HttpContext.Response;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many sign-in attempts</title></head><body>" +
                    "<h1>Too many sign-in attempts</h1>" +
                    $"<p id=\"rate-limited\">Too many sign-in attempts from your network. Wait {seconds} seconds, then <a href=\"/Account/Login\">try again</a>.</p>" +
                    "</body></html>", token);
            };
        });
    }
}
