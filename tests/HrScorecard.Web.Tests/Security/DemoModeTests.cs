using System.Text.Json.Nodes;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Security;

/// <summary>Demo credentials exist and show only in demo mode; the shipped settings carry no secret.</summary>
public sealed class DemoModeTests(EmptyHrScorecardFactory factory) : IClassFixture<EmptyHrScorecardFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    public async Task Without_demo_mode_no_page_mentions_the_demo_accounts(string url)
    {
        var html = await factory.AnonymousClient().GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.DoesNotContain("demo.local", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DemoData.Password, html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-marker", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_demo_mode_the_demo_accounts_do_not_exist()
    {
        foreach (var role in Roles.All)
            Assert.Null(await factory.WithUsersAsync(users => users.FindByEmailAsync(SignIn.DemoAccountOf(role))));
    }

    [Fact]
    public void The_shipped_settings_turn_demo_mode_off_and_hold_no_secret()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.WebProject(), "appsettings.json")))!;

        Assert.False(settings["Demo"]!["Enabled"]!.GetValue<bool>());
        var secrets = Leaves(settings)
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.GetPath(), "password|secret|token|apikey|connectionstring", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Where(l => l.ToString().Length > 0)
            .Select(l => l.GetPath()).ToList();
        Assert.True(secrets.Count == 0, $"Settings that look like secrets: {string.Join(", ", secrets)}.");
    }

    private static IEnumerable<JsonNode> Leaves(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Leaves),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Leaves),
        _ => [node],
    };
}
