using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.BrowserTests;

/// <summary>
/// The main pages run under the Content-Security-Policy (no inline script or style) in a real browser: chromium
/// reports no violation, the charts still draw, and the widths once set inline are set through the CSSOM.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ContentSecurityPolicyJourney(AppSession session)
{
    [Fact]
    public async Task The_dashboard_a_KPI_and_the_AHP_calculator_work_without_any_policy_violation()
    {
        int demoId;
        await using (var scope = session.Services.CreateAsyncScope())
            demoId = await scope.ServiceProvider.GetRequiredService<ScorecardDbContext>().Scorecards
                .Where(s => s.Name == DemoData.ScorecardName).Select(s => s.Id).SingleAsync();
        var page = await session.SignedInPageAsync("hr@demo.local");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add($"{page.Url}: {message.Text}");
        };

        await page.GotoAsync($"/Dashboard?scorecardId={demoId}");
        await Assertions.Expect(page.Locator("#trend-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await page.Locator("#scorecard-tree a.kpi-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("#scoring-formula")).ToBeVisibleAsync();

        await page.GotoAsync("/Ahp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        var bar = page.Locator(".progress-bar").First;
        await Assertions.Expect(bar).ToHaveAttributeAsync("style", "width: 25%;");

        await page.GotoAsync($"/Scorecards/Tree?id={demoId}");
        var indent = await page.Locator("#tree tr[data-depth='1'] td").First.EvaluateAsync<string>("td => getComputedStyle(td).paddingLeft");
        Assert.Equal("32px", indent); // 2rem at the 16px root size of a desktop-wide window

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
