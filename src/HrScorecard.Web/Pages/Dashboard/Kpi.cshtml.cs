using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Pages.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Dashboard;

public sealed record KpiPeriodRow(int PeriodId, string PeriodName, double? Target, double? Actual, double? Score, TrafficLight Light);

/// <summary>One KPI over all periods: target vs actual, score history, how it is scored, what is being done; its changes are on Kpis/History.</summary>
public sealed class KpiModel(ScorecardDbContext db, EvaluationCache evaluations, IStringLocalizer<KpiModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int NodeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PeriodId { get; set; }

    public ScorecardNode Node { get; private set; } = null!;
    public Kpi Kpi { get; private set; } = null!;
    public Thresholds Thresholds { get; private set; } = Thresholds.Default;
    public IReadOnlyList<KpiPeriodRow> History { get; private set; } = [];
    public KpiPeriodRow? Selected { get; private set; }
    public RootCause? RootCause { get; private set; }
    public IReadOnlyList<ImprovementAction> Actions { get; private set; } = [];
    public string? Problem { get; private set; }
    public SurveyResults? Survey { get; private set; }

    public bool CanUploadSurveys => User.IsInRole(Roles.HR);

    public bool CanRecordActions => User.IsInRole(Roles.HR) || User.IsInRole(Roles.Manager);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsNoTracking().Include(n => n.Kpi).Include(n => n.Scorecard)
            .SingleOrDefaultAsync(n => n.Id == NodeId, cancellationToken);
        if (node?.Kpi is null) return NotFound();
        (Node, Kpi) = (node, node.Kpi);
        var scorecard = node.Scorecard!;
        Thresholds = Kpi.YellowFrom is { } y && Kpi.GreenFrom is { } g ? new Thresholds(y, g)
            : Kpi.Method == ScoringMethod.Omax ? Thresholds.Omax : new Thresholds(scorecard.YellowFrom, scorecard.GreenFrom);

        try
        {
            var history = await evaluations.AllPeriodsAsync(db, scorecard, cancellationToken);
            History = [.. history.Select(h => new KpiPeriodRow(h.Period.Id, h.Period.Name,
                h.Result.TargetByKpi.TryGetValue(NodeId, out var t) ? t : null,
                h.Result.ByNodeId.GetValueOrDefault(NodeId)?.Kpi?.Actual,
                h.Result.ByNodeId.GetValueOrDefault(NodeId)?.Score,
                h.Result.ByNodeId.GetValueOrDefault(NodeId)?.Light ?? TrafficLight.NoData))];
        }
        catch (DomainValidationException e)
        {
            Problem = text["This scorecard cannot be evaluated yet: {0}", e.Message];
        }
        if (PeriodId is { } periodId && History.Count > 0 && History.All(h => h.PeriodId != periodId)) return NotFound();
        Selected = PeriodId is { } chosen ? History.FirstOrDefault(h => h.PeriodId == chosen)
            : History.LastOrDefault(h => h.Actual is not null) ?? (History.Count > 0 ? History[^1] : null);
        PeriodId = Selected?.PeriodId ?? PeriodId;

        RootCause = await db.RootCauses.AsNoTracking().SingleOrDefaultAsync(r => r.KpiNodeId == NodeId && r.PeriodId == PeriodId, cancellationToken);
        Actions = await db.ImprovementActions.AsNoTracking().Include(a => a.Period).Where(a => a.KpiNodeId == NodeId)
            .OrderBy(a => a.Status == ActionStatus.Done).ThenBy(a => a.DueDate).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        Survey = await SurveyResults.LoadAsync(db, NodeId, PeriodId, cancellationToken);
        return Page();
    }

    public string PeriodName(int? periodId) => History.FirstOrDefault(h => h.PeriodId == periodId)?.PeriodName ?? "";

    public ChartData TargetVsActual => new([.. History.Select(h => h.PeriodName)],
        [new(text["Target"], [.. History.Select(h => h.Target)]), new(text["Actual"], [.. History.Select(h => h.Actual)])], Kpi.Unit);

    public ChartData ScoreTrend => new([.. History.Select(h => h.PeriodName)],
        [new(text["Score"], [.. History.Select(h => h.Score)]),
         new(text["Yellow from {0}", Figures.Score(Thresholds.YellowFrom)], [.. History.Select(_ => (double?)Thresholds.YellowFrom)], Dashed: true),
         new(text["Green from {0}", Figures.Score(Thresholds.GreenFrom)], [.. History.Select(_ => (double?)Thresholds.GreenFrom)], Dashed: true)],
        text["Score (%)"]);
}
