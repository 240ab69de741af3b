using System.Diagnostics;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HrScorecard.Web.Tests.Reports;

public sealed class LargeScorecardPdfTests(HrScorecardFactory factory, ITestOutputHelper output) : IClassFixture<HrScorecardFactory>
{
    private const int Perspectives = 5;
    private const int KpisPerPerspective = 24;
    private const int Periods = 5;
    private const string KpiHeader = "Code KPI Weight Target Actual Unit Score Light";

    [Fact]
    public async Task A_report_of_120_KPIs_over_5_periods_paginates_without_cutting_rows()
    {
        var (scorecardId, lastPeriodId, prefix) = await CreateScorecardAsync();
        var client = await factory.SignedInAsAsync("Manager");

        var watch = Stopwatch.StartNew();
        var bytes = await ReportPdf.DownloadAsync(client, scorecardId, lastPeriodId);
        var downloaded = watch.ElapsedMilliseconds;
        var pdf = ReportPdf.Read(bytes);
        output.WriteLine($"120 KPIs × 5 periods: {pdf.Pages.Count} pages, {pdf.Bytes.Length / 1024.0:0.0} KB, {downloaded} ms download (first in this app)");
        watch.Restart();
        using (var scope = factory.Services.CreateScope())
        {
            var data = await Web.Reports.ScorecardReportData.LoadAsync(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>(), scorecardId, lastPeriodId, "test");
            output.WriteLine($"  loading and evaluating 5 periods: {watch.ElapsedMilliseconds} ms");
            watch.Restart();
            Web.Reports.ScorecardReport.Render(data!, System.Globalization.CultureInfo.GetCultureInfo("en-US"));
            output.WriteLine($"  rendering: {watch.ElapsedMilliseconds} ms");
        }
        watch.Restart();
        await ReportPdf.DownloadAsync(client, scorecardId, lastPeriodId);
        output.WriteLine($"  second download: {watch.ElapsedMilliseconds} ms");

        var kpiPages = new HashSet<int>();
        for (var k = 0; k < Perspectives * KpisPerPerspective; k++)
        {
            var name = $"{prefix} indicator {k:000}";
            // Once in its perspective's KPI table, once among the local weights of the perspective's comparison set.
            var pages = Enumerable.Range(0, pdf.Pages.Count)
                .Where(p => pdf.Pages[p].Contains(name, StringComparison.Ordinal) && pdf.Pages[p].Contains(KpiHeader, StringComparison.Ordinal)).ToList();
            var page = Assert.Single(pages);
            Assert.Equal(2, Occurrences(pdf.Text, name));
            // The row's first and last cells sit on the same line of the same page: the row was not cut.
            var words = pdf.Words[page];
            var code = Assert.Single(words, w => w.Text == $"K{k:000}");
            var number = Assert.Single(words, w => w.Text == $"{k:000}");
            Assert.Equal(code.BoundingBox.Bottom, number.BoundingBox.Bottom, 0.5);
            Assert.Contains(words, w => Math.Abs(w.BoundingBox.Bottom - code.BoundingBox.Bottom) < 0.5 && w.Text is "Green" or "Yellow" or "Red");
            kpiPages.Add(page);
        }
        Assert.True(kpiPages.Count > 3, $"120 KPIs fit on {kpiPages.Count} pages?");
        foreach (var page in kpiPages)
            Assert.Contains(KpiHeader, pdf.Pages[page]); // header row repeated
        Assert.All(Enumerable.Range(1, Periods), p => Assert.Contains($"{prefix} P{p}", pdf.Text));
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>5 perspectives × 24 KPIs with equal direct weights, targets and actuals in 5 periods.</summary>
    private async Task<(int ScorecardId, int LastPeriodId, string Prefix)> CreateScorecardAsync()
    {
        var prefix = "Big" + Guid.NewGuid().ToString("N")[..6];
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = $"{prefix} scorecard", OrganisationUnit = "Load test unit", Status = ScorecardStatus.Active, CreatedAt = DateTime.UtcNow };
        var periods = Enumerable.Range(1, Periods).Select(p => new ReportingPeriod
            { Scorecard = scorecard, Name = $"{prefix} P{p}", StartDate = new(2018 + p, 1, 1), EndDate = new(2018 + p, 12, 31) }).ToList();
        var root = new ScorecardNode { Scorecard = scorecard, Name = $"{prefix} goal" };
        db.AddRange(scorecard, root);
        db.AddRange(periods);
        var random = new Random(42);
        var perspectiveNodes = new List<ScorecardNode>();
        for (var p = 0; p < Perspectives; p++)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = $"Perspective {p + 1}", Position = p };
            perspectiveNodes.Add(perspective);
            var kpiNodes = new List<ScorecardNode>();
            for (var i = 0; i < KpisPerPerspective; i++)
            {
                var k = p * KpisPerPerspective + i;
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = $"{prefix} indicator {k:000}", Position = i };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = $"K{k:000}", Unit = "%", Method = ScoringMethod.HigherIsBetter };
                node.Kpi = kpi;
                kpiNodes.Add(node);
                db.Add(node);
                foreach (var period in periods)
                    db.AddRange(new KpiTarget { Kpi = kpi, Period = period, Value = 80 },
                        new KpiActual { Kpi = kpi, Period = period, Value = Math.Round(40 + random.NextDouble() * 50, 1) });
            }
            db.Add(EqualWeights(scorecard, perspective, kpiNodes));
        }
        db.Add(EqualWeights(scorecard, root, perspectiveNodes));
        await db.SaveChangesAsync();
        return (scorecard.Id, periods[^1].Id, prefix);
    }

    private static NodeWeighting EqualWeights(Scorecard scorecard, ScorecardNode parent, List<ScorecardNode> children) => new()
    {
        Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Direct, Source = "Equal (test)",
        ChildWeights = [.. children.Select(c => new ChildWeight { ChildNode = c, Weight = 1.0 / children.Count })],
    };
}
