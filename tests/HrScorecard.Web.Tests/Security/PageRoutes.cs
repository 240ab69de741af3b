using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Security;

/// <summary>One request the authorization matrix makes: a page, its URL, the HTTP method and the named handler if any.</summary>
public sealed record PageRequest(string Page, string Method, string Url)
{
    public override string ToString() => $"{Method} {Url}";
}

/// <summary>
/// Every Razor page the running app maps, read from its endpoints, so a page added later is in the matrix without
/// anyone listing it. Route parameters get an id that does not exist (the page may answer 404, never 5xx).
/// </summary>
public static class PageRoutes
{
    public const string MissingId = "999999";

    public static IReadOnlyList<PageRequest> Discover(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var requests = new List<PageRequest>();
        var pages = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .GroupBy(x => x.Page!.ViewEnginePath, StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            // "/Admin/Users/Index" is reachable as /Admin/Users and /Admin/Users/Index; the policy is the same, one URL will do.
            var (endpoint, descriptor) = page.OrderBy(x => x.Endpoint.RoutePattern.RawText?.Length ?? 0).First();
            var url = UrlOf(endpoint.RoutePattern);
            requests.Add(new(page.Key, "GET", url));
            requests.Add(new(page.Key, "POST", url));
            // Named handlers (?handler=Unlock) share the page's endpoint; ask them too so a handler can never slip past.
            var compiled = loader.LoadAsync(descriptor!, endpoint.Metadata).GetAwaiter().GetResult();
            foreach (var handler in compiled.HandlerMethods.Where(h => !string.IsNullOrEmpty(h.Name)))
                requests.Add(new(page.Key, handler.HttpMethod.ToUpperInvariant(), $"{url}?handler={handler.Name}"));
        }
        return [.. requests.DistinctBy(r => r.ToString()).OrderBy(r => r.Page, StringComparer.Ordinal).ThenBy(r => r.ToString(), StringComparer.Ordinal)];
    }

    private static string UrlOf(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart => MissingId,
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }
}
