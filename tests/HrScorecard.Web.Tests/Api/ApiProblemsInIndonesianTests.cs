using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HrScorecard.Web.Tests.TestData;

namespace HrScorecard.Web.Tests.Api;

/// <summary>
/// The API's problems speak the request's language (Accept-Language, culture cookie or query string): title, detail and
/// the field messages, whether written by the endpoints, by the JSON reading or by the domain. What clients match on
/// (type, status, the error keys and the property names) is the same in every language (RFC 9457).
/// </summary>
public class ApiProblemsInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Priorities = "/api/ahp/priorities";
    private const string Aggregate = "/api/ahp/aggregate";
    private const string Evaluate = "/api/scorecards/evaluate";

    /// <summary>A refused request; <see cref="Field"/> null when the body as a whole is at fault (then the detail is checked).</summary>
    private sealed record Case(string Path, string Body, string? Field, string English, string Indonesian);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["a zero judgment (the domain's message)"] = new(Priorities, """{"matrix": [[1, 0], [4, 1]]}""", "matrix[0][1]",
            "Entry [0][1] must be a positive number (Saaty's scale runs from 1/9 to 9), but is 0.",
            "Sel [0][1] harus berupa angka positif (skala Saaty berkisar dari 1/9 sampai 9), tetapi nilainya 0."),
        ["a 16×16 matrix (the domain's message)"] = new(Priorities, $$"""{"matrix": {{Ones(16)}}}""", "matrix",
            "A pairwise comparison needs between 1 and 15 items, but 16 were given.",
            "Perbandingan berpasangan memerlukan 1 sampai 15 item, tetapi yang diberikan 16."),
        ["a missing row"] = new(Priorities, """{"matrix": [[1, 3], null]}""", "matrix[1]",
            "Row 1 of the matrix is missing.",
            "Baris 1 dari matriks tidak ada."),
        ["no matrix"] = new(Priorities, "{}", "matrix",
            "A pairwise matrix is required: a list of rows of judgments.",
            "Matriks perbandingan berpasangan wajib diisi: daftar baris berisi nilai perbandingan."),
        ["an unknown method"] = new(Priorities, """{"matrix": [[1, 3], ["1/3", 1]], "method": "power"}""", "method",
            "Unknown method \"power\": use \"eigenvector\" (the default) or \"geometric-mean\".",
            "Metode \"power\" tidak dikenal: gunakan \"eigenvector\" (bawaan) atau \"geometric-mean\"."),
        ["a judgment that is not a number"] = new(Priorities, """{"matrix": [[1, "abc"], ["1/3", 1]]}""", "matrix[0][1]",
            "\"abc\" is not a judgment: write a number such as 3 or a fraction such as \"1/3\" at matrix[0][1].",
            "\"abc\" di matrix[0][1] bukan nilai perbandingan: tulis angka seperti 3 atau pecahan seperti \"1/3\"."),
        ["a judgment written as true"] = new(Priorities, """{"matrix": [[1, true], ["1/3", 1]]}""", "matrix[0][1]",
            "A judgment must be a number such as 3 or a fraction string such as \"1/3\" at matrix[0][1].",
            "Nilai perbandingan di matrix[0][1] harus berupa angka seperti 3 atau pecahan dalam teks seperti \"1/3\"."),
        ["a matrix written as a string"] = new(Priorities, """{"matrix": "1 3; 1/3 1"}""", "matrix",
            "The body is not valid JSON for this endpoint at matrix: a value has the wrong type or the JSON is malformed.",
            "Isi permintaan bukan JSON yang valid untuk endpoint ini di matrix: ada nilai dengan tipe yang salah atau JSON-nya tidak tersusun dengan benar."),
        ["an empty body"] = new(Priorities, "", null,
            "The request body is missing: send a JSON object (Content-Type: application/json).",
            "Isi permintaan kosong: kirim sebuah objek JSON (Content-Type: application/json)."),
        ["no respondents"] = new(Aggregate, """{"matrices": []}""", "matrices",
            "Give at least one respondent's matrix in \"matrices\".",
            "Isi \"matrices\" dengan matriks dari sedikitnya satu responden."),
        ["a KPI without a scoring method"] = Scorecard(r => r.Kpi(0, 0).Remove("method"), "root.children[0].children[0].kpi.method",
            "Give the KPI's scoring method: HigherIsBetter, LowerIsBetter, MustBeZero, MustBeOne or Omax.",
            "Isi metode penilaian KPI: HigherIsBetter, LowerIsBetter, MustBeZero, MustBeOne, atau Omax."),
        ["a node with both a KPI and children (its name as written)"] = Scorecard(r =>
                r.Perspective(0)["kpi"] = new JsonObject { ["method"] = "MustBeZero", ["actual"] = 0 },
            "root.children[0].children",
            "\"Financial\" has both a KPI and children: a node is one or the other.",
            "\"Financial\" memiliki KPI sekaligus anak: sebuah simpul hanya boleh salah satunya."),
        ["thresholds without a green one"] = Scorecard(r => r["thresholds"] = new JsonObject { ["yellowFrom"] = 60 },
            "thresholds.greenFrom",
            "Give the green threshold (greenFrom).",
            "Isi ambang hijau (greenFrom)."),
        ["a higher-is-better KPI without a target (the domain's message)"] = Scorecard(r => r.Kpi(0, 0).Remove("target"),
            "root.children[0].children[0].kpi.target",
            "A higher-is-better KPI needs a target.",
            "KPI dengan metode \"lebih tinggi lebih baik\" memerlukan target."),
    };

    public static TheoryData<string> InvalidRequests() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task With_Accept_Language_id_ID_the_problem_is_in_Indonesian_and_matches_the_English_one_in_type_status_and_keys(string because)
    {
        var (path, body, field, english, indonesian) = Cases[because];

        var (inIndonesian, indonesianResponse) = await ProblemAsync(path, body, "id-ID");
        var (inEnglish, _) = await ProblemAsync(path, body, "en-US");

        Assert.Equal("Permintaan tidak valid.", inIndonesian.GetProperty("title").GetString());
        Assert.Equal(indonesian, Message(inIndonesian, field));
        Assert.Equal(english, Message(inEnglish, field));
        Assert.Equal(["id-ID"], indonesianResponse.Content.Headers.ContentLanguage);
        AssertSameMachineReadableParts(inEnglish, inIndonesian);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData(null)]
    public async Task In_English_or_without_a_language_the_problems_stay_English(string? language)
    {
        foreach (var (path, body, field, english, _) in Cases.Values)
        {
            var (problem, response) = await ProblemAsync(path, body, language);

            Assert.Equal("The request is not valid.", problem.GetProperty("title").GetString());
            Assert.Equal(english, Message(problem, field));
            Assert.Equal(["en-US"], response.Content.Headers.ContentLanguage);
        }
    }

    [Fact]
    public async Task The_culture_in_the_query_string_or_cookie_makes_the_problem_Indonesian_too()
    {
        var (_, body, field, _, indonesian) = Cases["a missing row"];
        var client = factory.CreateClient();

        var viaQuery = await Read(await client.PostJsonAsync(Priorities + "?culture=id-ID&ui-culture=id-ID", body));
        using var request = new HttpRequestMessage(HttpMethod.Post, Priorities)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Did-ID%7Cuic%3Did-ID");
        var viaCookie = await Read(await client.SendAsync(request));

        Assert.Equal(indonesian, Message(viaQuery.Problem, field));
        Assert.Equal(indonesian, Message(viaCookie.Problem, field));
    }

    [Theory]
    [InlineData("POST", "text/plain", HttpStatusCode.UnsupportedMediaType, "Unsupported Media Type", "Tipe Media Tidak Didukung")]
    [InlineData("GET", null, HttpStatusCode.NotFound, "Not Found", "Tidak Ditemukan")]
    public async Task A_request_the_endpoint_cannot_take_is_refused_with_an_Indonesian_title_and_the_same_status_and_type(
        string method, string? contentType, HttpStatusCode status, string englishTitle, string indonesianTitle)
    {
        var client = factory.CreateClient();
        async Task<(JsonElement Problem, HttpResponseMessage Response)> SendAsync(string language)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Priorities);
            if (contentType is not null) request.Content = new StringContent("matrix=1", null, contentType);
            request.Headers.AcceptLanguage.ParseAdd(language);
            return await Read(await client.SendAsync(request));
        }

        var (indonesian, response) = await SendAsync("id-ID");
        var (english, _) = await SendAsync("en-US");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(indonesianTitle, indonesian.GetProperty("title").GetString());
        Assert.Equal(englishTitle, english.GetProperty("title").GetString());
        Assert.Equal(["id-ID"], response.Content.Headers.ContentLanguage);
        AssertSameMachineReadableParts(english, indonesian);
    }

    [Fact]
    public async Task An_answer_says_its_language_and_its_JSON_does_not_change_with_it()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        const string body = """{"matrix": [[1, 3], ["1/3", 1]]}""";

        var response = await client.PostJsonAsync(Priorities, body);
        var english = await factory.CreateClient().PostForResultAsync(Priorities, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["id-ID"], response.Content.Headers.ContentLanguage);
        Assert.Equal(english.GetRawText(), await response.Content.ReadAsStringAsync());
    }

    private async Task<(JsonElement Problem, HttpResponseMessage Response)> ProblemAsync(string path, string body, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var result = await Read(await factory.CreateClient().SendAsync(request));
        Assert.True(result.Response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)result.Response.StatusCode}: {result.Problem}");
        return result;
    }

    private static async Task<(JsonElement Problem, HttpResponseMessage Response)> Read(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, response);
    }

    /// <summary>The message under <paramref name="field"/>, which must also be the detail; the detail alone when no field.</summary>
    private static string? Message(JsonElement problem, string? field)
    {
        var detail = problem.GetProperty("detail").GetString();
        if (field is null)
        {
            Assert.False(problem.TryGetProperty("errors", out var none) && none.EnumerateObject().Any(), $"No field expected: {problem}");
            return detail;
        }
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error under \"{field}\", got: {errors}");
        Assert.Equal(detail, messages[0].GetString());
        return detail;
    }

    private static void AssertSameMachineReadableParts(JsonElement english, JsonElement indonesian)
    {
        static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
        static string[] ErrorKeys(JsonElement e) => e.TryGetProperty("errors", out var errors) ? Names(errors) : [];

        Assert.Equal(Names(english), Names(indonesian));
        Assert.Equal(english.GetProperty("type").GetString(), indonesian.GetProperty("type").GetString());
        Assert.Equal(english.GetProperty("status").GetInt32(), indonesian.GetProperty("status").GetInt32());
        Assert.Equal(ErrorKeys(english), ErrorKeys(indonesian));
        Assert.NotEqual(english.GetProperty("title").GetString(), indonesian.GetProperty("title").GetString());
    }

    private static Case Scorecard(Action<JsonObject> change, string field, string english, string indonesian)
    {
        var request = RodaEmasJaya.Request();
        change(request);
        return new(Evaluate, request.ToJsonString(), field, english, indonesian);
    }

    private static string Ones(int size) =>
        "[" + string.Join(", ", Enumerable.Repeat("[" + string.Join(", ", Enumerable.Repeat(1, size)) + "]", size)) + "]";
}
