using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HrScorecard.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Api;

/// <summary>
/// Turns invalid API input into RFC 9457 problem details that say what is wrong and where, instead of a 500:
/// domain validation errors carry their field path, JSON errors their position in the body.
/// </summary>
/// <remarks>
/// Title, detail and the error messages are in the request's language (texts in Resources/Api/ApiProblemHandler, which
/// also holds the endpoints' own refusals); the type, status and the error keys (JSON paths) never change with it.
/// </remarks>
public sealed class ApiProblemHandler(IProblemDetailsService problemDetails, IStringLocalizer<ApiProblemHandler> text) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DomainValidationException or BadHttpRequestException)) return false;

        // The exception handler runs outside request localisation (the culture it set ended with the failed request),
        // so the request's language is taken back from its feature. Async method: the change ends with this call.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } requestCulture)
        {
            CultureInfo.CurrentCulture = requestCulture.Culture;
            CultureInfo.CurrentUICulture = requestCulture.UICulture;
            // The handler starts from a cleared response, so the header request localisation added is gone.
            httpContext.Response.Headers.ContentLanguage = requestCulture.UICulture.Name;
        }

        var (status, field, detail) = exception switch
        {
            DomainValidationException e => (StatusCodes.Status400BadRequest, e.Field, e.Message),
            BadHttpRequestException { InnerException: JsonException json } => (
                StatusCodes.Status400BadRequest, FieldOf(json.Path), DescribeJsonError(json)),
            BadHttpRequestException e => (e.StatusCode, null, Reword(e)),
            _ => throw new UnreachableException(),
        };

        httpContext.Response.StatusCode = status;
        var problem = new HttpValidationProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? text["The request is not valid."] : text["The request cannot be processed."],
            Detail = detail,
        };
        if (field is not null) problem.Errors[field] = [detail];
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// For <c>AddProblemDetails</c>: the problems the framework writes for a bare status on the API (404, 415 via
    /// status code pages) get their title in the request's language too; this handler's own problems are left alone.
    /// </summary>
    public static void TranslateStatusTitle(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        if (context.Exception is not null || context.ProblemDetails.Title is not { } title
            || !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || http.Features.Get<IRequestCultureFeature>()?.RequestCulture is not { } requestCulture) return;

        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ApiProblemHandler>>();
        // Not an async method, so the caller's culture must be put back by hand.
        var callersCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = requestCulture.UICulture;
        try { context.ProblemDetails.Title = text[title]; }
        finally { CultureInfo.CurrentUICulture = callersCulture; }
    }

    private static string? FieldOf(string? jsonPath) =>
        jsonPath is null or "$" ? null : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    // System.Text.Json's own messages name .NET types (and are English only), so every JSON error is said plainly here.
    private string DescribeJsonError(JsonException json) => (json, FieldOf(json.Path)) switch
    {
        (NotAJudgmentException { Written: { } written }, var field) =>
            text["\"{0}\" is not a judgment: write a number such as 3 or a fraction such as \"1/3\" at {1}.", written, field ?? "$"],
        (NotAJudgmentException, var field) =>
            text["A judgment must be a number such as 3 or a fraction string such as \"1/3\" at {0}.", field ?? "$"],
        (_, { } field) => text["The body is not valid JSON for this endpoint at {0}: a value has the wrong type or the JSON is malformed.", field],
        _ => text["The body is not valid JSON for this endpoint: a value has the wrong type or the JSON is malformed."],
    };

    private string Reword(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => text["The request body is too large."],
        _ when e.Message.Contains("no body was provided", StringComparison.Ordinal) || e.Message.Contains("was not provided", StringComparison.Ordinal)
            => text["The request body is missing: send a JSON object (Content-Type: application/json)."],
        _ => text["The request cannot be read: send a JSON object (Content-Type: application/json)."],
    };
}
