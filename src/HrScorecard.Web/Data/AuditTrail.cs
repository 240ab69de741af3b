using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HrScorecard.Web.Data;

/// <summary>
/// Turns tracked changes to definitions, targets, weights and actuals into audit rows (old → new per property).
/// Collected before the save (old values are gone after it) and resolved after it (new keys are known then).
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<Type> Audited = [typeof(Scorecard), typeof(ReportingPeriod), typeof(ScorecardNode), typeof(Kpi),
        typeof(KpiTarget), typeof(KpiActual), typeof(NodeWeighting), typeof(ChildWeight), typeof(PairwiseJudgment),
        typeof(WeightingRound), typeof(RootCause), typeof(ImprovementAction), typeof(SubPeriodValue)];

    private static readonly HashSet<string> Ignored = [nameof(IVersioned.Version), "Id", "NodeId", "ScorecardId", "KpiNodeId",
        "PeriodId", "NodeWeightingId", "ParentNodeId", "CreatedAt"];

    public static List<PendingAudit> Collect(ChangeTracker tracker)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (!Audited.Contains(entry.Metadata.ClrType)) continue;
            var properties = entry.Properties.Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()).ToList();
            switch (entry.State)
            {
                case EntityState.Added:
                    // Described after the save: keys and foreign keys of new rows are temporary until then.
                    pending.Add(new PendingAudit(entry, "created", null, null) { DescribeAfterSave = properties });
                    break;
                case EntityState.Deleted:
                    pending.Add(new PendingAudit(entry, "deleted", Describe(entry, properties, current: false), null));
                    break;
                case EntityState.Modified:
                    foreach (var p in properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                                                            && !(p.OriginalValue is List<double> a && p.CurrentValue is List<double> b && a.SequenceEqual(b))))
                        pending.Add(new PendingAudit(entry, p.Metadata.Name,
                            ScorecardDbContext.Show(p.OriginalValue), ScorecardDbContext.Show(p.CurrentValue)));
                    break;
            }
        }
        return pending;
    }

    private static string Describe(EntityEntry entry, IEnumerable<PropertyEntry> properties, bool current) =>
        string.Join(", ", properties
            .Select(p => (p.Metadata.Name, Value: ScorecardDbContext.Show(current ? p.CurrentValue : p.OriginalValue)))
            .Where(p => !string.IsNullOrEmpty(p.Value) && p.Value != "[]")
            .Select(p => $"{p.Name}: {p.Value}"));

    public sealed record PendingAudit(EntityEntry Entry, string Field, string? OldValue, string? NewValue)
    {
        public IReadOnlyList<PropertyEntry>? DescribeAfterSave { get; init; }

        /// <summary>The node whose scorecard must be looked up because the entity does not carry it.</summary>
        public int? NodeNeedingScorecard => Scope(Entry) is (null, { } nodeId, _) ? nodeId : null;

        public AuditEntry ToEntry(string user, DateTime at, IReadOnlyDictionary<int, int> scorecardOfNode, string? source = null)
        {
            var (scorecardId, nodeId, periodId) = Scope(Entry);
            if (scorecardId is null && nodeId is { } id && scorecardOfNode.TryGetValue(id, out var found)) scorecardId = found;
            return new AuditEntry
            {
                At = at,
                User = user,
                ScorecardId = scorecardId,
                NodeId = nodeId,
                PeriodId = periodId,
                Entity = Entry.Metadata.ClrType.Name,
                // AuditEntry has no source column: the source rides along with the field name ("Value · imported from x.csv").
                Field = source is null ? Field : Truncate($"{Field} · {source}", 99)!,
                OldValue = Truncate(OldValue),
                NewValue = Truncate(DescribeAfterSave is { } properties ? Describe(Entry, properties, current: true) : NewValue),
            };
        }

        private static string? Truncate(string? value, int length = 2000) => value is not null && value.Length > length ? value[..length] + "…" : value;
    }

    // Where the change belongs, so the KPI's history page (by node) and the scorecard's log (by scorecard) find it.
    private static (int? ScorecardId, int? NodeId, int? PeriodId) Scope(EntityEntry entry) => entry.Entity switch
    {
        Scorecard s => (s.Id, null, null),
        ReportingPeriod p => (p.ScorecardId, null, p.Id),
        ScorecardNode n => (n.ScorecardId, n.Id, null),
        Kpi k => (k.ScorecardId, k.NodeId, null),
        KpiTarget t => (t.Kpi?.ScorecardId, t.KpiNodeId, t.PeriodId),
        KpiActual a => (a.Kpi?.ScorecardId, a.KpiNodeId, a.PeriodId),
        NodeWeighting w => (w.ScorecardId, w.ParentNodeId, w.EffectiveFromPeriodId),
        ChildWeight c => (c.NodeWeighting?.ScorecardId, c.ChildNodeId, c.NodeWeighting?.EffectiveFromPeriodId),
        WeightingRound r => (r.ScorecardId, null, r.AppliedFromPeriodId),
        RootCause c => (null, c.KpiNodeId, c.PeriodId),
        SubPeriodValue v => (null, v.KpiNodeId, v.PeriodId),
        ImprovementAction a => (null, a.KpiNodeId, a.PeriodId),
        PairwiseJudgment j => (j.NodeWeighting?.ScorecardId, j.NodeWeighting?.ParentNodeId, j.NodeWeighting?.EffectiveFromPeriodId),
        _ => (null, null, null),
    };
}
