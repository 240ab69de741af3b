using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Data;

/// <summary>A node of a scorecard as pages list it: flattened in hierarchy order with its depth (root = 0).</summary>
public sealed record TreeNode(int Id, int? ParentId, string Name, int Depth, int Position, string? KpiCode, string? Unit)
{
    public bool IsKpi => KpiCode is not null;
}

public static class ScorecardTree
{
    /// <summary>The whole tree of a scorecard in pre-order (parent before children, siblings by position), one query.</summary>
    public static async Task<IReadOnlyList<TreeNode>> LoadAsync(ScorecardDbContext db, int scorecardId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Nodes.AsNoTracking()
            .Where(n => n.ScorecardId == scorecardId)
            .Select(n => new { n.Id, n.ParentId, n.Name, n.Position, Code = n.Kpi != null ? n.Kpi.Code : null, Unit = n.Kpi != null ? n.Kpi.Unit : null })
            .ToListAsync(cancellationToken);
        var children = rows.ToLookup(r => r.ParentId);
        var ordered = new List<TreeNode>(rows.Count);
        Visit(null, 0);
        return ordered;

        void Visit(int? parentId, int depth)
        {
            foreach (var r in children[parentId].OrderBy(r => r.Position).ThenBy(r => r.Id))
            {
                ordered.Add(new TreeNode(r.Id, r.ParentId, r.Name, depth, r.Position, r.Code, r.Unit));
                Visit(r.Id, depth + 1);
            }
        }
    }

    /// <summary>The ids of a node and everything below it.</summary>
    public static IReadOnlyList<int> SubtreeOf(IReadOnlyList<TreeNode> tree, int nodeId)
    {
        var result = new List<int> { nodeId };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(tree.Where(n => n.ParentId == result[i]).Select(n => n.Id));
        return result;
    }
}
