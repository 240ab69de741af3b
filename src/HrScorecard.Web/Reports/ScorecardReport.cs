using System.Globalization;
using System.Text;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Pages.Weights;
using HrScorecard.Web.Reports.Layout;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace HrScorecard.Web.Reports;

/// <summary>
/// The managers' PDF: cover, summary by perspective, one KPI table per perspective, trend over periods, open
/// improvement actions and a note on the method. Sections are declared here; <see cref="ReportDocument"/> places them.
/// </summary>
public static class ScorecardReport
{
    private static readonly TextStyle Body = new(9.5f);
    private static readonly TextStyle Muted = new(9, Color: new SKColor(0x61, 0x61, 0x61));

    /// <summary>Numbers in <paramref name="culture"/>; words from <paramref name="localizers"/> (current UI culture), English without them.</summary>
    public static byte[] Render(ScorecardReportData data, CultureInfo culture, IStringLocalizerFactory? localizers = null)
    {
        var format = new ReportFormat(culture, localizers);
        using var document = new ReportDocument($"{data.ScorecardName} · {data.PeriodName}",
            format["{0} · generated {1}", data.OrganisationUnit, format.Timestamp(data.GeneratedAtUtc)],
            (page, pages) => format["Page {0} of {1}", page, pages]);
        Cover(document, format, data);
        Summary(document, format, data);
        Weights(document, format, data);
        document.NewPage();
        foreach (var perspective in data.Perspectives) PerspectiveSection(document, format, perspective);
        Trend(document, format, data);
        Actions(document, format, data);
        Method(document, format, data);
        SurveyAppendix.Draw(document, format, data.Surveys);
        return document.Render($"{data.ScorecardName} — {data.PeriodName}");
    }

    /// <summary>
    /// "HR-Scorecard_HR-Scorecard-PT-Roda-Emas-Jaya_2023.pdf": ASCII letters, digits and hyphens within each part (accents
    /// dropped), parts joined by underscores, so every browser and file system keeps the name as it is.
    /// </summary>
    public static string FileName(string scorecardName, string periodName) => $"HR-Scorecard_{Slug(scorecardName)}_{Slug(periodName)}.pdf";

    private static void Cover(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.NewPage();
        document.Space(90);
        document.Text(format["HR Scorecard report"], Muted with { Size = 13 }, spaceAfter: 10);
        document.Text(data.ScorecardName, new TextStyle(24, Bold: true), spaceAfter: 8);
        document.Text(data.OrganisationUnit, new TextStyle(13), spaceAfter: 4);
        document.Text(format["Period {0}", data.PeriodName], new TextStyle(13), spaceAfter: 40);
        document.Text(format["Overall index"], Muted with { Size = 11 }, spaceAfter: 6);
        document.Block(92, (canvas, area) =>
        {
            using var paint = new SKPaint { IsAntialias = true, Color = ReportFormat.Colour(data.OverallLight) };
            canvas.DrawRoundRect(area.Left, area.Top, 200, 86, 8, 8, paint);
            var onColour = new TextStyle(34, Bold: true, Color: SKColors.White);
            document.DrawText(canvas, format.Score(data.Overall), area.Left + 100, area.Top + 50, onColour, SKTextAlign.Center);
            document.DrawText(canvas, format.LightWord(data.OverallLight), area.Left + 100, area.Top + 72,
                new TextStyle(12, Bold: true, Color: SKColors.White), SKTextAlign.Center);
            document.DrawText(canvas, $"{format.LightWord(data.OverallLight)}: {format.LightMeaning(data.OverallLight)}",
                area.Left + 220, area.Top + 36, new TextStyle(12, Bold: true), SKTextAlign.Left);
            document.DrawText(canvas, format["Red below {0}, green from {1} (% of target).", format.Score(data.Thresholds.YellowFrom), format.Score(data.Thresholds.GreenFrom)],
                area.Left + 220, area.Top + 56, Muted, SKTextAlign.Left);
        });
        document.Space(40);
        document.Text(format["Generated {0} by {1}.", format.Timestamp(data.GeneratedAtUtc), data.GeneratedBy], Muted);
        if (data.Warnings.Count > 0)
        {
            document.Space(16);
            document.Text(format["Read with care"], new TextStyle(10, Bold: true));
            foreach (var warning in data.Warnings) document.Text("• " + warning, Muted, spaceAfter: 2);
        }
    }

    private static void Summary(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.NewPage();
        document.Heading(format["Summary by perspective"]);
        document.Text(format["Overall index {0} ({1}).", format.Score(data.Overall), format.LightWord(data.OverallLight)] + " " +
                      format["Weight is the perspective's share of the overall index; the counts are its KPIs by light."], Body, spaceAfter: 8);
        document.Table(
            [new(format["Perspective"], 30), new(format["Weight"], 11, CellAlign.Right), new(format["Score"], 10, CellAlign.Right), new(format["Light"], 13),
             new(format.LightWord(TrafficLight.Red), 8, CellAlign.Right), new(format.LightWord(TrafficLight.Yellow), 9, CellAlign.Right),
             new(format.LightWord(TrafficLight.Green), 9, CellAlign.Right), new(format.LightWord(TrafficLight.NoData), 10, CellAlign.Right)],
            data.Perspectives.Select(p => (IReadOnlyList<TableCell>)
            [
                p.Name, format.Weight(p.Weight), format.Score(p.Score), Light(format, p.Light),
                Count(p, TrafficLight.Red), Count(p, TrafficLight.Yellow), Count(p, TrafficLight.Green), Count(p, TrafficLight.NoData),
            ]));
        List<(string, double?, TrafficLight)> bars = [(format["Overall index"], data.Overall, data.OverallLight), .. data.Perspectives.Select(p => (p.Name, p.Score, p.Light))];
        document.Space(6);
        document.Block(28f * bars.Count + 20, (canvas, area) => ReportCharts.Bars(document, format, data.Thresholds, bars, canvas, area));

        var reds = data.Perspectives.SelectMany(p => p.Kpis).Where(k => k.Light == TrafficLight.Red).OrderBy(k => k.Score).Take(3).ToList();
        document.Heading(format["Lowest red KPIs"], size: 11, keepWithNext: 50);
        if (reds.Count == 0) document.Text(format["No KPI is red in this period."], Body);
        foreach (var kpi in reds)
            document.Text("• " + format["{0}: score {1} (actual {2} {3} against target {4})", kpi.Code, format.Score(kpi.Score), format.Value(kpi.Actual), kpi.Unit, format.Value(kpi.Target)], Body, spaceAfter: 2);
    }

    private static void PerspectiveSection(ReportDocument document, ReportFormat format, ReportPerspective perspective)
    {
        document.Heading($"{perspective.Name}: {format.Score(perspective.Score)} ({format.LightWord(perspective.Light)})", keepWithNext: 120);
        document.Text(format["Weight {0} · red {1} · yellow {2} · green {3} · no data {4}.", format.Weight(perspective.Weight),
                          Count(perspective, TrafficLight.Red), Count(perspective, TrafficLight.Yellow), Count(perspective, TrafficLight.Green),
                          Count(perspective, TrafficLight.NoData)] + " " +
                      format["Weight is a KPI's or objective's share within its parent; objectives head the KPIs below them."], Muted, spaceAfter: 6);
        document.Table(
            [new(format["Code"], 8), new(format["KPI"], 27), new(format["Weight"], 9, CellAlign.Right), new(format["Target"], 13, CellAlign.Right),
             new(format["Actual"], 13, CellAlign.Right), new(format["Unit"], 11), new(format["Score"], 10, CellAlign.Right), new(format["Light"], 10)],
            KpiRows(format, perspective));
    }

    /// <summary>The KPIs in tree order, each run of KPIs under an objective preceded by the objective's own row (bold).</summary>
    private static IEnumerable<IReadOnlyList<TableCell>> KpiRows(ReportFormat format, ReportPerspective perspective)
    {
        var objectives = (perspective.Objectives ?? []).ToDictionary(o => o.Path);
        var shown = new HashSet<string>();
        foreach (var k in perspective.Kpis)
        {
            if (k.Objective is { } path)
            {
                // A nested objective's ancestors get their rows too, each once.
                var parts = path.Split(" › ");
                for (var depth = 1; depth <= parts.Length; depth++)
                {
                    var prefix = string.Join(" › ", parts[..depth]);
                    if (!shown.Add(prefix) || !objectives.TryGetValue(prefix, out var o)) continue;
                    yield return
                    [
                        "", new TableCell(format["Objective: {0}", parts[depth - 1]], Bold: true), format.Weight(o.LocalWeight), "", "", "",
                        new TableCell(format.Score(o.Score), Bold: true), Light(format, o.Light),
                    ];
                }
            }
            yield return
            [
                k.Code, k.Name, format.Weight(k.LocalWeight), format.Value(k.Target),
                format.Value(k.Actual), k.Unit, format.Score(k.Score), Light(format, k.Light),
            ];
        }
    }

    private static void Weights(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.NewPage();
        document.Heading(format["Weights"]);
        document.Text(format["One comparison set per parent with two or more children: the local weights of its children (their shares " +
                      "of the parent, summing to 1), the consistency ratio when they come from pairwise comparisons, and the " +
                      "number of respondents and their consensus S* when they come from a weighting round."], Body, spaceAfter: 8);
        foreach (var set in data.Weightings)
        {
            document.Heading(set.Parent, size: 11, keepWithNext: 60 + 16 * set.Children.Count);
            var facts = new List<string> { format["Source: {0}.", WeightingSource.Of(set.Source, format.TextsOf<WeightingSource>())] };
            if (set.ConsistencyRatio is { } cr)
                facts.Add(format["CR {0} ({1}), λmax {2}.", format.Ratio(cr), format[set.IsConsistent == true ? "consistent" : "inconsistent"], format.Ratio(set.LambdaMax)]);
            else
                facts.Add(format["Weights set directly (no CR)."]);
            if (set.Round is { } round)
                facts.Add(format[round.Respondents == 1 ? "Weighting round \"{0}\": {1} respondent submitted this set;" : "Weighting round \"{0}\": {1} respondents submitted this set;",
                              round.Name, round.Respondents.ToString(format.Culture)] + " " +
                          (round.Consensus is { } consensus
                              ? format["consensus S* {0} ({1}).", format.Share(consensus), Pages.Rounds.ConsensusBandWords.Of(round.Band!.Value, format.TextsOf<Pages.Rounds.ConsensusBandWords>())]
                              : format["consensus needs at least two respondents."]));
            document.Text(string.Join(" ", facts), Muted, spaceAfter: 4);
            document.Table([new(format["Compared"], 70), new(format["Local weight"], 30, CellAlign.Right)],
                set.Children.Select(c => (IReadOnlyList<TableCell>)[c.Name, format.Weight(c.LocalWeight)]));
        }
    }

    private static void Trend(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.NewPage();
        document.Heading(format["Trend over periods"]);
        List<(string, IReadOnlyList<double?>)> series =
        [
            (format["Overall index"], [.. data.Trend.Select(t => t.Overall)]),
            .. data.Perspectives.Select((p, i) => (p.Name, (IReadOnlyList<double?>)[.. data.Trend.Select(t => t.Perspectives[i])])),
        ];
        var periods = data.Trend.Select(t => t.Period).ToList();
        document.Block(230, (canvas, area) => ReportCharts.Trend(document, format, data.Thresholds, periods, series, canvas, area));
        document.Space(8);
        document.Table(
            [new(format["Period"], 14), new(format["Overall"], 12, CellAlign.Right), .. data.Perspectives.Select(p => new TableColumn(p.Name, 14, CellAlign.Right))],
            data.Trend.Select(t => (IReadOnlyList<TableCell>)
                [t.Period, format.Score(t.Overall), .. t.Perspectives.Select(s => new TableCell(format.Score(s)))]));
    }

    private static void Actions(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.Heading(format["Open improvement actions"]);
        if (data.OpenActions.Count == 0)
        {
            document.Text(format["No open improvement actions."], Body);
            return;
        }
        document.Table(
            [new(format["KPI"], 9), new(format["Period"], 9), new(format["Action"], 40), new(format["Owner"], 16), new(format["Due"], 13), new(format["Status"], 12)],
            data.OpenActions.Select(a => (IReadOnlyList<TableCell>)
                [a.KpiCode, a.Period, a.Description, a.Owner, format.Date(a.DueDate), format[a.Status == Data.ActionStatus.InProgress ? "In progress" : "Planned"]]));
    }

    private static void Method(ReportDocument document, ReportFormat format, ScorecardReportData data)
    {
        document.Heading(format["Appendix: method"]);
        document.Text(format["Weights come from the Analytic Hierarchy Process (Saaty 1980): for each set of siblings, the principal " +
                      "eigenvector of the pairwise comparison matrix gives the local weights; CR = CI / RI with CI = (λmax − n) / (n − 1), " +
                      "and a CR above {0} marks inconsistent judgments. " +
                      "A KPI's global weight is the product of the local weights above it.", format.Ratio(AhpOptions.Default.ConsistencyThreshold)], Body, spaceAfter: 6);
        document.Text(format["A parent's score is the weighted mean of its children that have data (a missing actual is never a zero). " +
                      "Lights: red below {0}, yellow from {0}, " +
                      "green from {1} unless a KPI has thresholds of its own. KPI scores:", format.Score(data.Thresholds.YellowFrom), format.Score(data.Thresholds.GreenFrom)], Body, spaceAfter: 4);
        foreach (var method in Enum.GetValues<ScoringMethod>())
            document.Text($"• {KpiScoringRule.Describe(method)}: {KpiScoringRule.Formula(method)}", Body, spaceAfter: 2);
        var table = AhpOptions.Default.Table;
        document.Space(8);
        document.Heading(format["Random index RI(n) used for CR"], size: 11, keepWithNext: 60);
        document.Text(table == RandomIndexTable.Saaty
            ? format["Saaty (1980) for n ≤ 10, extended to n = 15 with Saaty's later values (2000)."]
            : "Alonso & Lamata (2006).", Muted, spaceAfter: 4);
        var sizes = Enumerable.Range(1, PairwiseMatrix.MaxSize).ToList();
        document.Table(
            [new("n", 8), .. sizes.Select(n => new TableColumn(n.ToString(format.Culture), 6, CellAlign.Right))],
            [["RI", .. sizes.Select(n => new TableCell(RandomIndex.For(n, table).ToString("0.00##", format.Culture)))]], fontSize: 7.5f);
    }

    private static TableCell Light(ReportFormat format, TrafficLight light) => new(format.LightWord(light), ReportFormat.Colour(light));

    private static string Count(ReportPerspective perspective, TrafficLight light) =>
        perspective.Count(light).ToString(CultureInfo.InvariantCulture);

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "report";
    }
}
