using System.Text.Json;
using System.Text.Json.Serialization;
using HrScorecard.Domain.Ahp;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HrScorecard.Web.Api;

/// <summary>One matrix entry as clients write it: a JSON number (3, 0.5) or an exact fraction string ("1/3").</summary>
[JsonConverter(typeof(JudgmentEntryConverter))]
public readonly record struct JudgmentEntry(double Value)
{
    public static Task DescribeInOpenApi(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        if (context.JsonTypeInfo.Type == typeof(JudgmentEntry))
        {
            schema.Type = null;
            schema.Properties?.Clear();
            schema.Description = "A judgment on Saaty's scale: a positive number (3, 0.5) or a fraction string (\"1/3\").";
            schema.OneOf =
            [
                new OpenApiSchema { Type = JsonSchemaType.Number },
                new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\s*[0-9.]+\s*/\s*[0-9.]+\s*$" },
            ];
        }
        return Task.CompletedTask;
    }
}

public sealed class JudgmentEntryConverter : JsonConverter<JudgmentEntry>
{
    public override JudgmentEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => new JudgmentEntry(reader.GetDouble()),
            JsonTokenType.String when Judgment.TryParse(reader.GetString(), out var value) => new JudgmentEntry(value),
            JsonTokenType.String => throw new NotAJudgmentException(reader.GetString()),
            _ => throw new NotAJudgmentException(null),
        };

    public override void Write(Utf8JsonWriter writer, JudgmentEntry value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}

/// <summary>
/// A matrix entry that is neither a number nor a fraction. Its own type, so that <see cref="ApiProblemHandler"/> can say
/// so in the request's language (a converter has no localizer); the message is the English fallback.
/// </summary>
public sealed class NotAJudgmentException(string? written) : JsonException(written is null
    ? "A judgment must be a number such as 3 or a fraction string such as \"1/3\"."
    : $"\"{written}\" is not a judgment: write a number such as 3 or a fraction such as \"1/3\".")
{
    /// <summary>The string the client wrote; null when the entry was not a string at all (true, an object, ...).</summary>
    public string? Written { get; } = written;
}
