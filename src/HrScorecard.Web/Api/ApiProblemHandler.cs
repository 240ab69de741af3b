using System.Text.Json;
using HrScorecard.Domain;
using Microsoft.AspNetCore.Diagnostics;

namespace HrScorecard.Web.Api;

/// <summary>
/// Turns invalid API input into RFC 9457 problem details that say what is wrong and where, instead of a 500:
/// domain validation errors carry their field path, JSON errors their position in the body.
/// </summary>
public sealed class ApiProblemHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, field, detail) = exception switch
        {
            DomainValidationException e => (StatusCodes.Status400BadRequest, e.Field, e.Message),
            BadHttpRequestException { InnerException: JsonException json } => (
                StatusCodes.Status400BadRequest, FieldOf(json.Path), DescribeJsonError(json)),
            BadHttpRequestException e => (e.StatusCode, null, Reword(e.Message)),
            _ => (0, null, null),
        };
        if (status == 0) return false;

        httpContext.Response.StatusCode = status;
        var problem = new HttpValidationProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "The request is not valid." : "The request cannot be processed.",
            Detail = detail,
        };
        if (field is not null) problem.Errors[field] = [detail!];
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string? FieldOf(string? jsonPath) =>
        jsonPath is null or "$" ? null : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    private static string DescribeJsonError(JsonException json)
    {
        var where = FieldOf(json.Path) is { } field ? $" at {field}" : "";
        // Our converters explain themselves; System.Text.Json's own messages name .NET types, so say it plainly.
        return json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            || json.Message.Contains("Path:", StringComparison.Ordinal)
            || json.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase)
            ? $"The body is not valid JSON for this endpoint{where}: a value has the wrong type or the JSON is malformed."
            : $"{json.Message.TrimEnd('.')}{where}.";
    }

    private static string Reword(string message) =>
        message.Contains("no body was provided", StringComparison.Ordinal) || message.Contains("was not provided", StringComparison.Ordinal)
            ? "The request body is missing: send a JSON object (Content-Type: application/json)."
            : message;
}
