using System.Net;
using System.Text.Json;

namespace HrScorecard.Web.Tests.Api;

/// <summary>Checks the contract for invalid input: 400, RFC 9457 problem details, the message filed under the field's JSON path.</summary>
internal static class ProblemAssert
{
    /// <summary>Returns the message filed under <paramref name="field"/> (or the detail when the whole body is at fault).</summary>
    public static async Task<string> IsBadRequestAsync(HttpResponseMessage response, string? field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"Invalid input caused a 500: {body}");
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (field is null)
        {
            var detail = problem.GetProperty("detail").GetString();
            Assert.False(string.IsNullOrWhiteSpace(detail), $"The problem does not say what is wrong: {body}");
            return detail!;
        }

        Assert.True(problem.TryGetProperty("errors", out var errors), $"The problem has no errors object: {body}");
        Assert.True(errors.TryGetProperty(field, out var messages),
            $"Expected an error under \"{field}\", got: {errors.GetRawText()}");
        var message = messages.EnumerateArray().First().GetString();
        Assert.False(string.IsNullOrWhiteSpace(message), $"The error under \"{field}\" is empty.");
        return message!;
    }
}
