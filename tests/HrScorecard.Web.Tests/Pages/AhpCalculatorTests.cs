using System.Net;
using System.Text.RegularExpressions;

namespace HrScorecard.Web.Tests.Pages;

/// <summary>The public AHP calculator at /Ahp, used as a browser without JavaScript would: real form posts with antiforgery.</summary>
public class AhpCalculatorTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_calculator_opens_with_the_four_perspectives_and_six_comparisons_set_to_equal()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Financial", "Customer", "Internal Business Process", "Learning & Growth"], page.ItemNames);
        Assert.Equal(6, page.Judgments.Count);
        Assert.All(page.Judgments, j => Assert.Equal("1", j));
        Assert.True(page.HasAntiforgeryToken);
        Assert.False(page.HasResult);
    }

    [Fact]
    public async Task Six_items_need_fifteen_comparisons()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client, size: 6);

        Assert.Equal(6, page.ItemNames.Count);
        Assert.Equal(15, page.Judgments.Count);
    }

    [Fact]
    public async Task The_worked_example_judgments_are_consistent_with_CR_0_0777_and_the_exact_weights()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client);

        // F–C 3, F–IBP 5, F–L&G 4, C–IBP 3, C–L&G 1/2 (L&G twice as important), IBP–L&G 1/5.
        var result = await page.Judge(3, 5, 4, 3, -2, -5).CalculateAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Consistent: CR = 0.0777", result.Verdict, StringComparison.Ordinal);
        Assert.Equal("0.0777", result.ConsistencyRatio);
        Assert.Equal("0.5424", result.Weights["Financial"]);
        Assert.Equal("0.1540", result.Weights["Customer"]);
        Assert.Equal("0.0647", result.Weights["Internal Business Process"]);
        Assert.Equal("0.2389", result.Weights["Learning & Growth"]);
        Assert.StartsWith("Least consistent judgment:", result.Reconsider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_calculating_the_form_keeps_the_answers_given()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client);

        var result = await page.Judge(3, 5, 4, 3, -2, -5).CalculateAsync();

        Assert.Equal(["3", "5", "4", "3", "-2", "-5"], result.Judgments);
        Assert.Equal("Learning & Growth", result.ItemNames[3]);
    }

    [Fact]
    public async Task A_circular_set_of_judgments_is_not_consistent_and_the_pair_to_reconsider_is_named()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client, size: 3);

        // A is 9 times B, B is 9 times C, yet C is 9 times A.
        var result = await page.Name(0, "Alpha").Name(1, "Beta").Name(2, "Gamma").Judge(9, -9, 9).CalculateAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Not consistent: CR = ", result.Verdict, StringComparison.Ordinal);
        var reconsider = Regex.Match(result.Reconsider ?? "", "^Reconsider first: (Alpha|Beta|Gamma) vs (Alpha|Beta|Gamma)\\.");
        Assert.True(reconsider.Success, $"No pair named to reconsider: \"{result.Reconsider}\"");
        Assert.NotEqual(reconsider.Groups[1].Value, reconsider.Groups[2].Value);
    }

    [Fact]
    public async Task The_row_geometric_mean_can_be_chosen_and_is_named_as_such()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client);

        var result = await page.Judge(3, 5, 4, 3, -2, -5).UseMethod("geometric-mean").CalculateAsync();

        Assert.Contains("Row geometric mean", result.Html, StringComparison.Ordinal);
        Assert.Equal("0.5330", result.Weights["Financial"]);
        Assert.Equal("0.0777", result.ConsistencyRatio); // consistency belongs to the judgments, not the method
    }

    [Fact]
    public async Task A_blank_item_name_is_shown_next_to_the_field_and_nothing_is_calculated()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client);

        var result = await page.Name(1, "").Judge(3, 5, 4, 3, -2, -5).CalculateAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Give this item a name.", result.MessageNextTo("Input.Names[1]"));
        Assert.Null(result.MessageNextTo("Input.Names[0]"));
        Assert.False(result.HasResult);
        Assert.Null(result.Verdict);
    }

    [Fact]
    public async Task Two_items_with_the_same_name_are_refused()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client, size: 3);

        var result = await page.Name(0, "Pay").Name(1, "pay ").CalculateAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Two items have the same name", result.Html, StringComparison.Ordinal);
        Assert.False(result.HasResult);
    }

    [Fact]
    public async Task A_point_off_the_scale_is_refused_next_to_its_comparison()
    {
        var page = await AhpCalculatorPage.OpenAsync(_client, size: 3);

        var result = await page.Judge(3, 0, 2).CalculateAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Choose a point of the scale", result.MessageNextTo("Input.Judgments[1]"), StringComparison.Ordinal);
        Assert.False(result.HasResult);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var response = await _client.PostAsync(new Uri("/Ahp", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Size"] = "2", ["Input.Names[0]"] = "A", ["Input.Names[1]"] = "B", ["Input.Judgments[0]"] = "3",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
