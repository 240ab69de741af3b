using System.Net;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>
/// The endpoints beside the pages × {anonymous, Admin, HR, Director, Manager}. Together with the page matrix this
/// covers every endpoint in the app's EndpointDataSource: an endpoint added without an expectation fails here.
/// </summary>
public sealed class EndpointMatrixTests(SignedInClientsFactory factory) : IClassFixture<SignedInClientsFactory>
{
    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var request in EndpointExpectations.Requests)
            foreach (var principal in PageExpectations.Principals)
                cells.Add(request.Pattern, principal);
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_is_allowed_or_denied_each_endpoint_as_specified(string pattern, string principal)
    {
        var request = EndpointExpectations.Requests.Single(r => r.Pattern == pattern);
        var allowed = EndpointExpectations.AllowedOn(pattern)!;
        var client = await factory.ClientForAsync(principal);

        using var response = await client.SendAsync(request.ToMessage());

        var cell = $"{request} as {principal} answered {(int)response.StatusCode} {response.Headers.Location}";
        if (allowed.Contains(principal))
            Assert.True(response.StatusCode == request.Allowed, $"{cell}, but {principal} may call {pattern} ({(int)request.Allowed} expected).");
        else
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{cell}, but {principal} must be refused.");
    }

    [Fact]
    public void Every_endpoint_the_app_maps_has_an_expectation()
    {
        var endpoints = EndpointExpectations.Discover(factory.Services);
        var missing = endpoints.Where(e => EndpointExpectations.AllowedOn(e.Pattern) is null)
            .Select(e => $"Add an expectation for {e.Methods} {e.Pattern} to EndpointExpectations.").ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        // Each expectation is asked with the method the endpoint answers to.
        foreach (var request in EndpointExpectations.Requests)
        {
            var methods = endpoints.Single(e => e.Pattern == request.Pattern).Methods;
            Assert.True(methods == "*" || methods.Split(',').Contains(request.Method), $"{request.Pattern} answers {methods}, not {request.Method}.");
        }
    }

    [Fact]
    public async Task Static_files_are_public_and_carry_the_security_headers()
    {
        var anonymous = factory.AnonymousClient();

        using var response = await anonymous.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
