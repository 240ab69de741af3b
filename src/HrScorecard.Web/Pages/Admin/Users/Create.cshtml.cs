using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HrScorecard.Web.Pages.Admin.Users;

public sealed class CreateModel(UserManager<ApplicationUser> users, ScorecardDbContext db, IValidator<CreateModel.InputModel> validator) : PageModel
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
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the e-mail address the user signs in with.")
                .EmailAddress().WithMessage("Enter an e-mail address such as name@company.co.id.");
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the user's name.")
                .MaximumLength(100).WithMessage("Keep the name under 100 characters.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Choose an initial password; the user can be given a new one later.");
            RuleFor(x => x.Roles).MustBeKnownRoles();
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
        StatusMessage = $"{user.DisplayName} ({email}) can now sign in as {string.Join(", ", Input.Roles.Distinct())}.";
        return RedirectToPage("Index");
    }
}
