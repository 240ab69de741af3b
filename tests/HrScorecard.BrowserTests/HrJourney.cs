using System.Globalization;
using HrScorecard.Domain.Scoring;

namespace HrScorecard.BrowserTests;

/// <summary>Issue 3's journey: HR builds a scorecard from the template, adds KPIs and weights, enters a period's data and reads the scores.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class HrJourney(AppSession session)
{
    [Fact]
    public async Task HR_builds_a_scorecard_from_the_template_enters_a_period_and_sees_the_scores_of_the_domain_engine()
    {
        var name = $"Sales unit {Guid.NewGuid():N}"[..20];
        var page = await session.SignedInPageAsync("hr@demo.local");

        // A new scorecard from the Balanced Scorecard template.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true }).ClickAsync();
        await page.Locator("#new-scorecard").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Organisation unit").FillAsync("Sales");
        await page.Locator("#start-template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create scorecard" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tree")).ToContainTextAsync("Learning and growth");

        // Two KPIs, one per perspective, through the KPI editor.
        await AddKpiAsync(page, "Financial", "FIN-9", "Cost of recruitment per hire", "Rp", "LowerIsBetter");
        await AddKpiAsync(page, "Customer", "CUS-9", "Internal client satisfaction", "%", "HigherIsBetter");

        // Direct weights for the perspectives.
        await page.Locator("#tree tr[data-depth='0']").GetByRole(AriaRole.Link, new() { Name = "Weights" }).ClickAsync();
        await page.Locator("#method-direct").CheckAsync();
        await page.GetByLabel("Financial", new() { Exact = true }).FillAsync("0.4");
        await page.GetByLabel("Customer", new() { Exact = true }).FillAsync("0.3");
        await page.GetByLabel("Internal business process", new() { Exact = true }).FillAsync("0.2");
        await page.GetByLabel("Learning and growth", new() { Exact = true }).FillAsync("0.1");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync("saved, in force from the start");

        // A period, then its targets and actuals on one page, typed the way people type them.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true }).ClickAsync();
        await page.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Periods" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("2024");
        await page.GetByLabel("Start date").FillAsync("2024-01-01");
        await page.GetByLabel("End date").FillAsync("2024-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add period" }).ClickAsync();
        await page.Locator("#periods tr[data-name='2024']").GetByRole(AriaRole.Link, new() { Name = "Enter data" }).ClickAsync();

        var cost = page.Locator("#entry tr[data-code='FIN-9']");
        var satisfaction = page.Locator("#entry tr[data-code='CUS-9']");
        await cost.Locator("input[id^=target-]").FillAsync("1.000.000");
        await cost.Locator("input[id^=actual-]").FillAsync("850,000");
        await satisfaction.Locator("input[id^=target-]").FillAsync("80");
        await satisfaction.Locator("input[id^=actual-]").FillAsync("59,1%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save all" }).ClickAsync();

        // The scores and lights are the domain engine's: the two empty perspectives are left out and the rest renormalised.
        var costScore = new KpiScoringRule(ScoringMethod.LowerIsBetter, 1_000_000).Score(850_000);
        var satisfactionScore = new KpiScoringRule(ScoringMethod.HigherIsBetter, 80).Score(59.1);
        var overall = (0.4 * costScore + 0.3 * satisfactionScore) / 0.7;
        await Assertions.Expect(cost.Locator(".score")).ToHaveTextAsync(Percent(costScore));
        await Assertions.Expect(cost.Locator(".light")).ToContainTextAsync(Thresholds.Default.Classify(costScore).ToString());
        await Assertions.Expect(satisfaction.Locator(".score")).ToHaveTextAsync(Percent(satisfactionScore));
        await Assertions.Expect(satisfaction.Locator(".light")).ToContainTextAsync(Thresholds.Default.Classify(satisfactionScore).ToString());
        await Assertions.Expect(page.Locator("#overall-score")).ToHaveTextAsync(Percent(overall));
        await Assertions.Expect(page.Locator("#overall-light")).ToContainTextAsync(Thresholds.Default.Classify(overall).ToString());
    }

    private static async Task AddKpiAsync(IPage page, string perspective, string code, string name, string unit, string method)
    {
        var row = page.Locator("#tree tr[data-kind='group']", new() { Has = page.GetByText(perspective, new() { Exact = true }) });
        await row.GetByRole(AriaRole.Link, new() { Name = "Add KPI" }).ClickAsync();
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Unit").FillAsync(unit);
        await page.Locator($"#method-{method}").CheckAsync();
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#tree")).ToContainTextAsync(name);
    }

    private static string Percent(double score) => score.ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
