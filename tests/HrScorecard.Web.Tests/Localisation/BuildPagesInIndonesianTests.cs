using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Weights;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The pages that build a scorecard (list, tree, KPI editor, weights editor) in Bahasa Indonesia, chosen by the
/// browser's Accept-Language for HR; validation messages of the KPI editor follow the same culture.
/// </summary>
public sealed class BuildPagesInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private async Task<HttpClient> IndonesianHrAsync()
    {
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        return client;
    }

    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return HtmlForm.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Headers(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"{table} thead th").Select(th => th.TextContent.Trim())];

    [Fact]
    public async Task The_scorecard_list_speaks_Indonesian()
    {
        await TestScorecards.CreateAsync(factory);
        var page = await GetAsync(await IndonesianHrAsync(), "/Scorecards/Index");

        Assert.Equal("Scorecard", Text(page, "main h1"));
        Assert.Equal("Scorecard baru", Text(page, "#new-scorecard"));
        Assert.Equal(["Nama", "Unit organisasi", "Status", "KPI", "Periode", "Tindakan"], Headers(page, "#scorecards"));
        var buttons = page.QuerySelectorAll("#scorecards tbody tr:first-child td:last-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Pohon", "Ubah", "Salin", "Periode", "Dasbor"], buttons);
    }

    [Fact]
    public async Task The_tree_speaks_Indonesian_with_the_thresholds_in_words()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var page = await GetAsync(await IndonesianHrAsync(), $"/Scorecards/Tree?id={scorecard.Id}");

        Assert.Equal(["Simpul", "Jenis", "Kode KPI", "Satuan", "Metode", "Tindakan"], Headers(page, "#tree"));
        Assert.Equal("Grup", Text(page, $"#node-{scorecard.PerspectiveIds[0]} td:nth-child(2)"));
        Assert.Contains("kuning mulai", Text(page, "main p.text-muted"));
        Assert.Contains("hijau mulai", Text(page, "main p.text-muted"));
        var perspective = page.QuerySelector($"#node-{scorecard.PerspectiveIds[0]}")!;
        Assert.Contains("Tambah KPI", perspective.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        Assert.Contains("Hapus", perspective.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Pindahkan Perspective 1 ke atas", perspective.QuerySelector("button[value=up]")?.GetAttribute("aria-label"));
        Assert.Contains("Semua scorecard", page.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task The_KPI_editor_speaks_Indonesian()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var page = await GetAsync(await IndonesianHrAsync(), $"/Kpis/Edit?nodeId={scorecard.KpiIds[0]}");

        Assert.Equal("Kode", Text(page, "label[for='Input_Code']"));
        Assert.Equal("Nama", Text(page, "label[for='Input_Name']"));
        Assert.Equal("Satuan", Text(page, "label[for='Input_Unit']"));
        Assert.Equal("Metode penilaian", Text(page, "#kpi-form legend"));
        Assert.Equal("Kuning mulai", Text(page, "label[for='Input_YellowFrom']"));
        Assert.Equal("Simpan", Text(page, "#save"));
        Assert.Equal("Riwayat KPI ini", Text(page, "main p > a[href^='/Kpis/History']"));

        var history = await GetAsync(await IndonesianHrAsync(), $"/Kpis/History?nodeId={scorecard.KpiIds[0]}");
        Assert.StartsWith("Riwayat ", Text(history, "main h1"));
    }

    [Fact]
    public async Task A_new_KPI_without_a_code_is_refused_with_an_Indonesian_message_next_to_the_field()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await IndonesianHrAsync();
        var url = $"/Kpis/Edit?scorecardId={scorecard.Id}&parentId={scorecard.PerspectiveIds[0]}";
        var form = await HtmlForm.FromPageAsync(client, url, "#kpi-form");

        var response = await form.Set("Input.Code", "").Set("Input.Name", "").Set("Input.Unit", "%").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestScorecards.PageOfAsync(response);
        Assert.Equal("Beri KPI sebuah kode, mis. FIN-1.", page.MessageFor("Input.Code"));
        Assert.Equal("Beri KPI sebuah nama.", page.MessageFor("Input.Name"));
        Assert.StartsWith("KPI baru di bawah Perspective 1", Text(page, "main h1"));
    }

    [Fact]
    public async Task A_scorecard_without_a_name_is_refused_in_Indonesian_with_the_threshold_rule_too()
    {
        var client = await IndonesianHrAsync();
        var form = await HtmlForm.FromPageAsync(client, "/Scorecards/Create", "#scorecard-form");

        var response = await form.Set("Input.Name", " ").Set("Input.YellowFrom", "80").Set("Input.GreenFrom", "60").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestScorecards.PageOfAsync(response);
        Assert.Equal("Beri scorecard sebuah nama.", page.MessageFor("Input.Name"));
        Assert.Equal("Hijau harus dimulai di atas kuning (80 %).", page.MessageFor("Input.GreenFrom"));
        Assert.Equal("Scorecard baru", Text(page, "main h1"));
        Assert.Equal("Kuning mulai", Text(page, "label[for='Input_YellowFrom']"));
    }

    [Fact]
    public async Task Adding_a_KPI_is_confirmed_in_Indonesian_on_the_tree()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await IndonesianHrAsync();
        var form = await HtmlForm.FromPageAsync(client, $"/Kpis/Edit?scorecardId={scorecard.Id}&parentId={scorecard.PerspectiveIds[0]}", "#kpi-form");

        var response = await form.Set("Input.Code", "ID-1").Set("Input.Name", "Kepuasan karyawan").Set("Input.Unit", "%").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tree = await GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("KPI ID-1 Kepuasan karyawan ditambahkan.", Text(tree, "#status-message"));
    }

    [Fact]
    public async Task The_weights_editor_speaks_Indonesian()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var page = await GetAsync(await IndonesianHrAsync(), $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}");

        Assert.Equal("Bobot di bawah Goal", Text(page, "main h1"));
        Assert.Equal("Bobot langsung", Text(page, "#direct-heading"));
        Assert.Equal("Matriks berpasangan", Text(page, "#pairwise-heading"));
        Assert.Equal(["Anak", "Bobot lokal", "Bobot global"], Headers(page, "#weights"));
        Assert.Equal("Simpan bobot", Text(page, "#save"));
        Assert.StartsWith("Berlaku untuk", Text(page, "#in-force"));
    }

    [Fact]
    public async Task The_same_pages_stay_English_for_an_English_browser()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var tree = await GetAsync(client, $"/Scorecards/Tree?id={scorecard.Id}");
        var weights = await GetAsync(client, $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}");

        Assert.Equal(["Node", "Kind", "KPI code", "Unit", "Method", "Actions"], Headers(tree, "#tree"));
        Assert.Equal("Weights under Goal", Text(weights, "main h1"));
        Assert.Equal("Save weights", Text(weights, "#save"));
    }
}
