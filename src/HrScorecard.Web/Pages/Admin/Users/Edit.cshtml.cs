using FluentValidation;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Admin.Users;

public sealed class EditModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signInManager, ScorecardDbContext db,
    IValidator<EditModel.InputModel> validator, IValidator<EditModel.PasswordModel> passwordValidator, IStringLocalizer<EditModel> text) : PageModel
{
    /// <summary>English text and resource key.</summary>
    public const string OwnAdminRoleMessage =
        "You cannot remove your own Admin role: ask another administrator to do it, so the app always keeps one.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public PasswordModel NewPassword { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";

    public DateTimeOffset? LockedOutUntil { get; private set; }

    public sealed class InputModel
    {
        public string DisplayName { get; set; } = "";
        public List<string> Roles { get; set; } = [];

        /// <summary>Identity's concurrency token as it was when the form was shown.</summary>
        public string ConcurrencyStamp { get; set; } = "";
    }

    public sealed class PasswordModel
    {
        public string Password { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<EditModel> text)
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => text["Enter the user's name."])
                .MaximumLength(100).WithMessage(_ => text["Keep the name under 100 characters."]);
            RuleFor(x => x.Roles).MustBeKnownRoles(text);
        }
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordModel>
    {
        public PasswordValidator(IStringLocalizer<EditModel> text) => RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["Type the new password."]);
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await ShowAsync(user, fillInput: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var current = await users.GetRolesAsync(user);
        var wanted = Input.Roles.Distinct().ToList();
        await validator.ValidateIntoAsync(Input, ModelState);
        if (users.GetUserId(User) == user.Id && current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
            ModelState.AddModelError("Input.Roles", text[OwnAdminRoleMessage]);
        if (!ModelState.IsValid)
        {
            await ShowAsync(user, fillInput: false);
            return Page();
        }

        // Another administrator may have changed this user since the form was shown. Identity's store re-attaches the user
        // (original values reset), so the posted stamp is compared here; its own check still guards the save itself.
        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
            return await ConflictAsync(user);
        user.DisplayName = Input.DisplayName.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
            result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (result.Succeeded)
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        // A new security stamp makes the user's other sessions pick up the new roles when their cookie is next revalidated.
        var rolesChanged = !wanted.ToHashSet().SetEquals(current);
        if (result.Succeeded && rolesChanged)
            result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            await db.Entry(user).ReloadAsync();
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
                return await ConflictAsync(user);
            UserForm.AddErrors(ModelState, result, string.Empty);
            await ShowAsync(user, fillInput: false);
            return Page();
        }
        await transaction.CommitAsync();
        if (rolesChanged && users.GetUserId(User) == user.Id)
            await signInManager.RefreshSignInAsync(user);
        StatusMessage = text["Saved {0} ({1}): {2}.", user.DisplayName, user.Email ?? "", string.Join(", ", wanted.Order(StringComparer.Ordinal))];
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        StatusMessage = text["{0} is unlocked and can sign in again.", user.Email ?? ""];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        if (await passwordValidator.ValidateIntoAsync(NewPassword, ModelState, nameof(NewPassword)))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, NewPassword.Password);
            if (result.Succeeded)
            {
                StatusMessage = text["{0} has a new password; tell the user in person, not by e-mail.", user.Email ?? ""];
                return RedirectToPage(new { id });
            }
            UserForm.AddErrors(ModelState, result, "NewPassword.Password");
        }
        await ShowAsync(user, fillInput: true);
        return Page();
    }

    private async Task ShowAsync(ApplicationUser user, bool fillInput)
    {
        Email = user.Email ?? user.UserName ?? "";
        LockedOutUntil = await users.IsLockedOutAsync(user) ? user.LockoutEnd : null;
        if (!fillInput) return;
        Input = new InputModel
        {
            DisplayName = user.DisplayName,
            Roles = [.. await users.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
    }

    /// <summary>Keeps what this admin typed, says what is stored now, and takes the current stamp so saving again is a deliberate overwrite.</summary>
    private async Task<IActionResult> ConflictAsync(ApplicationUser user)
    {
        ModelState.AddModelError(string.Empty,
            text["Someone else changed this user while you were editing; nothing of yours was saved. " +
                 "Now the name is \"{0}\" and the roles are {1}. Check your changes and save again.",
                user.DisplayName, string.Join(", ", (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal))]);
        await ShowAsync(user, fillInput: false);
        ModelState.Remove("Input.ConcurrencyStamp");
        Input.ConcurrencyStamp = user.ConcurrencyStamp ?? "";
        return Page();
    }
}
