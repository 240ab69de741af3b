using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>The demo app with one signed-in client per role, kept for the whole matrix (signing in hashes a password).</summary>
public sealed class SignedInClientsFactory : HrScorecardFactory
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> ClientForAsync(string principal)
    {
        if (principal == PageExpectations.Anonymous) return this.AnonymousClient();
        if (!_clients.TryGetValue(principal, out var client))
            _clients[principal] = client = await this.SignedInAsAsync(principal);
        return client;
    }
}

/// <summary>
/// Every page and handler the app maps × {anonymous, Admin, HR, Director, Manager}: a denied request is redirected to
/// sign-in (anonymous) or to access denied (signed in); an allowed one gets anything else but a server error.
/// POSTs carry no antiforgery token: authorization must answer before the token check, and nothing is changed.
/// </summary>
public sealed class AuthorizationMatrixTests(SignedInClientsFactory factory) : IClassFixture<SignedInClientsFactory>
{
    private static readonly Lazy<IReadOnlyList<PageRequest>> Requests = new(() =>
    {
        using var app = new EmptyHrScorecardFactory();
        return PageRoutes.Discover(app.Services);
    });

    public static TheoryData<string, string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string, string>();
        foreach (var request in Requests.Value)
            foreach (var principal in PageExpectations.Principals)
                cells.Add(request.Page, request.Method, request.Url, principal);
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_is_allowed_or_denied_each_page_as_specified(string page, string method, string url, string principal)
    {
        var allowed = PageExpectations.AllowedOn(page);
        Assert.True(allowed is not null, $"Add an expectation for {page} to PageExpectations.");
        var client = await factory.ClientForAsync(principal);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent([]) });

        var status = (int)response.StatusCode;
        var redirectedTo = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0])
            : null;
        var cell = $"{method} {url} as {principal} answered {status}{(redirectedTo is null ? "" : $" → {redirectedTo}")}";
        Assert.True(status < 500, cell);
        if (allowed.Contains(principal))
        {
            Assert.True(redirectedTo is not ("/Account/Login" or "/Account/AccessDenied"), $"{cell}, but {principal} may use {page}.");
        }
        else
        {
            var expected = principal == PageExpectations.Anonymous ? "/Account/Login" : "/Account/AccessDenied";
            Assert.True(redirectedTo == expected, $"{cell}, but {principal} must be sent to {expected}.");
        }
    }

    [Fact]
    public void Every_page_the_app_maps_has_an_expectation()
    {
        var missing = PageRoutes.Discover(factory.Services).Select(r => r.Page).Distinct()
            .Where(page => PageExpectations.AllowedOn(page) is null).ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing.Select(p => $"Add an expectation for {p} to PageExpectations.")));
    }

    [Fact]
    public void Discovery_finds_pages_with_route_values_and_named_handlers()
    {
        var requests = PageRoutes.Discover(factory.Services).Select(r => r.ToString()).ToList();

        Assert.Contains("GET /", requests);
        Assert.Contains("POST /Account/Login", requests);
        Assert.Contains($"GET /Admin/Users/Edit/{PageRoutes.MissingId}", requests);
        Assert.Contains($"POST /Admin/Users/Edit/{PageRoutes.MissingId}?handler=Unlock", requests);
    }
}
