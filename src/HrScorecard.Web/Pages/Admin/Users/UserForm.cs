using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Admin.Users;

/// <summary>What the Create and Edit pages share: role choices and where Identity's messages belong.</summary>
public static class UserForm
{
    /// <summary>The messages come from the calling page's <paramref name="text"/> (its resources hold both keys).</summary>
    public static IRuleBuilderOptions<T, List<string>> MustBeKnownRoles<T>(this IRuleBuilder<T, List<string>> rule, IStringLocalizer text) =>
        rule.NotEmpty().WithMessage(_ => text["Choose at least one role; a user without a role can see nothing."])
            .Must(roles => roles.All(r => Roles.All.Contains(r))).WithMessage(_ => text["Choose among {0}.", string.Join(", ", Roles.All)]);

    /// <summary>
    /// Puts Identity's errors next to the field they are about, all of a field's in one message (a field shows only its
    /// first); the user name is the e-mail address, so its errors go there too.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IdentityResult result, string passwordField, string? emailField = null)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var byField = result.Errors
            // With unique e-mails required, a taken address is reported twice (user name and e-mail); once is enough.
            .Where(e => !(e.Code == nameof(IdentityErrorDescriber.DuplicateUserName) && codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail))))
            .GroupBy(e => e.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                var c when emailField is not null && (c.Contains("Email", StringComparison.Ordinal) || c.Contains("UserName", StringComparison.Ordinal)) => emailField,
                _ => string.Empty,
            });
        foreach (var field in byField)
            modelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
    }
}
