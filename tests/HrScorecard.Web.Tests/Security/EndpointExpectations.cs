using System.Text;
using HrScorecard.Web.Tests.TestData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Security;

/// <summary>One call of an endpoint that is not a page: its route pattern, method, URL and a body it accepts.</summary>
public sealed record EndpointRequest(string Pattern, string Method, string Url, string? JsonBody, System.Net.HttpStatusCode Allowed = System.Net.HttpStatusCode.OK)
{
    public override string ToString() => $"{Method} {Url}";

    public HttpRequestMessage ToMessage() => new(new HttpMethod(Method), new Uri(Url, UriKind.Relative))
    {
        Content = JsonBody is null ? null : new StringContent(JsonBody, Encoding.UTF8, "application/json"),
    };
}

/// <summary>
/// Who may call each endpoint that is not a Razor page (the JSON API, health, the OpenAPI document), written down
/// by hand like <see cref="PageExpectations"/>. Static files from wwwroot are public by design and listed as a kind.
/// </summary>
public static class EndpointExpectations
{
    private static readonly string[] Public = [.. PageExpectations.Principals];

    private static readonly Dictionary<string, (string[] Allowed, EndpointRequest Request)> Table = new(StringComparer.Ordinal)
    {
        // The AHP calculator's API and the inline-scorecard evaluator read nothing stored: public by design.
        ["/api/ahp/priorities"] = (Public, new("/api/ahp/priorities", "POST", "/api/ahp/priorities", """{"matrix": [[1, 3], ["1/3", 1]]}""")),
        ["/api/ahp/aggregate"] = (Public, new("/api/ahp/aggregate", "POST", "/api/ahp/aggregate", """{"matrices": [[[1, 3], ["1/3", 1]], [[1, 5], ["1/5", 1]]]}""")),
        ["/api/scorecards/evaluate"] = (Public, new("/api/scorecards/evaluate", "POST", "/api/scorecards/evaluate", RodaEmasJaya.Json())),
        // Load balancers probe it without credentials; it says only Healthy/Unhealthy.
        ["/health"] = (Public, new("/health", "GET", "/health", null)),
        ["/openapi/{documentName}.json"] = (Public, new("/openapi/{documentName}.json", "GET", "/openapi/v1.json", null)),
        // In Development, MapStaticAssets serves wwwroot files not yet in the build manifest through this fallback.
        ["{**path:file}"] = (Public, new("{**path:file}", "GET", "/js/not-built-yet.js", null, System.Net.HttpStatusCode.NotFound)),
    };

    public static IReadOnlyList<EndpointRequest> Requests => [.. Table.Values.Select(e => e.Request)];

    /// <summary>The principals allowed to call the endpoint with this route pattern, or null when no one wrote it down.</summary>
    public static IReadOnlyList<string>? AllowedOn(string pattern) => Table.TryGetValue(pattern, out var e) ? e.Allowed : null;

    /// <summary>Every endpoint the app maps that is neither a page nor a static file, as "METHOD pattern".</summary>
    public static IReadOnlyList<(string Pattern, string Methods)> Discover(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => (e.RoutePattern.RawText ?? "", string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])))
            .Distinct()
            .OrderBy(e => e.Item1, StringComparer.Ordinal),
    ];
}
