using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HrScorecard.Web.Pages.Account;

/// <summary>
/// The language switcher of the layout posts here. Everyone gets the culture cookie; a signed-in user's choice is also
/// saved on the account, so it follows them to another browser at the next sign-in.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<ApplicationUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (!UiCultures.IsSupported(culture)) return BadRequest();
        UiCultures.Remember(Response, culture!);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
