using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Support;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// Key pages in both languages chosen by the browser's Accept-Language: translated words, and numbers in the culture's
/// format (id-ID: decimal comma). The demo accounts keep no saved language here, so only the header decides.
/// </summary>
public sealed class LocalisedPagesTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return HtmlForm.Parse(html);
    }

    private static List<string> NavLabels(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("nav .navbar-nav a.nav-link, nav .navbar-nav form[action='/Account/Logout'] button").Select(e => e.TextContent.Trim())];

    [Theory]
    [InlineData("id-ID", "id", "Masuk", "Kata sandi", "Kalkulator AHP")]
    [InlineData("en-US", "en", "Sign in", "Password", "AHP calculator")]
    public async Task The_login_page_speaks_the_browser_language(string language, string htmlLang, string signIn, string password, string calculator)
    {
        var page = await GetAsync(factory.AnonymousClient(), "/Account/Login", language);

        Assert.Equal(htmlLang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(signIn, Text(page, "main h1"));
        Assert.Equal(signIn, Text(page, "#login-form button[type=submit]"));
        Assert.Equal(password, Text(page, "label[for='Input_Password']"));
        Assert.Contains(calculator, NavLabels(page));
        Assert.Contains(signIn, NavLabels(page));
    }

    [Fact]
    public async Task A_login_failure_is_explained_in_Indonesian()
    {
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");

        var response = await form.Set("Input.Email", "").Set("Input.Password", "wrong").PostAsync();

        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Masukkan alamat email Anda.", Text(page, "span[data-valmsg-for='Input.Email']"));
    }

    [Theory]
    [InlineData("id-ID", "Bobotkan perspektif", "Buka kalkulator")]
    [InlineData("en-US", "Weight your HR perspectives", "Open the calculator")]
    public async Task The_home_page_speaks_the_browser_language(string language, string lead, string open)
    {
        var page = await GetAsync(factory.AnonymousClient(), "/", language);

        Assert.StartsWith(lead, Text(page, "main .lead"), StringComparison.Ordinal);
        Assert.Contains(open, page.QuerySelectorAll("main a.btn").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("id-ID", new[] { "Dasbor", "Kalkulator AHP", "Keluar" }, "Indeks keseluruhan", "Perspektif", "Pohon scorecard", "Unduh laporan PDF")]
    [InlineData("en-US", new[] { "Dashboard", "AHP calculator", "Sign out" }, "Overall index", "Perspectives", "Scorecard tree", "Download PDF report")]
    public async Task The_dashboard_speaks_the_browser_language(string language, string[] nav, string overall, string perspectives, string tree, string pdf)
    {
        var client = await factory.SignedInAsAsync("Manager");

        var page = await GetAsync(client, "/Dashboard/Index", language);

        Assert.Equal(nav, NavLabels(page));
        Assert.StartsWith(overall + " · " + DemoData.ScorecardName, Text(page, "#overall-heading"), StringComparison.Ordinal);
        Assert.Equal(perspectives, Text(page, "#perspectives-heading"));
        Assert.Equal(tree, Text(page, "#tree-heading"));
        Assert.Equal(pdf, Text(page, "#download-pdf"));
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    public async Task The_overall_index_and_the_lights_are_printed_in_the_culture_of_the_browser(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var client = await factory.SignedInAsAsync("Manager");
        var period = await DemoScorecard.PeriodIdAsync(factory, "2022");
        var expected = await DemoScorecard.EvaluateAsync(factory, "2022");

        var page = await GetAsync(client, $"/Dashboard/Index?scorecardId={await DemoScorecard.IdAsync(factory)}&periodId={period}", language);

        var index = expected.Root.Score!.Value;
        Assert.Equal(index.ToString("0.00", culture), Text(page, "#overall-index"));
        // The guide's worked example is 141.79: a decimal comma in Indonesian, a point in English.
        Assert.Equal(language == "id-ID" ? "141,79" : "141.79", Text(page, "#overall-index"));
        var light = page.QuerySelector("#overall-light .traffic-light-label")!.TextContent.Trim();
        var words = language == "id-ID" ? new[] { "Merah", "Kuning", "Hijau", "Tidak ada data" } : new[] { "Red", "Yellow", "Green", "No data" };
        Assert.Equal(words[LightIndex(expected.Root.Light)], light);
    }

    private static int LightIndex(HrScorecard.Domain.Scoring.TrafficLight light) => light switch
    {
        HrScorecard.Domain.Scoring.TrafficLight.Red => 0,
        HrScorecard.Domain.Scoring.TrafficLight.Yellow => 1,
        HrScorecard.Domain.Scoring.TrafficLight.Green => 2,
        _ => 3,
    };

    [Fact]
    public async Task Every_traffic_light_word_on_the_Indonesian_dashboard_is_Indonesian()
    {
        var client = await factory.SignedInAsAsync("Manager");

        var page = await GetAsync(client, "/Dashboard/Index", "id-ID");

        var words = page.QuerySelectorAll(".traffic-light").Select(l => (l.GetAttribute("data-light"), l.QuerySelector(".traffic-light-label")!.TextContent.Trim())).Distinct().ToList();
        Assert.NotEmpty(words);
        foreach (var (light, word) in words)
            Assert.Equal(light switch { "Red" => "Merah", "Yellow" => "Kuning", "Green" => "Hijau", _ => "Tidak ada data" }, word);
    }

    [Fact]
    public async Task The_KPI_page_speaks_Indonesian()
    {
        var client = await factory.SignedInAsAsync("Manager");
        var node = await DemoScorecard.KpiNodeIdAsync(factory, await factory.WithDbAsync(db => Task.FromResult(db.Kpis.First(k => k.Scorecard!.Name == DemoData.ScorecardName).Code)));

        var page = await GetAsync(client, $"/Dashboard/Kpi?nodeId={node}", "id-ID");

        Assert.Equal("Cara KPI ini dinilai", Text(page, "#formula-heading"));
        Assert.Equal("Riwayat perubahan", Text(page, "#audit-heading"));
        Assert.Equal(["Periode", "Target", "Realisasi", "Satuan", "Skor", "Lampu"], page.QuerySelectorAll("#kpi-history thead th").Select(t => t.TextContent.Trim()));
    }
}
