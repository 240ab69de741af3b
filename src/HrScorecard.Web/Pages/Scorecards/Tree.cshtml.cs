using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>The hierarchy editor: every node at any depth with its actions; reordering happens here.</summary>
public sealed class TreeModel(ScorecardDbContext db, IStringLocalizer<TreeModel> text) : PageModel
{
    public sealed record Row(TreeNode Node, string? Description, ScoringMethod? Method, int ChildCount, bool IsFirst, bool IsLast);

    public Scorecard Scorecard { get; private set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (scorecard is null) return NotFound();
        Scorecard = scorecard;
        var tree = await ScorecardTree.LoadAsync(db, id);
        var details = await db.Nodes.AsNoTracking().Where(n => n.ScorecardId == id)
            .Select(n => new { n.Id, n.Description, Method = n.Kpi != null ? n.Kpi.Method : (ScoringMethod?)null })
            .ToDictionaryAsync(n => n.Id);
        var siblings = tree.ToLookup(n => n.ParentId);
        Rows = [.. tree.Select(n => new Row(n, details[n.Id].Description, details[n.Id].Method, siblings[n.Id].Count(),
            siblings[n.ParentId].First().Id == n.Id, siblings[n.ParentId].Last().Id == n.Id))];
        return Page();
    }

    /// <summary>Swaps a node with its previous or next sibling; positions are renumbered 0..n-1 on the way.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int nodeId, string direction)
    {
        var node = await db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nodeId && n.ScorecardId == id);
        if (node is null) return NotFound();
        var siblings = await db.Nodes.Where(n => n.ScorecardId == id && n.ParentId == node.ParentId)
            .OrderBy(n => n.Position).ThenBy(n => n.Id).ToListAsync();
        var index = siblings.FindIndex(n => n.Id == nodeId);
        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < siblings.Count && direction is "up" or "down")
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
            for (var i = 0; i < siblings.Count; i++) siblings[i].Position = i;
            await db.SaveChangesAsync();
            StatusMessage = direction == "up" ? text["\"{0}\" moved up.", node.Name] : text["\"{0}\" moved down.", node.Name];
        }
        return RedirectToPage(null, null, new { id }, $"node-{nodeId}");
    }
}
