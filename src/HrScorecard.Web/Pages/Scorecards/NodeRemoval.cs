using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>
/// Everything that goes when a node is deleted: its subtree, their KPI definitions with targets, actuals, root causes
/// and actions, every weight version that names one of the nodes, and the weighting-round questionnaire pages (with
/// answers) that compare them. Loaded tracked so one SaveChanges removes it all in one transaction, audited.
/// </summary>
public sealed class NodeRemoval
{
    public required ScorecardNode Node { get; init; }
    public required IReadOnlyList<ScorecardNode> Nodes { get; init; }
    public required IReadOnlyList<Kpi> Kpis { get; init; }
    public required IReadOnlyList<KpiTarget> Targets { get; init; }
    public required IReadOnlyList<KpiActual> Actuals { get; init; }
    public required IReadOnlyList<RootCause> RootCauses { get; init; }
    public required IReadOnlyList<ImprovementAction> Actions { get; init; }
    public required IReadOnlyList<NodeWeighting> Weightings { get; init; }
    public required IReadOnlyList<ComparisonSet> ComparisonSets { get; init; }
    public required IReadOnlyList<QuestionnaireAnswer> Answers { get; init; }

    /// <summary>Locked (published) periods whose targets or actuals would go: their report must not change behind it.</summary>
    public required IReadOnlyList<string> LockedPeriods { get; init; }

    /// <summary>Open rounds asking directors about these nodes: deleting would pull questions from under them.</summary>
    public IReadOnlyList<string> BlockingRounds => [.. ComparisonSets.Where(s => s.Round!.Status == RoundStatus.Open).Select(s => s.Round!.Name).Distinct()];

    /// <summary>Why the node cannot be deleted (null: it can), in the language of <paramref name="text"/>.</summary>
    public string? WhyNot(IStringLocalizer<NodeRemoval> text) => Node.ParentId is null
        ? text["The top node is the scorecard itself and cannot be deleted; archive the scorecard instead."].Value
        : BlockingRounds.Count > 0
            ? text[BlockingRounds.Count > 1
                    ? "The open weighting rounds {0} ask directors about this part of the tree. Apply or close the rounds first, then delete."
                    : "The open weighting round {0} asks directors about this part of the tree. Apply or close the round first, then delete.",
                string.Join(", ", BlockingRounds.Select(r => $"\"{r}\""))].Value
            : LockedPeriods.Count > 0
                ? text[LockedPeriods.Count > 1
                        ? "This part of the tree has targets or actuals in the locked periods {0}, whose report is published. An Admin must unlock them first."
                        : "This part of the tree has targets or actuals in the locked period {0}, whose report is published. An Admin must unlock it first.",
                    string.Join(", ", LockedPeriods)].Value
                : null;

    public string NameOf(int nodeId) => Nodes.FirstOrDefault(n => n.Id == nodeId)?.Name ?? "#" + nodeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<NodeRemoval?> LoadAsync(ScorecardDbContext db, int nodeId)
    {
        var node = await db.Nodes.SingleOrDefaultAsync(n => n.Id == nodeId);
        if (node is null) return null;
        var ids = ScorecardTree.SubtreeOf(await ScorecardTree.LoadAsync(db, node.ScorecardId), nodeId).ToList();
        var nodes = await db.Nodes.Where(n => ids.Contains(n.Id)).ToListAsync();
        var kpis = await db.Kpis.Where(k => ids.Contains(k.NodeId)).ToListAsync();
        var weightings = await db.Weightings.Include(w => w.ParentNode).Include(w => w.ChildWeights).Include(w => w.Judgments)
            .Where(w => ids.Contains(w.ParentNodeId) || w.ChildWeights.Any(c => ids.Contains(c.ChildNodeId))
                        || w.Judgments.Any(j => ids.Contains(j.RowNodeId) || ids.Contains(j.ColumnNodeId)))
            .ToListAsync();
        // Child lists are JSON columns: filter the scorecard's few sets in memory.
        var sets = (await db.ComparisonSets.Include(s => s.Round).Include(s => s.ParentNode)
                .Where(s => s.Round!.ScorecardId == node.ScorecardId).ToListAsync())
            .Where(s => ids.Contains(s.ParentNodeId) || s.ChildNodeIds.Any(ids.Contains)).ToList();
        var setIds = sets.Select(s => s.Id).ToList();
        var targets = await db.Targets.Where(t => ids.Contains(t.KpiNodeId)).ToListAsync();
        var actuals = await db.Actuals.Where(a => ids.Contains(a.KpiNodeId)).ToListAsync();
        var usedPeriods = targets.Select(t => t.PeriodId).Concat(actuals.Select(a => a.PeriodId)).Distinct().ToList();
        return new NodeRemoval
        {
            Node = node,
            Nodes = nodes,
            Kpis = kpis,
            Targets = targets,
            Actuals = actuals,
            LockedPeriods = await db.Periods.Where(p => usedPeriods.Contains(p.Id) && p.IsLocked)
                .OrderBy(p => p.StartDate).Select(p => p.Name).ToListAsync(),
            RootCauses = await db.RootCauses.Where(c => ids.Contains(c.KpiNodeId)).ToListAsync(),
            Actions = await db.ImprovementActions.Where(a => ids.Contains(a.KpiNodeId)).ToListAsync(),
            Weightings = weightings,
            ComparisonSets = sets,
            Answers = await db.QuestionnaireAnswers.Where(a => setIds.Contains(a.ComparisonSetId)).ToListAsync(),
        };
    }

    /// <summary>Marks everything deleted; the caller saves once.</summary>
    public void Apply(ScorecardDbContext db)
    {
        db.RemoveRange(Answers);
        db.RemoveRange(ComparisonSets);
        db.RemoveRange(Weightings.SelectMany(w => w.ChildWeights));
        db.RemoveRange(Weightings.SelectMany(w => w.Judgments));
        db.RemoveRange(Weightings);
        db.RemoveRange(RootCauses);
        db.RemoveRange(Actions);
        db.RemoveRange(Targets);
        db.RemoveRange(Actuals);
        db.RemoveRange(Kpis);
        db.RemoveRange(Nodes);
    }
}
