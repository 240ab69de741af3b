using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>The main navigation offers each role exactly the links it may use, and each of them opens for that role.</summary>
public sealed class NavigationTests(SignedInClientsFactory factory) : IClassFixture<SignedInClientsFactory>
{
    public static TheoryData<string, string[]> LinksByPrincipal() => new()
    {
        { PageExpectations.Anonymous, ["AHP calculator", "Sign in"] },
        { Roles.Admin, ["Dashboard", "Users", "Locked periods", "AHP calculator"] },
        { Roles.HR, ["Dashboard", "Scorecards", "Weighting rounds", "AHP calculator"] },
        { Roles.Director, ["Dashboard", "My questionnaires", "AHP calculator"] },
        { Roles.Manager, ["Dashboard", "AHP calculator"] },
    };

    [Theory]
    [MemberData(nameof(LinksByPrincipal))]
    public async Task Navigation_shows_only_the_links_the_role_may_use(string principal, string[] expected)
    {
        var client = await factory.ClientForAsync(principal);
        var home = await HtmlForm.GetPageAsync(client, "/");
        var links = home.QuerySelectorAll("nav[aria-label='Main'] a.nav-link").ToList();

        Assert.Equal(expected, links.Select(a => a.TextContent.Trim()));
        // A link whose page is not built yet renders without href; every built one must open for this role.
        foreach (var href in links.Select(a => a.GetAttribute("href")).OfType<string>().Where(h => h.Length > 0))
        {
            var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            var target = response.Headers.Location?.OriginalString ?? "";
            var denied = target.Contains("/Account/Login", StringComparison.Ordinal) || target.Contains("/Account/AccessDenied", StringComparison.Ordinal);
            Assert.True(response.StatusCode == HttpStatusCode.OK && !denied, $"{principal} is offered {href}, which answered {(int)response.StatusCode} {target}.");
        }
    }
}
