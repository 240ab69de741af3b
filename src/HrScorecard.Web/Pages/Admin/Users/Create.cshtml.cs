using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Admin.Users;

public sealed class CreateModel(UserManager<ApplicationUser> users, ScorecardDbContext db, IValidator<CreateModel.InputModel> validator,
    IStringLocalizer<CreateModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Password { get; set; } = "";
        public List<string> Roles { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<CreateModel> text)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["Enter the e-mail address the user signs in with."])
                .EmailAddress().WithMessage(_ => text["Enter an e-mail address such as name@company.co.id."]);
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => text["Enter the user's name."])
                .MaximumLength(100).WithMessage(_ => text["Keep the name under 100 characters."]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["Choose an initial password; the user can be given a new one later."]);
            RuleFor(x => x.Roles).MustBeKnownRoles(text);
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState)) return Page();

        var email = Input.Email.Trim();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = Input.DisplayName.Trim(), EmailConfirmed = true };
        // The account and its roles appear together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
            result = await users.AddToRolesAsync(user, Input.Roles.Distinct());
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            UserForm.AddErrors(ModelState, result, "Input.Password", "Input.Email");
            return Page();
        }
        await transaction.CommitAsync();
        StatusMessage = text["{0} ({1}) can now sign in as {2}.", user.DisplayName, email, string.Join(", ", Input.Roles.Distinct())];
        return RedirectToPage("Index");
    }
}
