using System.Net;

namespace HrScorecard.LoadTests;

/// <summary>
/// One signed-in user: an HttpClient with its own cookie jar, signed in through the real login form (antiforgery
/// token included). Redirects are not followed, so a save is seen to answer 302 (a 200 means it was refused).
/// Each worker gets a <see cref="Fork"/>: its own cookie jar (the status message after a save travels in a TempData
/// cookie) and its own connection, like one browser per worker.
/// </summary>
public sealed class Session : IDisposable
{
    private readonly CookieContainer _cookies;

    public HttpClient Client { get; }
    public string Email { get; }

    private Session(Uri baseAddress, CookieContainer cookies, string email)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = cookies,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        Client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        (_cookies, Email) = (cookies, email);
    }

    /// <summary>The same signed-in user in another browser tab with its own cookie jar and connection.</summary>
    public Session Fork()
    {
        var cookies = new CookieContainer();
        foreach (Cookie cookie in _cookies.GetAllCookies()) cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        return new Session(Client.BaseAddress!, cookies, Email);
    }

    public static async Task<Session> SignInAsync(Uri baseAddress, string email, string password)
    {
        var session = new Session(baseAddress, new CookieContainer(), email);
        var client = session.Client;
        var login = FormFields.Of(await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative)), "login-form")
            .Set("Input.Email", email).Set("Input.Password", password);
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), login.ToContent());
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not 302.");
        return session;
    }

    /// <summary>GET that must answer 200; returns the page.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new UnexpectedAnswerException($"GET {url} answered {(int)response.StatusCode}");
        return body;
    }

    /// <summary>
    /// A form post as the browser does it (post, redirect, get): the post must answer 302 — a page in reply means
    /// the app refused the input — and the page it redirects to is returned.
    /// </summary>
    public async Task<string> SaveAsync(string url, FormFields form)
    {
        using var response = await Client.PostAsync(new Uri(url, UriKind.Relative), form.ToContent());
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new UnexpectedAnswerException($"POST {url} answered {(int)response.StatusCode}, not 302{FirstMessage(body)}");
        }
        return await PageAsync(location.OriginalString);
    }

    /// <summary>The first validation or conflict message on a refused form, so the report says why.</summary>
    private static string FirstMessage(string page)
    {
        foreach (var marker in new[] { "field-validation-error", "validation-summary-errors" })
        {
            var at = page.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var text = System.Text.RegularExpressions.Regex.Replace(page.Substring(at, Math.Min(600, page.Length - at)), "<[^>]*>", " ");
            return ": " + string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(30));
        }
        return "";
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>A request that got an answer other than the one a user would have got.</summary>
public sealed class UnexpectedAnswerException(string message) : Exception(message);
