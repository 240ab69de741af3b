using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.BrowserTests;

/// <summary>A manager reads a scorecard of his own (created here, so other journeys cannot change its numbers).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ManagerJourney(AppSession session)
{
    private static readonly string[] RedOrYellow = ["Red", "Yellow"];

    [Fact]
    public async Task A_manager_opens_the_dashboard_filters_to_red_and_yellow_reads_a_KPIs_formula_and_history_and_downloads_the_PDF()
    {
        var (scorecardId, name) = await SeedScorecardAsync();
        var page = await session.SignedInPageAsync("manager@demo.local");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await page.Locator("#scorecard-switcher select").SelectOptionAsync(scorecardId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show scorecard" }).ClickAsync();
        await Assertions.Expect(page.Locator("#overall-heading")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("#overall-heading")).ToContainTextAsync("2023");
        await Assertions.Expect(page.Locator("#trend-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await Assertions.Expect(page.Locator("#scorecard-tree tbody tr")).ToHaveCountAsync(7);

        await page.GetByLabel("Only red and yellow").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await page.WaitForURLAsync("**onlyRedAndYellow=true**");

        var lights = await page.Locator("#scorecard-tree tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.light)");
        Assert.NotEmpty(lights);
        Assert.All(lights, light => Assert.Contains(light, RedOrYellow));
        await Assertions.Expect(page.Locator("#scorecard-tree")).Not.ToContainTextAsync("Training hours");
        await Assertions.Expect(page.Locator("#scorecard-tree")).ToContainTextAsync("Overtime");

        await page.GetByRole(AriaRole.Link, new() { Name = "Certified trainers" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scoring-formula")).ToContainTextAsync(KpiScoringRule.Formula(ScoringMethod.HigherIsBetter));
        var history = page.Locator("#kpi-history tbody tr");
        await Assertions.Expect(history).ToHaveCountAsync(2);
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("2022");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("30.00");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Red");
        await Assertions.Expect(page.Locator("#score-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await Assertions.Expect(page.Locator("#action-prompt")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#overall-heading")).ToContainTextAsync(name);
        // The first report of a fresh app loads the fonts; on a busy CI machine that can take a while.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a#download-pdf").ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 60_000 });
        Assert.Matches(@"^HR-Scorecard_.+_.+\.pdf$", download.SuggestedFilename);
        Assert.Equal($"HR-Scorecard_{name.Replace(' ', '-')}_2023.pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 1, $"Only {pdf.NumberOfPages} page(s).");
        Assert.Contains(pdf.GetPages(), p => string.Join(" ", p.GetWords().Select(w => w.Text)).Contains("Certified trainers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collapsing_a_perspective_hides_its_KPIs_and_expanding_shows_them_again()
    {
        var (scorecardId, _) = await SeedScorecardAsync();
        var page = await session.SignedInPageAsync("manager@demo.local");
        await page.GotoAsync($"/Dashboard/Index?scorecardId={scorecardId}");

        var kpi = page.GetByRole(AriaRole.Link, new() { Name = "Training hours" });
        await Assertions.Expect(kpi).ToBeVisibleAsync();
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the nodes below People" });
        await toggle.ClickAsync();
        await Assertions.Expect(kpi).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await toggle.ClickAsync();
        await Assertions.Expect(kpi).ToBeVisibleAsync();
    }

    /// <summary>Two perspectives, one KPI of each light, two periods; direct weights.</summary>
    private async Task<(int Id, string Name)> SeedScorecardAsync()
    {
        await using var scope = session.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var name = "Journey " + Guid.NewGuid().ToString("N")[..8];
        var scorecard = new Scorecard { Name = name, OrganisationUnit = "Plant", Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow };
        ReportingPeriod[] periods = [
            new() { Scorecard = scorecard, Name = "2022", StartDate = new(2022, 1, 1), EndDate = new(2022, 12, 31) },
            new() { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31) }];
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Plant HR" };
        db.AddRange(scorecard, root);
        db.AddRange(periods);
        (string Perspective, (string Name, ScoringMethod Method, double Target, double Actual)[] Kpis)[] tree =
        [
            ("People", [("Training hours", ScoringMethod.HigherIsBetter, 40, 44), ("Certified trainers", ScoringMethod.HigherIsBetter, 10, 3)]),
            ("Process", [("Overtime", ScoringMethod.LowerIsBetter, 10, 13), ("Safety audits passed", ScoringMethod.HigherIsBetter, 4, 4)]),
        ];
        var top = new NodeWeighting { Scorecard = scorecard, ParentNode = root, Method = WeightingMethod.Direct, Source = "journey" };
        var position = 0;
        foreach (var (perspectiveName, kpis) in tree)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = perspectiveName, Position = position++ };
            top.ChildWeights.Add(new ChildWeight { ChildNode = perspective, Weight = 0.5 });
            var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = perspective, Method = WeightingMethod.Direct, Source = "journey" };
            foreach (var (kpiName, method, target, actual) in kpis)
            {
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = kpiName, Position = weighting.ChildWeights.Count };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = kpiName[..3].ToUpperInvariant(), Unit = "count", Method = method };
                node.Kpi = kpi;
                db.Add(node);
                weighting.ChildWeights.Add(new ChildWeight { ChildNode = node, Weight = 0.5 });
                db.Add(new KpiTarget { Kpi = kpi, Period = periods[0], Value = target });
                db.Add(new KpiActual { Kpi = kpi, Period = periods[0], Value = target });
                db.Add(new KpiTarget { Kpi = kpi, Period = periods[1], Value = target });
                db.Add(new KpiActual { Kpi = kpi, Period = periods[1], Value = actual });
            }
            db.Add(weighting);
        }
        db.Add(top);
        await db.SaveChangesAsync();
        return (scorecard.Id, name);
    }
}
