using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HrScorecard.Web.Forms;

public static class ValidationExtensions
{
    /// <summary>
    /// Runs a FluentValidation validator explicitly (never auto-validation, see STYLE.md) and copies its errors into
    /// ModelState under <paramref name="prefix"/>, so each message appears next to its field.
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T input, ModelStateDictionary modelState,
        string prefix = "Input")
    {
        var result = await validator.ValidateAsync(input);
        foreach (var error in result.Errors)
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return modelState.IsValid;
    }
}
