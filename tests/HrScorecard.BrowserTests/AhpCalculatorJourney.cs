using System.Globalization;
using System.Text.RegularExpressions;

namespace HrScorecard.BrowserTests;

/// <summary>The public calculator recalculates consistency as judgments change, and agrees with the server's Calculate.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class AhpCalculatorJourney(AppSession session)
{
    [Fact]
    public async Task The_live_consistency_ratio_follows_the_judgments_and_matches_the_server_result()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Ahp?size=3");

        // A consistent set (2, 4, 2): the live verdict says so before any post.
        await page.Locator("#Input_Judgments_0").SelectOptionAsync("2");
        await page.Locator("#Input_Judgments_1").SelectOptionAsync("4");
        await page.Locator("#Input_Judgments_2").SelectOptionAsync("2");
        await Assertions.Expect(page.Locator("#live-result")).ToContainTextAsync("CR = 0.000 (consistent)");

        // A circular set (A ≫ B, C ≫ A, B ≫ C) is flagged live, and the server computes the same CR.
        await page.Locator("#Input_Judgments_0").SelectOptionAsync("9");
        await page.Locator("#Input_Judgments_1").SelectOptionAsync("-9");
        await page.Locator("#Input_Judgments_2").SelectOptionAsync("9");
        await Assertions.Expect(page.Locator("#live-result")).ToContainTextAsync("not consistent");
        var live = double.Parse(LiveCr().Match(await page.Locator("#live-result").InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        var server = double.Parse(await page.Locator("#cr").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(server > 0.10, $"the server should find the circular judgments inconsistent, CR = {server}");
        Assert.Equal(server, live, 0.0006);
    }

    [GeneratedRegex(@"CR = (\d+\.\d+)")]
    private static partial Regex LiveCr();
}
