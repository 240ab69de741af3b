using FluentValidation;
using HrScorecard.Web.Forms;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<ApplicationUser> signInManager, IValidator<LoginModel.InputModel> validator,
    IStringLocalizer<LoginModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<LoginModel> text)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["Enter your e-mail address."])
                .EmailAddress().WithMessage(_ => text["Enter an e-mail address such as name@company.co.id."]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["Enter your password."]);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The language saved on the account follows the user to this browser.
            if (await signInManager.UserManager.FindByNameAsync(Input.Email.Trim()) is { PreferredCulture: var culture } && UiCultures.IsSupported(culture))
                UiCultures.Remember(Response, culture!);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["This account is locked after too many failed attempts. Try again in a few minutes."]
            : text["The e-mail address or password is not right."]);
        return Page();
    }
}
