using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Rounds;
using HrScorecard.Web.Tests.Support;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The weighting rounds, a director's questionnaire, the improvement actions and the public AHP calculator in Bahasa
/// Indonesia, chosen by the browser's Accept-Language; the same pages stay English for en-US.
/// </summary>
public sealed class RoundsInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return HtmlForm.Parse(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("id-ID", "Putaran pembobotan", "Putaran pembobotan baru")]
    [InlineData("en-US", "Weighting rounds", "New weighting round")]
    public async Task The_list_of_weighting_rounds_speaks_the_browser_language(string language, string heading, string newRound)
    {
        var hr = await factory.SignedInAsAsync("HR");

        var page = await GetAsync(hr, "/Rounds/Index", language);

        Assert.Equal(heading, Text(page, "main h1"));
        Assert.Equal(newRound, Text(page, "#new-round"));
    }

    [Fact]
    public async Task A_director_answers_a_questionnaire_in_Indonesian_with_Saaty_verbal_scale()
    {
        var scorecard = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), scorecard.Id, ("director1@demo.local", null));
        var set = (await RoundSteps.SetsAsync(factory, roundId))[1];
        var director = await factory.SignedInAsAsync("Director");

        var page = await GetAsync(director, RoundSteps.AnswerUrl(roundId, set.Id), "id-ID");

        Assert.Equal("Terhadap Financial, KPI mana yang lebih penting?", Text(page, "#statement"));
        string TitleOf(string point) => page.QuerySelector($"#pairs tr.pair input[value='{point}']")!.ParentElement!.GetAttribute("title")!;
        Assert.Equal("Financial KPI 1 mutlak lebih penting dibanding Financial KPI 2 (9)", TitleOf("9"));
        Assert.Equal("Financial KPI 1 sedikit lebih penting dibanding Financial KPI 2 (3)", TitleOf("3"));
        Assert.Equal("Financial KPI 1 dan Financial KPI 2 sama penting", TitleOf("1"));
        Assert.Equal("Financial KPI 2 antara lebih penting dan sangat lebih penting dibanding Financial KPI 1 (6)", TitleOf("-6"));
        Assert.Equal("Kirim", Text(page, "#submit"));
        Assert.Equal("Simpan draf", Text(page, "#save"));
        var live = page.QuerySelector("#live-result")!;
        Assert.Equal("konsisten", live.GetAttribute("data-text-consistent"));
        Assert.StartsWith("tidak konsisten", live.GetAttribute("data-text-not-consistent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_questionnaire_stays_English_in_en_US()
    {
        var scorecard = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), scorecard.Id, ("director1@demo.local", null));
        var set = (await RoundSteps.SetsAsync(factory, roundId))[1];
        var director = await factory.SignedInAsAsync("Director");

        var page = await GetAsync(director, RoundSteps.AnswerUrl(roundId, set.Id), "en-US");

        Assert.Equal("With respect to Financial, which KPI matters more?", Text(page, "#statement"));
        Assert.Equal("Financial KPI 2 is strongly to very strongly more important than Financial KPI 1 (6)",
            page.QuerySelector("#pairs tr.pair input[value='-6']")!.ParentElement!.GetAttribute("title"));
        Assert.Equal("consistent", page.QuerySelector("#live-result")!.GetAttribute("data-text-consistent"));
    }

    [Fact]
    public async Task The_root_cause_and_improvement_actions_page_speaks_Indonesian()
    {
        var hr = await factory.SignedInAsAsync("HR");
        var code = await factory.WithDbAsync(db => Task.FromResult(db.Kpis.First(k => k.Scorecard!.Name == DemoData.ScorecardName).Code));
        var url = $"/Actions/Edit?nodeId={await DemoScorecard.KpiNodeIdAsync(factory, code)}&periodId={await DemoScorecard.PeriodIdAsync(factory, "2022")}";

        var page = await GetAsync(hr, url, "id-ID");

        Assert.Equal("Akar masalah dan tindakan perbaikan", Text(page, "main h1"));
        Assert.Equal("Akar masalah", Text(page, "label[for='Input_RootCause']"));
        Assert.Equal("Penanggung jawab", Text(page, "label[for='Input_NewAction_Owner']"));
        Assert.Equal("Tenggat", Text(page, "label[for='Input_NewAction_DueDate']"));
        Assert.Equal(["Direncanakan", "Sedang berjalan", "Selesai"],
            page.QuerySelectorAll("#Input_NewAction_Status option").Select(o => o.TextContent.Trim()));
        Assert.Equal("Simpan", Text(page, "#save-actions"));
    }

    [Fact]
    public async Task The_AHP_calculator_speaks_Indonesian_with_Saaty_verbal_scale()
    {
        var page = await GetAsync(factory.AnonymousClient(), "/Ahp", "id-ID");

        Assert.Equal("Kalkulator AHP", Text(page, "main h1"));
        Assert.Equal("Jumlah item", Text(page, "label[for='size']"));
        var options = page.QuerySelectorAll("#Input_Judgments_0 option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(17, options.Count);
        Assert.Contains("Keuangan dan Pelanggan sama penting", options);
        Assert.Contains("Keuangan sangat lebih penting dibanding Pelanggan (7)", options);
        Assert.Contains("Pelanggan antara sama penting dan sedikit lebih penting dibanding Keuangan (2)", options);
        Assert.Equal("Langsung", page.QuerySelector("#live-result")!.GetAttribute("data-text-live"));
    }

    [Fact]
    public async Task The_AHP_result_is_explained_in_Indonesian()
    {
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var form = await HtmlForm.FromPageAsync(client, "/Ahp?size=3", "#ahp-form");

        var response = await form.Set("Input.Names[0]", "Alpha").Set("Input.Names[1]", "Beta").Set("Input.Names[2]", "Gamma")
            .Set("Input.Judgments[0]", "9").Set("Input.Judgments[1]", "-9").Set("Input.Judgments[2]", "9").PostAsync();

        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Tidak konsisten: CR = ", Text(page, "#verdict"), StringComparison.Ordinal);
        Assert.StartsWith("Tinjau ulang terlebih dahulu:", Text(page, "#reconsider"), StringComparison.Ordinal);
        Assert.Contains(" mutlak lebih penting dibanding ", Text(page, "#reconsider"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unnamed_item_in_the_AHP_calculator_is_explained_in_Indonesian_next_to_the_field()
    {
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var form = await HtmlForm.FromPageAsync(client, "/Ahp?size=3", "#ahp-form");

        var response = await form.Set("Input.Names[0]", "Alpha").Set("Input.Names[1]", "").Set("Input.Names[2]", "Gamma").PostAsync();

        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Beri nama item ini.", Text(page, "span[data-valmsg-for='Input.Names[1]']"));
    }
}
