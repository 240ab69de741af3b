using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;

namespace HrScorecard.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy or load balancer that terminates TLS (docs/deployment.md). Everything is off unless
/// configured, so the app on its own (or in the tests) behaves as plain HTTP:
/// <c>ForwardedHeaders:Enabled</c>, <c>ForwardedHeaders:KnownProxies</c> (IP addresses), <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR, e.g. <c>10.0.0.0/8</c>), <c>Https:Redirect</c>, <c>Https:Port</c> (default 443), <c>Https:Hsts</c>.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed now, so a mistyped address stops the start-up instead of failing every request.
        var proxies = (configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse).ToList();
        var networks = (configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? []).Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // X-Forwarded-For and X-Forwarded-Proto only: the proxy keeps the Host header, and AllowedHosts checks it.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback stays trusted (the default: a proxy on the same host); headers from any other address are
            // ignored unless that address is listed, so a client cannot claim to have come over HTTPS or from elsewhere.
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        services.Configure<HttpsRedirectionOptions>(options => options.HttpsPort = configuration.GetValue<int?>("Https:Port") ?? 443);
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue<bool>("ForwardedHeaders:Enabled")
            || configuration.GetSection("ForwardedHeaders:KnownProxies").Exists()
            || configuration.GetSection("ForwardedHeaders:KnownNetworks").Exists())
            app.UseForwardedHeaders();
        if (configuration.GetValue<bool>("Https:Hsts"))
            app.UseHsts();
        // Load balancers probe instances directly over HTTP; a redirect would mark a healthy instance as down.
        if (configuration.GetValue<bool>("Https:Redirect"))
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        return app;
    }
}
