using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Admin.Users;

public sealed class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil);

    public async Task OnGetAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, [.. roles.Order(StringComparer.Ordinal)],
                await users.IsLockedOutAsync(user) ? user.LockoutEnd : null));
        }
        Rows = rows;
    }
}
