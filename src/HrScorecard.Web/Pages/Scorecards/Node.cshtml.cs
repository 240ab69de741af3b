using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Scorecards;

/// <summary>Adds a group node under a group (?parentId=) or renames and describes any node (?id=).</summary>
public sealed class NodeModel(ScorecardDbContext db, IValidator<NodeModel.InputModel> validator, IStringLocalizer<NodeModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ScorecardNode? Parent { get; private set; }
    public ScorecardNode? Existing { get; private set; }
    public bool IsNew => Existing is null;
    public int ScorecardId => Existing?.ScorecardId ?? Parent!.ScorecardId;

    public sealed class InputModel
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<NodeModel> text)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Give the node a name."])
                .MaximumLength(200).WithMessage(_ => text["Keep the name under 200 characters."]);
            RuleFor(x => x.Description).MaximumLength(4000).WithMessage(_ => text["Keep the description under 4000 characters."]);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? parentId)
    {
        if (!await LoadAsync(id, parentId)) return NotFound();
        if (Existing is { } node) Input = new InputModel { Name = node.Name, Description = node.Description, Version = node.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? parentId)
    {
        if (!await LoadAsync(id, parentId)) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();
        var name = Input.Name.Trim();
        var siblingParentId = Existing is { } e ? e.ParentId : Parent!.Id;
        var siblingNames = await db.Nodes.Where(n => n.ScorecardId == ScorecardId && n.ParentId == siblingParentId && n.Id != id)
            .Select(n => n.Name).ToListAsync();
        if (siblingParentId is not null && siblingNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.Name", text["\"{0}\" already exists at this level; choose another name.", name]);
            return Page();
        }

        var description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        if (Existing is { } node)
        {
            db.Entry(node).Property(n => n.Version).OriginalValue = Input.Version;
            node.Name = name;
            node.Description = description;
        }
        else
        {
            var position = await db.Nodes.Where(n => n.ParentId == Parent!.Id).Select(n => (int?)n.Position).MaxAsync() ?? -1;
            db.Add(new ScorecardNode { ScorecardId = ScorecardId, ParentId = Parent!.Id, Name = name, Description = description, Position = position + 1 });
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id);
            if (current is null) return NotFound();
            ModelState.AddModelError(string.Empty, text["Someone else changed this node while you were editing it; your changes were not saved. " +
                "It is now named \"{0}\" with description \"{1}\". Save again to replace it with your values.", current.Name, current.Description ?? ""]);
            ModelState.Remove("Input.Version");
            Input.Version = current.Version;
            return Page();
        }

        TempData["StatusMessage"] = (IsNew ? text["Group \"{0}\" added under \"{1}\".", name, Parent!.Name] : text["\"{0}\" saved.", name]).Value;
        return RedirectToPage("Tree", new { id = ScorecardId });
    }

    private async Task<bool> LoadAsync(int? id, int? parentId)
    {
        if (id is not null)
        {
            Existing = await db.Nodes.SingleOrDefaultAsync(n => n.Id == id);
            return Existing is not null;
        }
        // Only groups take children: a KPI is a leaf.
        Parent = await db.Nodes.AsNoTracking().Include(n => n.Kpi).SingleOrDefaultAsync(n => n.Id == parentId);
        return Parent is { Kpi: null };
    }
}
