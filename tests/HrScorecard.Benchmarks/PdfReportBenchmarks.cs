using System.Globalization;
using BenchmarkDotNet.Attributes;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Reports;

namespace HrScorecard.Benchmarks;

/// <summary>
/// Drawing the PDF report from its data (layout, HarfBuzz shaping, Skia's PDF writer, font embedding): the demo's shape
/// (4 perspectives, 9 KPIs, 2 periods) and a large scorecard (5 × 24 = 120 KPIs, 5 periods). Loading and evaluating
/// the scorecard is not included; the web tests print the end-to-end time of a download.
/// </summary>
[MemoryDiagnoser]
public class PdfReportBenchmarks
{
    private ScorecardReportData _data = null!;

    [Params("Demo", "120 KPIs × 5 periods")]
    public string Scorecard { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = Scorecard == "Demo" ? Build([2, 3, 2, 2], periods: 2) : Build([24, 24, 24, 24, 24], periods: 5);
        var size = ScorecardReport.Render(_data, CultureInfo.GetCultureInfo("en-US")).Length;
        Console.WriteLine($"// PDF size for {Scorecard}: {size / 1024.0:0.0} KB");
    }

    [Benchmark(Description = "ScorecardReport.Render")]
    public byte[] Render() => ScorecardReport.Render(_data, CultureInfo.GetCultureInfo("en-US"));

    private static ScorecardReportData Build(int[] kpisPerPerspective, int periods)
    {
        var random = new Random(5);
        var thresholds = Thresholds.Default;
        double Score() => Math.Round(40 + random.NextDouble() * 80, 1);
        var k = 0;
        var perspectives = kpisPerPerspective.Select((count, p) => new ReportPerspective($"Perspective {p + 1}", 1.0 / kpisPerPerspective.Length, Score(),
            TrafficLight.Green, [.. Enumerable.Range(0, count).Select(_ =>
            {
                var score = Score();
                k++;
                return new ReportKpi($"K{k:000}", $"Indikator kinerja {k:000} (biaya dalam Rp)", 1.0 / count, 1.0 / count / kpisPerPerspective.Length,
                    50_000_000, 50_000_000 * score / 100, "Rp", score, thresholds.Classify(score));
            })])).ToList();
        var trend = Enumerable.Range(0, periods).Select(p => new ReportTrendPoint($"{2019 + p}", Score(),
            [.. perspectives.Select(_ => (double?)Score())])).ToList();
        var actions = Enumerable.Range(0, 5).Select(a => new ReportAction($"K{a + 1:000}", "2023",
            "Review the recruitment funnel with the line managers and agree on a shortlist", "Head of HR",
            new DateOnly(2024, 3, 31), Web.Data.ActionStatus.Planned)).ToList();
        return new ScorecardReportData("HR Scorecard PT. Roda Emas Jaya", "PT. Roda Emas Jaya — Human Resources", $"{2019 + periods - 1}",
            Score(), TrafficLight.Green, thresholds, perspectives, trend, actions,
            [
                new ReportWeighting("Goal", "Director questionnaire", [.. perspectives.Select(p => new ReportChildWeight(p.Name, p.Weight))], 4.2, 0.078, true,
                    new ReportRound("Round 2023", 3, 0.81, Domain.Ahp.ConsensusBand.High)),
                .. perspectives.Select(p => new ReportWeighting(p.Name, "Entered by HR", [.. p.Kpis.Select(k => new ReportChildWeight(k.Name, k.LocalWeight))],
                    null, null, null)),
            ], [], DateTime.UtcNow, "benchmark");
    }
}
