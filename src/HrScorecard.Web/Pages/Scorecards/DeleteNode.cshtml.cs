using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>Asks before deleting a node and lists everything that goes with it; then deletes it all in one transaction.</summary>
public sealed class DeleteNodeModel(ScorecardDbContext db) : PageModel
{
    public NodeRemoval Removal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await NodeRemoval.LoadAsync(db, id) is not { } removal) return NotFound();
        Removal = removal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await NodeRemoval.LoadAsync(db, id) is not { } removal) return NotFound();
        Removal = removal;
        if (removal.WhyNot is { } reason)
        {
            ModelState.AddModelError(string.Empty, reason);
            return Page();
        }

        removal.Apply(db);
        await db.SaveChangesAsync();

        TempData["StatusMessage"] = $"\"{removal.Node.Name}\" deleted with {removal.Nodes.Count - 1} node(s) below it and {removal.Kpis.Count} KPI(s).";
        return RedirectToPage("Tree", new { id = removal.Node.ScorecardId });
    }
}
