using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>Asks before deleting a node and lists everything that goes with it; then deletes it all in one transaction.</summary>
public sealed class DeleteNodeModel(ScorecardDbContext db, IStringLocalizer<DeleteNodeModel> text, IStringLocalizer<NodeRemoval> reasons) : PageModel
{
    public NodeRemoval Removal { get; private set; } = null!;

    /// <summary>Why the node cannot be deleted, in the reader's language; null when it can.</summary>
    public string? WhyNot => Removal.WhyNot(reasons);

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
        if (WhyNot is { } reason)
        {
            ModelState.AddModelError(string.Empty, reason);
            return Page();
        }

        removal.Apply(db);
        await db.SaveChangesAsync();

        TempData["StatusMessage"] = text["\"{0}\" deleted with {1} node(s) below it and {2} KPI(s).", removal.Node.Name, removal.Nodes.Count - 1, removal.Kpis.Count].Value;
        return RedirectToPage("Tree", new { id = removal.Node.ScorecardId });
    }
}
