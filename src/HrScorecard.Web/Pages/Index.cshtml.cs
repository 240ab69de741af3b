using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages;

public sealed class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool NeedsFirstAdmin { get; private set; }

    public async Task OnGetAsync() => NeedsFirstAdmin = !await users.Users.AnyAsync();
}
