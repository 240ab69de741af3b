using System.Globalization;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.BrowserTests;

/// <summary>Issue 6's journey: HR imports a CSV with a mistake, sees it on its row, fixes the file and imports it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ImportJourney(AppSession session)
{
    [Fact]
    public async Task HR_imports_a_file_sees_the_bad_row_fixes_it_and_the_data_entry_page_shows_the_imported_values()
    {
        var (scorecardId, periodId) = await SeedScorecardAsync();
        var page = await session.SignedInPageAsync("hr@demo.local");
        var file = Path.Combine(Path.GetTempPath(), $"actuals-{Guid.NewGuid():N}.csv");
        try
        {
            await page.GotoAsync($"/Actuals/Enter?scorecardId={scorecardId}&periodId={periodId}");
            await page.Locator("#import-link").ClickAsync();

            // Semicolons and a decimal comma, as an Indonesian Excel saves it; the second row has a typo.
            await File.WriteAllTextAsync(file, "Code;KPI;Actual;Comment\nHRS;Training hours;44,5;\nOVT;Overtime;1O;typed an O\n");
            await page.Locator("#upload").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

            await Assertions.Expect(page.Locator("#row-3 .row-error")).ToContainTextAsync("\"1O\" is not a number");
            await Assertions.Expect(page.Locator("#row-2 .row-error")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#row-2 .status")).ToHaveTextAsync("Will be saved");
            await Assertions.Expect(page.Locator("#confirm-form")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#preview-blocked")).ToContainTextAsync("Nothing has been saved");

            await File.WriteAllTextAsync(file, "Code;KPI;Actual;Comment\nHRS;Training hours;44,5;\nOVT;Overtime;10;typed an O\n");
            await page.Locator("#upload").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
            await Assertions.Expect(page.Locator("#preview-summary")).ToContainTextAsync("2 changes, 0 errors");
            // The preview scores are the domain's: 10 hours of overtime against a target of 12, lower is better.
            var overtime = new KpiScoringRule(ScoringMethod.LowerIsBetter, 12).Score(10);
            await Assertions.Expect(page.Locator("#row-3 .score")).ToHaveTextAsync(overtime.ToString("0.00", CultureInfo.InvariantCulture) + " %");
            await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 values" }).ClickAsync();

            await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync($"Imported 2 values from {Path.GetFileName(file)}");
            await Assertions.Expect(page.Locator("#entry tr[data-code='HRS'] input[id^=actual-]")).ToHaveValueAsync("44.5");
            await Assertions.Expect(page.Locator("#entry tr[data-code='OVT'] input[id^=actual-]")).ToHaveValueAsync("10");
            await Assertions.Expect(page.Locator("#entry tr[data-code='OVT'] textarea")).ToHaveValueAsync("typed an O");
            await Assertions.Expect(page.Locator("#entry tr[data-code='OVT'] .score")).ToHaveTextAsync(overtime.ToString("0.00", CultureInfo.InvariantCulture) + " %");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>One perspective with two KPIs, targets set, no actuals yet.</summary>
    private async Task<(int ScorecardId, int PeriodId)> SeedScorecardAsync()
    {
        await using var scope = session.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = "Import " + Guid.NewGuid().ToString("N")[..8], OrganisationUnit = "Plant", Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow };
        var period = new ReportingPeriod { Scorecard = scorecard, Name = "2024", StartDate = new(2024, 1, 1), EndDate = new(2024, 12, 31) };
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Plant HR" };
        var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = root, Method = WeightingMethod.Direct, Source = "journey" };
        db.AddRange(scorecard, period, root);
        foreach (var (code, name, method, target) in new[] { ("HRS", "Training hours", ScoringMethod.HigherIsBetter, 40.0), ("OVT", "Overtime", ScoringMethod.LowerIsBetter, 12.0) })
        {
            var node = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = name, Position = weighting.ChildWeights.Count };
            var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = code, Unit = "hours", Method = method };
            node.Kpi = kpi;
            db.Add(node);
            weighting.ChildWeights.Add(new ChildWeight { ChildNode = node, Weight = 0.5 });
            db.Add(new KpiTarget { Kpi = kpi, Period = period, Value = target });
        }
        db.Add(weighting);
        await db.SaveChangesAsync();
        return (scorecard.Id, period.Id);
    }
}
