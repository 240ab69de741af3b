using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Dashboard;

/// <summary>A row of the scorecard tree table. <see cref="AncestorIds"/> lets a parent's toggle collapse everything below it.</summary>
public sealed record TreeRow(int NodeId, string Name, int Depth, bool IsKpi, string? Unit, double LocalWeight, double GlobalWeight,
    double? Target, double? Actual, double? Score, TrafficLight Light, IReadOnlyList<int> AncestorIds, bool HasChildren,
    IReadOnlyList<double?> ScoreHistory)
{
    public bool IsRedOrYellow => Light is TrafficLight.Red or TrafficLight.Yellow;
}

public sealed record PerspectiveCard(int NodeId, string Name, double? Score, TrafficLight Light, double Weight,
    int Red, int Yellow, int Green, int NoData);

public sealed record OpenAction(int Id, int KpiNodeId, string KpiName, int PeriodId, string PeriodName, string Description,
    string Owner, DateOnly? DueDate, ActionStatus Status);

/// <summary>
/// Everything the dashboard shows for one scorecard and period, composed from <see cref="ScorecardCalculation.EvaluateAllPeriodsAsync"/> (so the
/// numbers are those of <see cref="ScorecardCalculation"/>) and the tree as <see cref="ScorecardTree"/> lists it.
/// </summary>
public sealed record DashboardView(
    ReportingPeriod Period,
    ScorecardResult Result,
    IReadOnlyList<PerspectiveCard> Perspectives,
    IReadOnlyList<TreeRow> Rows,
    IReadOnlyList<string> PeriodNames,
    ChartData Trend,
    IReadOnlyList<OpenAction> OpenActions)
{
    public static DashboardView Build(Scorecard scorecard, IReadOnlyList<TreeNode> tree, IReadOnlyList<PeriodResult> history,
        PeriodResult selected, IReadOnlyList<OpenAction> openActions, IStringLocalizer<IndexModel> text)
    {
        var result = selected.Result;
        var ancestors = new Dictionary<int, IReadOnlyList<int>>();
        var parentIds = tree.Where(n => n.ParentId is not null).Select(n => n.ParentId!.Value).ToHashSet();
        var rows = new List<TreeRow>(tree.Count);
        foreach (var node in tree)
        {
            var path = node.ParentId is { } parent ? [.. ancestors[parent], parent] : Array.Empty<int>();
            ancestors[node.Id] = path;
            if (!result.ByNodeId.TryGetValue(node.Id, out var evaluation)) continue;
            double? target = node.IsKpi && result.TargetByKpi.TryGetValue(node.Id, out var t) ? t : null;
            rows.Add(new TreeRow(node.Id, node.Name, node.Depth, node.IsKpi, node.Unit, evaluation.LocalWeight, evaluation.GlobalWeight,
                target, evaluation.Kpi?.Actual, evaluation.Score, evaluation.Light, path, parentIds.Contains(node.Id),
                [.. history.Select(h => h.Result.ByNodeId.GetValueOrDefault(node.Id)?.Score)]));
        }

        var perspectives = rows.Where(r => r.Depth == 1).Select(p =>
        {
            var kpis = rows.Where(r => r.IsKpi && (r.NodeId == p.NodeId || r.AncestorIds.Contains(p.NodeId))).ToList();
            return new PerspectiveCard(p.NodeId, p.Name, p.Score, p.Light, p.GlobalWeight,
                kpis.Count(k => k.Light == TrafficLight.Red), kpis.Count(k => k.Light == TrafficLight.Yellow),
                kpis.Count(k => k.Light == TrafficLight.Green), kpis.Count(k => k.Light == TrafficLight.NoData));
        }).ToList();

        var labels = history.Select(h => h.Period.Name).ToList();
        List<ChartSeries> series = [new(text["Overall"], rows.Count > 0 ? rows[0].ScoreHistory : [])];
        series.AddRange(rows.Where(r => r.Depth == 1).Select(p => new ChartSeries(p.Name, p.ScoreHistory)));
        series.Add(new(text["Yellow from {0}", Figures.Score(scorecard.YellowFrom)], [.. labels.Select(_ => (double?)scorecard.YellowFrom)], Dashed: true));
        series.Add(new(text["Green from {0}", Figures.Score(scorecard.GreenFrom)], [.. labels.Select(_ => (double?)scorecard.GreenFrom)], Dashed: true));

        return new DashboardView(selected.Period, result, perspectives, rows, labels, new ChartData(labels, series, text["Score (%)"]), openActions);
    }
}
