using System.Net;
using System.Text.Json.Nodes;
using HrScorecard.Web.Tests.TestData;

namespace HrScorecard.Web.Tests.Api;

/// <summary>Every invalid body gets a 400 problem that says what is wrong and where (its JSON path); never a 500.</summary>
public class InvalidRequestTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Priorities = "/api/ahp/priorities";
    private const string Aggregate = "/api/ahp/aggregate";
    private const string Evaluate = "/api/scorecards/evaluate";

    /// <summary>A request that must be refused; <see cref="Field"/> null when the body as a whole is at fault.</summary>
    private sealed record Case(string Path, string Body, string? Field, string Mentions);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["a matrix that is not reciprocal"] = new(Priorities,
            """{"matrix": [[1, 3, "1/2"], ["1/3", 1, "1/4"], [3, 4, 1]]}""", "matrix[2][0]", "reciprocal"),
        ["a zero judgment"] = new(Priorities, """{"matrix": [[1, 0], [4, 1]]}""", "matrix[0][1]", "positive"),
        ["a negative judgment"] = new(Priorities, """{"matrix": [[1, -3], ["1/3", 1]]}""", "matrix[0][1]", "positive"),
        ["a judgment that is not a number"] = new(Priorities, """{"matrix": [[1, "abc"], ["1/3", 1]]}""", "matrix[0][1]", "abc"),
        ["a division by zero"] = new(Priorities, """{"matrix": [[1, "1/0"], [0, 1]]}""", "matrix[0][1]", "1/0"),
        ["a row shorter than the matrix"] = new(Priorities, """{"matrix": [[1, 3], ["1/3"]]}""", "matrix[1]", "Row 1"),
        ["a diagonal entry other than 1"] = new(Priorities, """{"matrix": [[1, 3], ["1/3", 2]]}""", "matrix[1][1]", "must be 1"),
        ["a 16×16 matrix"] = new(Priorities, $$"""{"matrix": {{Ones(16)}}}""", "matrix", "15"),
        ["an empty matrix"] = new(Priorities, """{"matrix": []}""", "matrix", "between 1 and 15"),
        ["no matrix"] = new(Priorities, "{}", "matrix", "required"),
        ["a missing row"] = new(Priorities, """{"matrix": [[1, 3], null]}""", "matrix[1]", "missing"),
        ["an empty body"] = new(Priorities, "", null, "body"),
        ["malformed JSON"] = new(Priorities, """{"matrix": [[1, 3], ["1/3", 1]""", null, "JSON"),
        ["a matrix written as a string"] = new(Priorities, """{"matrix": "1 3; 1/3 1"}""", "matrix", "wrong type"),
        ["an unknown method"] = new(Priorities, """{"matrix": [[1, 3], ["1/3", 1]], "method": "power"}""", "method", "geometric-mean"),
        ["judgments so far off Saaty's scale that the arithmetic would overflow"] = new(Priorities,
            """{"matrix": [[1, 1e308, 1e308], [1e-308, 1, 1e308], [1e-308, 1e-308, 1]]}""", "matrix[0][1]", "Saaty's scale"),
        ["a judgment just beyond Saaty's scale"] = new(Priorities, """{"matrix": [[1, 10], ["1/10", 1]]}""", "matrix[0][1]", "1/9 to 9"),
        ["respondents whose judgments would overflow the arithmetic"] = new(Aggregate,
            """{"matrices": [[[1, 1e308, 1e308], [1e-308, 1, 1e308], [1e-308, 1e-308, 1]]]}""", "matrices[0][0][1]", "Saaty's scale"),
        ["no respondents"] = new(Aggregate, """{"matrices": []}""", "matrices", "at least one"),
        ["a second respondent's matrix that is not reciprocal"] = new(Aggregate,
            """{"matrices": [[[1, 3], ["1/3", 1]], [[1, 3], [3, 1]]]}""", "matrices[1][1][0]", "reciprocal"),
        ["a negative respondent weight"] = new(Aggregate,
            """{"matrices": [[[1, 3], ["1/3", 1]], [[1, 2], ["1/2", 1]]], "respondentWeights": [-1, 1]}""", "respondentWeights[0]", "positive"),
        ["target 0 on a lower-is-better KPI"] = Scorecard(r => r.Kpi(0, 1)["target"] = 0,
            "root.children[0].children[1].kpi.target", "target"),
        ["a negative target on a higher-is-better KPI"] = Scorecard(r => r.Kpi(3, 0)["target"] = -70,
            "root.children[3].children[0].kpi.target", "positive"),
        ["a higher-is-better KPI without a target"] = Scorecard(r => r.Kpi(0, 0).Remove("target"),
            "root.children[0].children[0].kpi.target", "needs a target"),
        ["an OMAX KPI without its ladder"] = Scorecard(r => r.Kpi(0, 0)["method"] = "Omax",
            "root.children[0].children[0].kpi.omaxLevels", "eleven"),
        ["an OMAX ladder that goes down and up"] = Scorecard(r =>
            {
                r.Kpi(0, 0)["method"] = "Omax";
                r.Kpi(0, 0)["omaxLevels"] = new JsonArray(0, 10, 20, 30, 40, 35, 60, 70, 80, 90, 100);
            }, "root.children[0].children[0].kpi.omaxLevels[5]", "level 5"),
        ["an OMAX ladder of ten values"] = Scorecard(r =>
            {
                r.Kpi(0, 0)["method"] = "Omax";
                r.Kpi(0, 0)["omaxLevels"] = new JsonArray(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
            }, "root.children[0].children[0].kpi.omaxLevels", "11 values"),
        ["an unknown scoring method"] = Scorecard(r => r.Kpi(0, 0)["method"] = "BiggerIsBetter",
            "root.children[0].children[0].kpi.method", "JSON"),
        ["a KPI without a scoring method"] = Scorecard(r => r.Kpi(0, 0).Remove("method"),
            "root.children[0].children[0].kpi.method", "HigherIsBetter"),
        ["an actual written as a string"] = Scorecard(r => r.Kpi(0, 0)["actual"] = "93.75",
            "root.children[0].children[0].kpi.actual", "wrong type"),
        ["a score cap of 50"] = Scorecard(r => r["scoreCap"] = 50, "scoreCap", "at least 100"),
        ["a green threshold below the yellow one"] = Scorecard(r => r["thresholds"] = new JsonObject { ["yellowFrom"] = 80, ["greenFrom"] = 60 },
            "thresholds.greenFrom", "green threshold"),
        ["thresholds without a green one"] = Scorecard(r => r["thresholds"] = new JsonObject { ["yellowFrom"] = 60 },
            "thresholds.greenFrom", "greenFrom"),
        ["a node with both a KPI and children"] = Scorecard(r =>
                r.Perspective(0)["kpi"] = new JsonObject { ["method"] = "MustBeZero", ["actual"] = 0 },
            "root.children[0].children", "both a KPI and children"),
        ["a parent of two without comparisons or weights"] = Scorecard(r => r.Perspective(0).Remove("comparisons"),
            "root.children[0].weights", "no weights"),
        ["a parent with both comparisons and weights"] = Scorecard(r => r.Perspective(0)["weights"] = new JsonArray(0.2, 0.8),
            "root.children[0].weights", "both comparisons and weights"),
        ["weights that do not sum to 1"] = Scorecard(r =>
            {
                r.Perspective(0).Remove("comparisons");
                r.Perspective(0)["weights"] = new JsonArray(0.3, 0.3);
            }, "root.children[0].weights", "sum to 1"),
        ["a comparison of more items than children"] = Scorecard(r =>
                r.Perspective(0)["comparisons"] = JsonNode.Parse("""[[1, 2, 3], ["1/2", 1, 2], ["1/3", "1/2", 1]]"""),
            "root.children[0].comparisons", "3"),
        ["a perspective's comparison that is not reciprocal"] = Scorecard(r =>
                r.Perspective(1)["comparisons"] = JsonNode.Parse("""[[1, 3, "1/2"], ["1/3", 1, "1/4"], [3, 4, 1]]"""),
            "root.children[1].comparisons[2][0]", "reciprocal"),
        ["a perspective's comparison that would overflow the arithmetic"] = Scorecard(r =>
                r.Perspective(1)["comparisons"] = JsonNode.Parse("[[1, 1e308, 1e308], [1e-308, 1, 1e308], [1e-308, 1e-308, 1]]"),
            "root.children[1].comparisons[0][1]", "Saaty's scale"),
        ["an actual whose score is too large to represent"] = Scorecard(r =>
            {
                r.Kpi(0, 0)["target"] = 0.001;
                r.Kpi(0, 0)["actual"] = 1e308;
            }, "root.children[0].children[0].kpi.actual", "too large"),
        ["a KPI without a name"] = Scorecard(r => r.Perspective(2)["children"]![1]!.AsObject().Remove("name"),
            "root.children[2].children[1].name", "name"),
        ["a node with neither a KPI nor children"] = Scorecard(r => r.Perspective(3)["children"] = new JsonArray(),
            "root.children[3]", "neither"),
        ["no root"] = Scorecard(r => r.Remove("root"), "root", "root"),
    };

    public static TheoryData<string> InvalidRequests() => [.. Cases.Keys];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task An_invalid_request_is_answered_with_a_400_problem_that_names_the_field(string because)
    {
        var (path, body, field, mentions) = Cases[because];

        var response = await _client.PostJsonAsync(path, body);

        var message = await ProblemAssert.IsBadRequestAsync(response, field);
        Assert.Contains(mentions, message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_without_a_500()
    {
        var response = await _client.PostAsync(new Uri(Priorities, UriKind.Relative), new StringContent("matrix=1", null, "text/plain"));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static Case Scorecard(Action<JsonObject> change, string field, string mentions)
    {
        var request = RodaEmasJaya.Request();
        change(request);
        return new(Evaluate, request.ToJsonString(), field, mentions);
    }

    private static string Ones(int size) =>
        "[" + string.Join(", ", Enumerable.Repeat("[" + string.Join(", ", Enumerable.Repeat(1, size)) + "]", size)) + "]";
}
