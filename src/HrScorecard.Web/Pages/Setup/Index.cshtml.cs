using FluentValidation;
using HrScorecard.Web.Forms;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Setup;

/// <summary>First run: while the app has no user at all, this page creates the first Admin. Afterwards it is gone (404).</summary>
[AllowAnonymous]
public sealed class IndexModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signInManager,
    IValidator<IndexModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string DisplayName { get; set; } = "";
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<IndexModel> text)
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => text["Enter your name."]).MaximumLength(100);
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["Enter an e-mail address."])
                .EmailAddress().WithMessage(_ => text["Enter an e-mail address such as name@company.co.id."]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["Choose a password."]);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => text["The two passwords differ."]);
        }
    }

    public async Task<IActionResult> OnGetAsync() => await users.Users.AnyAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.Users.AnyAsync()) return NotFound();
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var admin = new ApplicationUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.DisplayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(admin, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            return Page();
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        await signInManager.SignInAsync(admin, isPersistent: false);
        return RedirectToPage("/Admin/Users/Index");
    }
}
