using System.Net;
using System.Text;
using System.Text.Json;

namespace HrScorecard.Web.Tests.Api;

/// <summary>Posting JSON bodies as clients write them and reading answers without the web project's types.</summary>
internal static class ApiJson
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts a body that must be accepted; fails with the server's answer otherwise.</summary>
    public static async Task<JsonElement> PostForResultAsync(this HttpClient client, string path, string json)
    {
        var response = await client.PostJsonAsync(path, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 from {path}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    public static double[] Numbers(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    public static double[][] Matrix(this JsonElement rows) => [.. rows.EnumerateArray().Select(Numbers)];

    /// <summary>The child of a scorecard node with this name.</summary>
    public static JsonElement Child(this JsonElement node, string name) =>
        node.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static string? Light(this JsonElement node) => node.GetProperty("light").GetString();
}
