using System.Net;

namespace HrScorecard.Web.Tests.Security;

/// <summary>
/// Every unsafe page request, discovered like the authorization matrix, is refused without an antiforgery token even
/// for a role that may use the page: 400, never a success (200 with the page, or a 302 after a change).
/// </summary>
public sealed class AntiforgeryTests(SignedInClientsFactory factory) : IClassFixture<SignedInClientsFactory>
{
    /// <summary>Pages that take POST without a token, each with the reason it is safe.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.OrdinalIgnoreCase)
    {
        // The error page has no POST handler and changes nothing; it must render for a failed POST too.
        ["/Error"] = "renders the error page only",
    };

    private static readonly Lazy<IReadOnlyList<PageRequest>> Requests = new(() =>
    {
        using var app = new EmptyHrScorecardFactory();
        return PageRoutes.Discover(app.Services);
    });

    public static TheoryData<string, string> UnsafeRequests()
    {
        var cells = new TheoryData<string, string>();
        foreach (var request in Requests.Value.Where(r => r.Method != "GET" && !Exempt.ContainsKey(r.Page)))
            cells.Add(request.Page, request.Url);
        return cells;
    }

    [Theory]
    [MemberData(nameof(UnsafeRequests))]
    public async Task A_post_without_a_token_is_refused_even_for_an_allowed_role(string page, string url)
    {
        var allowed = PageExpectations.AllowedOn(page)!;
        // A signed-in role if one may use the page (its cookie is what a forged request would ride on).
        var principal = PageExpectations.Principals.Where(allowed.Contains).OrderBy(p => p == PageExpectations.Anonymous).First();
        var client = await factory.ClientForAsync(principal);

        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("Input.Name", "Forged")]));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest,
            $"POST {url} as {principal} without a token answered {(int)response.StatusCode} {response.Headers.Location}.");
    }

    [Fact]
    public void Every_page_takes_a_post_and_only_the_error_page_is_exempt() =>
        Assert.Equal(Exempt.Keys, Requests.Value.Where(r => r.Method == "POST").Select(r => r.Page)
            .Where(Exempt.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase));
}
