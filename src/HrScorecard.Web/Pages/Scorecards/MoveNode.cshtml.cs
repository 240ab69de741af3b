using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>Moves a node, with everything under it, to another group of the same scorecard.</summary>
public sealed class MoveNodeModel(ScorecardDbContext db, IStringLocalizer<MoveNodeModel> text) : PageModel
{
    [BindProperty]
    public int? NewParentId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public ScorecardNode Node { get; private set; } = null!;
    public ScorecardNode? CurrentParent { get; private set; }
    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];

    /// <summary>Why the node cannot be moved at all, if it cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Version = Node.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Refusal is not null) return Page();
        if (NewParentId is not { } targetId || Targets.All(t => t.Value != targetId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            ModelState.AddModelError(nameof(NewParentId), text["Choose one of the listed groups: a node cannot move under itself, under something below it, or under a KPI."]);
            return Page();
        }
        var target = await db.Nodes.Include(n => n.Children).SingleAsync(n => n.Id == targetId);
        if (target.Children.Any(c => string.Equals(c.Name, Node.Name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(NewParentId), text["\"{0}\" already has a \"{1}\"; rename one of them first.", target.Name, Node.Name]);
            return Page();
        }
        if (await OpenRoundAskingAboutAsync([Node.ParentId!.Value, targetId]) is { } round)
        {
            ModelState.AddModelError(nameof(NewParentId), text["The open weighting round \"{0}\" asks directors to compare the children of " +
                "\"{1}\" or \"{2}\"; apply or close it before changing them.", round, CurrentParent!.Name, target.Name]);
            return Page();
        }

        db.Entry(Node).Property(n => n.Version).OriginalValue = Version;
        Node.ParentId = targetId;
        Node.Position = target.Children.Select(c => c.Position).DefaultIfEmpty(-1).Max() + 1;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this node while you were looking at it; nothing was moved. Check the tree and move it again."]);
            return Page();
        }
        // The weights of both parents no longer cover their children; the evaluation counts them equally until they are set.
        TempData["StatusMessage"] = text["\"{0}\" moved from \"{1}\" to \"{2}\". " +
                                         "Set the weights of \"{1}\" and \"{2}\" again: until then their children count equally.",
                                         Node.Name, CurrentParent!.Name, target.Name].Value;
        return RedirectToPage("Tree", new { id = Node.ScorecardId });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var node = await db.Nodes.SingleOrDefaultAsync(n => n.Id == id);
        if (node?.ParentId is null) return false; // the top node stays the top node
        Node = node;
        var tree = await db.Nodes.AsNoTracking().Include(n => n.Kpi).Where(n => n.ScorecardId == node.ScorecardId).ToListAsync();
        CurrentParent = tree.Single(n => n.Id == node.ParentId);
        var below = Subtree(tree, node.Id);
        Targets = [.. tree.Where(n => n.Kpi is null && n.Id != node.ParentId && !below.Contains(n.Id))
            .OrderBy(n => Path(tree, n)).Select(n => new SelectListItem(Path(tree, n), n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

        // The structure is not versioned: a move would change what a published (locked) period reports.
        var locked = await db.Periods.AsNoTracking().Where(p => p.ScorecardId == node.ScorecardId && p.IsLocked)
            .OrderBy(p => p.StartDate).Select(p => p.Name).FirstOrDefaultAsync();
        if (locked is not null)
            Refusal = text["Period {0} is locked (its report is published), and moving a node would change what that report shows. " +
                           "Clone the scorecard to restructure it for the next period, or ask an Admin to unlock the period.", locked];
        return true;
    }

    private async Task<string?> OpenRoundAskingAboutAsync(int[] parentIds) =>
        await db.ComparisonSets.Where(s => parentIds.Contains(s.ParentNodeId) && s.Round!.Status == RoundStatus.Open)
            .Select(s => s.Round!.Name).FirstOrDefaultAsync();

    private static HashSet<int> Subtree(List<ScorecardNode> tree, int rootId)
    {
        var ids = new HashSet<int> { rootId };
        for (var added = true; added;)
        {
            added = false;
            foreach (var n in tree.Where(n => n.ParentId is { } p && ids.Contains(p) && !ids.Contains(n.Id)))
                added |= ids.Add(n.Id);
        }
        return ids;
    }

    private static string Path(List<ScorecardNode> tree, ScorecardNode node) =>
        node.ParentId is { } p ? $"{Path(tree, tree.Single(n => n.Id == p))} › {node.Name}" : node.Name;
}
