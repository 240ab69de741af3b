using System.Globalization;
using System.Text.RegularExpressions;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Kpis;

/// <summary>
/// A KPI's audit trail, newest first: its definition, targets and actuals, and the weights that decide its global
/// weight (those of its parent and every ancestor). Readable by every signed-in role.
/// </summary>
public sealed partial class HistoryModel(ScorecardDbContext db, IStringLocalizer<HistoryModel> text) : PageModel
{
    private const int MaxRows = 1000;
    private static readonly string[] WeightEntities = [nameof(NodeWeighting), nameof(PairwiseJudgment), nameof(ChildWeight)];

    public sealed record Row(DateTime At, string User, string What, string Field, string? Period, string? OldValue, string? NewValue);

    [BindProperty(SupportsGet = true)] public int NodeId { get; set; }

    public string KpiName { get; private set; } = "";
    public string? KpiCode { get; private set; }
    public int ScorecardId { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool IsTruncated { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var node = await db.Nodes.AsNoTracking().Where(n => n.Id == NodeId)
            .Select(n => new { n.Name, n.ScorecardId, Code = n.Kpi != null ? n.Kpi.Code : null }).SingleOrDefaultAsync();
        if (node is null) return NotFound();
        (KpiName, KpiCode, ScorecardId) = (node.Name, node.Code, node.ScorecardId);

        var nodes = await db.Nodes.AsNoTracking().Where(n => n.ScorecardId == node.ScorecardId)
            .ToDictionaryAsync(n => n.Id, n => (n.ParentId, n.Name));
        var parentOf = nodes.ToDictionary(n => n.Key, n => n.Value.ParentId);
        var ancestors = new List<int>();
        for (var id = parentOf.GetValueOrDefault(NodeId); id is { } a; id = parentOf.GetValueOrDefault(a)) ancestors.Add(a);

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.NodeId == NodeId || (e.NodeId != null && ancestors.Contains(e.NodeId.Value) && WeightEntities.Contains(e.Entity)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(MaxRows + 1).ToListAsync();
        IsTruncated = entries.Count > MaxRows;
        var periods = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == node.ScorecardId).ToDictionaryAsync(p => p.Id, p => p.Name);
        var names = nodes.ToDictionary(n => n.Key, n => n.Value.Name);
        Rows = [.. entries.Take(MaxRows).Select(e => new Row(e.At, e.User, Describe(e, names), e.Field,
            e.PeriodId is { } p ? periods.GetValueOrDefault(p, text["period {0}", p]) : null, Named(e.OldValue, names), Named(e.NewValue, names)))];
        return Page();
    }

    /// <summary>Node references in a recorded row ("RowNodeId: 4") by the node's name, which is what a reader knows.</summary>
    private static string? Named(string? value, Dictionary<int, string> names) => value is null ? null :
        NodeReference().Replace(value, m => $"{m.Groups[1].Value}: {names.GetValueOrDefault(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), "node " + m.Groups[2].Value)}");

    [GeneratedRegex(@"\b(Row|Column|Child)NodeId: (\d+)")]
    private static partial Regex NodeReference();

    private string Describe(AuditEntry e, Dictionary<int, string> ancestorNames) => e.Entity switch
    {
        nameof(Kpi) => text["KPI definition"],
        nameof(Data.ScorecardNode) => text["Name and description"],
        nameof(KpiTarget) => text["Target"],
        nameof(KpiActual) => text["Actual"],
        nameof(RootCause) => text["Root cause"],
        nameof(ImprovementAction) => text["Improvement action"],
        _ when e.NodeId == NodeId => text["Weight of this KPI"],
        nameof(ChildWeight) => text["Weight of {0}", ancestorNames.GetValueOrDefault(e.NodeId ?? 0) ?? text["a parent"]],
        _ => text["Weights under {0}", ancestorNames.GetValueOrDefault(e.NodeId ?? 0) ?? text["a parent"]],
    };
}
