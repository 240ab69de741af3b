using System.Net;
using System.Text.Json;

namespace HrScorecard.Web.Tests;

/// <summary>What operators and API clients find before calling anything: health and the OpenAPI document.</summary>
public class HostTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_health_endpoint_answers_200()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/ahp/priorities")]
    [InlineData("/api/ahp/aggregate")]
    [InlineData("/api/scorecards/evaluate")]
    public async Task The_OpenAPI_document_describes_each_endpoint_as_a_POST(string path)
    {
        var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the OpenAPI document.");
        Assert.True(operations.TryGetProperty("post", out var post), $"{path} has no POST operation.");
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _), $"{path} does not document its 400 problem.");
    }

    [Fact]
    public async Task The_home_page_links_to_the_AHP_calculator()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("href=\"/Ahp\"", html, StringComparison.Ordinal);
    }
}
