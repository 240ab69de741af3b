using System.Net;

namespace HrScorecard.Web.Tests.Deployment;

/// <summary>
/// Behind a TLS-terminating reverse proxy on the same host (loopback is always trusted once forwarded headers are on;
/// listing a known network turns them on), with Https:Redirect and Https:Hsts switched on as docs/deployment.md describes.
/// </summary>
public sealed class ReverseProxyTests(ReverseProxyTests.BehindProxy app) : IClassFixture<ReverseProxyTests.BehindProxy>
{
    [Fact]
    public async Task A_plain_HTTP_request_is_redirected_to_HTTPS_on_the_configured_port()
    {
        using var client = app.Instance.Client();

        var response = await client.GetAsync(new Uri("/Ahp", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri($"https://{app.Instance.Address.Host}/Ahp"), response.Headers.Location);
    }

    [Fact]
    public async Task A_request_the_proxy_received_over_HTTPS_is_served_with_HSTS()
    {
        using var client = app.Instance.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Ahp");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Host = "hr.example.com"; // HSTS is never sent for localhost names

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "No HSTS header.");
    }

    [Fact]
    public async Task The_health_check_answers_over_plain_HTTP_for_the_load_balancer()
    {
        using var client = app.Instance.Client();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    public sealed class BehindProxy : IDisposable
    {
        private readonly string _dataFolder = AppInstance.NewDataFolder();

        public BehindProxy() => Instance = AppInstance.Start(_dataFolder, new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
            ["Https:Redirect"] = "true",
            ["Https:Hsts"] = "true",
        });

        public AppInstance Instance { get; }

        public void Dispose()
        {
            Instance.Dispose();
            AppInstance.DeleteDataFolder(_dataFolder);
        }
    }
}
