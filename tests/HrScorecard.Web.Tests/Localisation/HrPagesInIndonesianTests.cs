using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Import;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Weights;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The messages of the HR pages that used to stay English: Identity's own password and e-mail errors, concurrency
/// conflicts, status messages, the "(locked)" suffix, scorecard status names and the Excel export's headers — in
/// Bahasa Indonesia for an Indonesian browser, unchanged in English for an English one.
/// </summary>
public sealed class HrPagesInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private const string Indonesian = "id-ID";
    private const string English = "en-US";

    private async Task<HttpClient> ClientAsync(string role, string language)
    {
        var client = await factory.SignedInAsAsync(role);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Theory]
    [InlineData(Indonesian, "Kata sandi minimal 6 karakter.", "Kata sandi harus memuat minimal satu angka ('0'-'9').", "E-mail 'hr@demo.local' sudah dipakai.")]
    [InlineData(English, "Passwords must be at least 6 characters.", "Passwords must have at least one digit ('0'-'9').", "Email 'hr@demo.local' is already taken.")]
    public async Task Identitys_own_errors_are_shown_next_to_the_field_in_the_readers_language(string language, string tooShort, string digit, string taken)
    {
        var admin = await ClientAsync(Roles.Admin, language);
        var form = await HtmlForm.FromPageAsync(admin, "/Admin/Users/Create", "#user-form");
        var email = $"x-{Unique()}@test.local";

        var weak = await TestScorecards.PageOfAsync(await form.Set("Input.Email", email).Set("Input.DisplayName", "Weak password")
            .Set("Input.Password", "lemah").SetAll("Input.Roles", Roles.HR).PostAsync());
        var duplicate = await TestScorecards.PageOfAsync(await form.Set("Input.Email", "hr@demo.local").Set("Input.Password", "Rahasia#2026").PostAsync());

        Assert.Contains(tooShort, weak.MessageFor("Input.Password"), StringComparison.Ordinal);
        Assert.Contains(digit, weak.MessageFor("Input.Password"), StringComparison.Ordinal);
        Assert.Equal(taken, duplicate.MessageFor("Input.Email"));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == email))));
    }

    [Fact]
    public async Task A_conflict_on_the_KPI_editor_is_explained_in_Indonesian_with_the_stored_values()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var nodeId = scorecard.KpiIds[0];
        var first = await ClientAsync(Roles.HR, Indonesian);
        var second = await ClientAsync(Roles.HR, Indonesian);
        var firstForm = await HtmlForm.FromPageAsync(first, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        var secondForm = await HtmlForm.FromPageAsync(second, $"/Kpis/Edit?nodeId={nodeId}", "#kpi-form");
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.Set("Input.Unit", "poin indeks").PostAsync()).StatusCode);

        var response = await secondForm.Set("Input.DataSource", "Penggajian").PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = Text(await TestScorecards.PageOfAsync(response), "#conflict");
        Assert.StartsWith("Orang lain menyimpan KPI ini saat Anda sedang mengubahnya, sehingga perubahan Anda tidak disimpan. Isinya sekarang: kode ",
            conflict, StringComparison.Ordinal);
        Assert.Contains("-1, nama \"KPI 1\", satuan \"poin indeks\", metode Makin tinggi makin baik, indikator lag (hasil), ambang scorecard", conflict, StringComparison.Ordinal);
        Assert.EndsWith("Periksa perubahan Anda lalu simpan lagi untuk mengganti nilai-nilai ini.", conflict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Indonesian, "Orang lain mengubah bobot Goal saat Anda sedang mengubahnya, sehingga tidak ada yang disimpan. Yang berlaku untuk 2024 sekarang: bobot langsung ")]
    [InlineData(English, "Someone else changed the weights of Goal while you were editing them, so nothing was saved. In force for 2024 now: direct weights ")]
    public async Task A_conflict_on_the_weights_editor_is_explained_in_the_readers_language(string language, string expected)
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var url = $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}";
        var first = await ClientAsync(Roles.HR, language);
        var second = await ClientAsync(Roles.HR, language);
        var firstForm = await HtmlForm.FromPageAsync(first, url, "#weights-form");
        var secondForm = await HtmlForm.FromPageAsync(second, url, "#weights-form");
        Direct(firstForm, "0.6", "0.3", "0.1");
        Direct(secondForm, "0.1", "0.3", "0.6");
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.PostAsync()).StatusCode);

        var response = await secondForm.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = Text(await TestScorecards.PageOfAsync(response), "#conflict");
        Assert.StartsWith(expected, conflict, StringComparison.Ordinal);
        var weight = 0.6.ToString("0.####", CultureInfo.GetCultureInfo(language));
        Assert.Contains($"Perspective 1 {weight}", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_weight_is_refused_in_Indonesian_next_to_the_field()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await ClientAsync(Roles.HR, Indonesian);
        var form = Direct(await HtmlForm.FromPageAsync(client, $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}", "#weights-form"),
            "", "abc", "0");

        var page = await TestScorecards.PageOfAsync(await form.PostAsync());

        Assert.Equal("Isi bobot ini.", page.MessageFor("Input.Weights[0]"));
        Assert.StartsWith("\"abc\" bukan angka.", page.MessageFor("Input.Weights[1]"), StringComparison.Ordinal);
        Assert.Equal("Bobot harus di atas 0.", page.MessageFor("Input.Weights[2]"));
    }

    [Theory]
    [InlineData(Indonesian, "2023 (terkunci)")]
    [InlineData(English, "2023 (locked)")]
    public async Task A_locked_period_carries_the_locked_suffix_in_the_readers_language(string language, string expected)
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        await factory.LockAsync(scorecard.PeriodIds["2023"]);

        var page = await HtmlForm.GetPageAsync(await ClientAsync(Roles.HR, language), $"/Weights/Edit?scorecardId={scorecard.Id}&parentId={scorecard.RootId}");

        var options = page.QuerySelectorAll("#Input_EffectiveFromPeriodId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains(expected, options);
        Assert.Contains("2024", options);
    }

    [Fact]
    public async Task A_locked_period_stops_moving_and_deleting_nodes_with_Indonesian_reasons()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        await factory.LockAsync(scorecard.PeriodIds["2023"]);
        var client = await ClientAsync(Roles.HR, Indonesian);

        var move = await HtmlForm.GetPageAsync(client, $"/Scorecards/MoveNode?id={scorecard.KpiIds[0]}");
        var delete = await HtmlForm.GetPageAsync(client, $"/Scorecards/DeleteNode?id={scorecard.PerspectiveIds[0]}");

        Assert.StartsWith("Periode 2023 terkunci (laporannya sudah diterbitkan), dan memindahkan simpul akan mengubah isi laporan itu.", Text(move, "#refusal"), StringComparison.Ordinal);
        Assert.Equal("Bagian pohon ini memiliki target atau realisasi pada periode terkunci 2023, yang laporannya sudah diterbitkan. " +
                     "Admin harus membuka kuncinya terlebih dahulu.", Text(delete, "#refusal"));
    }

    [Theory]
    [InlineData(Indonesian, "Draf", "Aktif", "\"{0}\" dihapus beserta 0 simpul di bawahnya dan 1 KPI.")]
    [InlineData(English, "Draft", "Active", "\"{0}\" deleted with 0 node(s) below it and 1 KPI(s).")]
    public async Task Status_badges_and_status_messages_of_the_scorecard_pages_are_in_the_readers_language(string language, string draft, string active, string deleted)
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await ClientAsync(Roles.HR, language);
        var row = $"#scorecards tr[data-scorecard-id='{scorecard.Id}'] .badge";
        Assert.Equal(draft, Text(await HtmlForm.GetPageAsync(client, "/Scorecards/Index"), row));
        var edit = await HtmlForm.FromPageAsync(client, $"/Scorecards/Edit?id={scorecard.Id}", "#scorecard-form");
        var statusOptions = (await HtmlForm.GetPageAsync(client, $"/Scorecards/Edit?id={scorecard.Id}"))
            .QuerySelectorAll("#Input_Status option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal([draft, active], statusOptions.Take(2));

        var saved = await edit.Set("Input.Status", nameof(ScorecardStatus.Active)).PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await HtmlForm.GetPageAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Equal(active, Text(list, row));
        Assert.Equal(active, Text(await HtmlForm.GetPageAsync(client, $"/Scorecards/Tree?id={scorecard.Id}"), "main p.text-muted").Split(" · ")[1]);

        var removed = await (await HtmlForm.FromPageAsync(client, $"/Scorecards/DeleteNode?id={scorecard.KpiIds[0]}", "#delete-form")).PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var tree = await HtmlForm.GetPageAsync(client, removed.Headers.Location!.OriginalString);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, deleted, "KPI 1"), Text(tree, "#status-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_scorecard_is_confirmed_in_Indonesian()
    {
        var scorecard = await TestScorecards.CreateAsync(factory);
        var client = await ClientAsync(Roles.HR, Indonesian);
        var name = $"Kartu {Unique()}";

        var saved = await (await HtmlForm.FromPageAsync(client, $"/Scorecards/Edit?id={scorecard.Id}", "#scorecard-form")).Set("Input.Name", name).PostAsync();

        var list = await HtmlForm.GetPageAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Contains($"Scorecard \"{name}\" disimpan.", Text(list, "#status-message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Indonesian, new[] { "Simpul", "Tingkat", "Kode KPI", "Bobot lokal", "Bobot global", "Target", "Realisasi", "Satuan", "Skor (%)", "Lampu" },
        new[] { "Merah", "Kuning", "Hijau", "Tidak ada data" })]
    [InlineData(English, new[] { "Node", "Level", "KPI code", "Local weight", "Global weight", "Target", "Actual", "Unit", "Score (%)", "Light" },
        new[] { "Red", "Yellow", "Green", "No data" })]
    public async Task The_Excel_export_has_its_headers_and_light_words_in_the_readers_language(string language, string[] headers, string[] lights)
    {
        var scorecardId = await DemoScorecard.IdAsync(factory);
        var periodId = await DemoScorecard.PeriodIdAsync(factory, "2023");
        var client = await ClientAsync(Roles.Manager, language);

        var response = await client.GetAsync(new Uri($"/Dashboard/Export?scorecardId={scorecardId}&periodId={periodId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = Workbook.Cells(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(headers, cells[0]);
        Assert.All(cells.Skip(1), row => Assert.Contains(row[9], lights));
        // The light words are the dashboard's own lights, row for row.
        var expected = await DemoScorecard.EvaluateAsync(factory, "2023");
        Assert.Equal(lights[(int)expected.Root.Light], cells[1][9]);
    }

    private static HtmlForm Direct(HtmlForm form, params string[] weights)
    {
        form.Set("Input.Method", "Direct");
        for (var i = 0; i < weights.Length; i++) form.Set($"Input.Weights[{i}]", weights[i]);
        return form;
    }
}
