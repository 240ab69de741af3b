using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Ahp;
using HrScorecard.Domain.Surveys;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Ahp;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Reports;
using HrScorecard.Web.Tests.Rounds;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;
using static HrScorecard.Web.Tests.Support.PageText;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// The messages of the round, questionnaire, action and survey pages, the AHP calculator's default items and the PDF's
/// consensus words in Bahasa Indonesia (Accept-Language id-ID), and the same in English for en-US. Expected figures are
/// computed with the domain, and each test works on a scorecard or round of its own.
/// </summary>
public sealed class RoundPagesInIndonesianTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    // Per set (Goal, Financial, Learning), both directors consistent enough; director 2 counts twice.
    private static readonly int[][] Director1 = [[2, 4, 2], [3, 5, 2], [3]];
    private static readonly int[][] Director2 = [[-2, 1, 3], [1, 2, 2], [-2]];

    private static string IndonesianBand(ConsensusBand band) => band switch
    {
        ConsensusBand.VeryLow => "sangat rendah",
        ConsensusBand.Low => "rendah",
        ConsensusBand.Moderate => "sedang",
        ConsensusBand.High => "tinggi",
        _ => "sangat tinggi",
    };

    private static string EnglishBand(ConsensusBand band) => band switch
    {
        ConsensusBand.VeryLow => "very low",
        ConsensusBand.Low => "low",
        ConsensusBand.Moderate => "moderate",
        ConsensusBand.High => "high",
        _ => "very high",
    };

    private static HttpClient Speaking(HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static PairwiseMatrix Matrix(int[] points) =>
        PairwiseMatrix.FromUpperTriangle((int)Math.Round((1 + Math.Sqrt(1 + 8 * points.Length)) / 2), [.. points.Select(SaatyScale.ToValue)]);

    /// <summary>A round of its own answered by both directors; the consensus of each set as the domain computes it.</summary>
    private async Task<(RoundScorecard Card, int RoundId, IReadOnlyList<ComparisonSet> Sets, double[] Consensus)> AnsweredRoundAsync()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", "1"), ("director2@demo.local", "2"));
        var sets = await RoundSteps.SetsAsync(factory, roundId);
        var director2 = factory.AnonymousClient();
        await director2.SignInAsync("director2@demo.local", SignIn.Password);
        int IndexOf(ComparisonSet set) => sets.Select(s => s.Id).ToList().IndexOf(set.Id);
        await RoundSteps.SubmitAllAsync(await factory.SignedInAsAsync("Director"), roundId, sets, s => Director1[IndexOf(s)]);
        await RoundSteps.SubmitAllAsync(director2, roundId, sets, s => Director2[IndexOf(s)]);
        var consensus = Enumerable.Range(0, sets.Count).Select(s => Consensus.RelativeHomogeneity(
            [Priorities.Compute(Matrix(Director1[s])).Weights, Priorities.Compute(Matrix(Director2[s])).Weights])!.Value).ToArray();
        return (card, roundId, sets, consensus);
    }

    [Theory]
    [InlineData("id-ID", "Jawaban Anda tidak konsisten (CR = {0} > 0,10). Tinjau ulang pasangan yang disebut di bawah, atau konfirmasikan bahwa Anda mengirimnya apa adanya.")]
    [InlineData("en-US", "Your answers are not consistent (CR = {0} > 0.10). Reconsider the pair named below, or confirm that you submit them as they are.")]
    public async Task Submitting_inconsistent_answers_names_the_CR_in_the_directors_language(string language, string expected)
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", null));
        var financial = (await RoundSteps.SetsAsync(factory, roundId))[1];
        int[] points = [9, -9, 9];

        var response = await RoundSteps.AnswerAsync(Speaking(await factory.SignedInAsAsync("Director"), language), roundId, financial.Id, points, "Submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlForm.Parse(await response.Content.ReadAsStringAsync());
        var cr = Priorities.Compute(Matrix(points)).ConsistencyRatio.ToString("0.000", CultureInfo.GetCultureInfo(language));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected, cr), Text(page, "span[data-valmsg-for='Input.ConfirmInconsistent']"));
    }

    [Fact]
    public async Task A_submitted_set_is_confirmed_in_Indonesian_with_its_CR()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var roundId = await RoundSteps.OpenRoundAsync(await factory.SignedInAsAsync("HR"), card.Id, ("director1@demo.local", null));
        var learning = (await RoundSteps.SetsAsync(factory, roundId))[2];
        var director = Speaking(await factory.SignedInAsAsync("Director"), "id-ID");

        var response = await RoundSteps.AnswerAsync(director, roundId, learning.Id, [3], "Submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var index = await HtmlForm.GetPageAsync(director, response.Headers.Location!.OriginalString);
        Assert.Equal($"\"Learning\" terkirim (CR {0.0.ToString("0.000", Id)}).", Text(index, "#status-message"));
    }

    [Fact]
    public async Task A_reminder_is_confirmed_in_HRs_language_and_written_in_the_language_each_director_saved()
    {
        var card = await RoundScorecard.CreateAsync(factory);
        var hr = await factory.SignedInAsAsync("HR");
        var roundId = await RoundSteps.OpenRoundAsync(hr, card.Id, ("director1@demo.local", null), ("director2@demo.local", null));
        var respondents = await factory.QueryAsync(async db =>
        {
            (await db.WeightingRounds.SingleAsync(r => r.Id == roundId)).Deadline = new DateOnly(2026, 12, 31);
            await SaveLanguagesAsync(db, director1: "en-US", director2: "id-ID");
            return await db.RoundRespondents.Where(r => r.RoundId == roundId).ToDictionaryAsync(r => r.User!.Email!, r => r.Id);
        });
        try
        {
            async Task<string> RemindAsync(string email, string language)
            {
                var form = await HtmlForm.FromPageAsync(Speaking(hr, language), $"/Rounds/Status?id={roundId}", "#answer-status form");
                var response = await form.Set("respondentId", respondents[email].ToString(CultureInfo.InvariantCulture)).PostAsync();
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                return Text(await HtmlForm.GetPageAsync(hr, response.Headers.Location!.OriginalString), "#status-message");
            }

            Assert.Equal("Reminder sent.", await RemindAsync("director2@demo.local", "en-US"));
            Assert.Equal("Pengingat terkirim.", await RemindAsync("director1@demo.local", "id-ID"));

            var notices = await factory.QueryAsync(db => db.Notices.AsNoTracking().OrderByDescending(n => n.Id).Take(2)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, n.Message }).ToListAsync());
            Assert.Equal("Pengingat: mohon jawab putaran pembobotan \"Test round\" paling lambat 31 Desember 2026.",
                notices.Single(n => n.Email == "director2@demo.local").Message);
            Assert.Equal("Reminder: please answer the weighting round \"Test round\" by 31 December 2026.",
                notices.Single(n => n.Email == "director1@demo.local").Message);
        }
        finally
        {
            // Other tests of this class sign the directors in: a saved language would override their Accept-Language.
            await factory.QueryAsync(db => SaveLanguagesAsync(db, director1: null, director2: null));
        }
    }

    private static async Task<int> SaveLanguagesAsync(ScorecardDbContext db, string? director1, string? director2)
    {
        (await db.Users.SingleAsync(u => u.Email == "director1@demo.local")).PreferredCulture = director1;
        (await db.Users.SingleAsync(u => u.Email == "director2@demo.local")).PreferredCulture = director2;
        return await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_round_results_and_the_PDF_name_the_consensus_band_with_the_same_Indonesian_words()
    {
        var (card, roundId, sets, consensus) = await AnsweredRoundAsync();
        var hr = Speaking(await factory.SignedInAsAsync("HR"), "id-ID");

        var results = await HtmlForm.GetPageAsync(hr, $"/Rounds/Results?id={roundId}");

        for (var s = 0; s < sets.Count; s++)
        {
            var shown = Text(results, $"#set-{sets[s].Id} .consensus");
            Assert.Equal($"{(consensus[s] * 100).ToString("0.0", Id)} % — konsensus {IndonesianBand(Consensus.Band(consensus[s]))}", shown);
        }

        var apply = (await HtmlForm.FromPageAsync(hr, $"/Rounds/Apply?id={roundId}", "#apply-form"))
            .Set("Input.PeriodId", card.Period2023.ToString(CultureInfo.InvariantCulture));
        var applied = await apply.PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal("Bobot putaran \"Test round\" berlaku mulai 2023; periode sebelumnya tetap memakai bobot masing-masing.",
            Text(await HtmlForm.GetPageAsync(hr, applied.Headers.Location!.OriginalString), "#status-message"));

        var indonesian = await ReportPdf.GetAsync(hr, card.Id, card.Period2023);
        var english = await ReportPdf.GetAsync(Speaking(await factory.SignedInAsAsync("Manager"), "en-US"), card.Id, card.Period2023);

        var goal = consensus[0];
        Assert.Contains($"konsensus S* {goal.ToString("P1", Id)} ({IndonesianBand(Consensus.Band(goal))}).", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains($"consensus S* {goal.ToString("P1", En)} ({EnglishBand(Consensus.Band(goal))}).", english.Text, StringComparison.Ordinal);
        Assert.Contains($"Sumber: Putaran pembobotan {roundId}: Test round.", indonesian.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_round_results_stay_English_in_en_US()
    {
        var (_, roundId, sets, consensus) = await AnsweredRoundAsync();

        var results = await HtmlForm.GetPageAsync(Speaking(await factory.SignedInAsAsync("HR"), "en-US"), $"/Rounds/Results?id={roundId}");

        Assert.Equal($"{(consensus[0] * 100).ToString("0.0", En)} % — {EnglishBand(Consensus.Band(consensus[0]))} consensus",
            Text(results, $"#set-{sets[0].Id} .consensus"));
    }

    [Theory]
    [InlineData("id-ID", "Akar masalah dan tindakan perbaikan CUS-3 Job satisfaction index untuk 2024 telah disimpan.")]
    [InlineData("en-US", "Saved the root cause and improvement actions of CUS-3 Job satisfaction index for 2024.")]
    public async Task Saving_root_cause_and_actions_is_confirmed_in_the_users_language(string language, string expected)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Actions {language} {Guid.NewGuid():N}");
        var manager = Speaking(await factory.SignedInAsAsync("Manager"), language);
        var url = $"/Actions/Edit?nodeId={scorecard.Kpi("CUS-3")}&periodId={scorecard.EarlierPeriodId}";
        var form = await HtmlForm.FromPageAsync(manager, url, "#actions-form");

        var response = await form.Set("Input.RootCause", "Gaji di bawah pasar regional.").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, Text(await HtmlForm.GetPageAsync(manager, response.Headers.Location!.OriginalString), "#status-message"));
    }

    [Theory]
    [InlineData("id-ID", "Valid", "Tidak valid")]
    [InlineData("en-US", "Valid", "Not valid")]
    public async Task The_survey_preview_says_each_items_validity_in_the_users_language(string language, string valid, string notValid)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Survey {language} {Guid.NewGuid():N}");
        var hr = Speaking(await factory.SignedInAsAsync("HR"), language);
        var page = await UploadPage.OpenAsync(hr, scorecard.Kpi("CUS-3"), scorecard.EarlierPeriodId);
        // The last item answers against the others, so the file has a valid and a not valid item.
        string[] items = ["Tujuan jelas", "Umpan balik adil", "Mendengarkan", "Berlawanan"];
        int[][] answers = [.. SurveyFiles.Answers.Select(r => (int[])[r[0], r[1], r[2], 6 - r[0]])];

        var preview = await page.PreviewAsync("survei.csv", SurveyFiles.Csv(items, answers));

        var statistics = SurveyAnalysis.Analyse(LikertSurvey.Create(items, [.. answers.Select(a => (IReadOnlyList<int>)a)]));
        Assert.Contains(statistics.Items, i => i.IsValid == true);
        Assert.Contains(statistics.Items, i => i.IsValid == false);
        var shown = preview.Document.QuerySelectorAll("#survey-items tbody tr .item-validity").Select(c => c.TextContent.Trim());
        Assert.Equal(statistics.Items.Select(i => i.IsValid == true ? valid : notValid), shown);
    }

    [Theory]
    [InlineData("id-ID", 4, new[] { "Keuangan", "Pelanggan", "Proses Bisnis Internal", "Pembelajaran dan Pertumbuhan" })]
    [InlineData("id-ID", 3, new[] { "Kriteria 1", "Kriteria 2", "Kriteria 3" })]
    [InlineData("en-US", 4, new[] { "Financial", "Customer", "Internal Business Process", "Learning & Growth" })]
    [InlineData("en-US", 3, new[] { "Criterion 1", "Criterion 2", "Criterion 3" })]
    public async Task The_AHP_calculator_starts_with_item_names_in_the_readers_language(string language, int size, string[] names)
    {
        var page = await HtmlForm.GetPageAsync(Speaking(factory.AnonymousClient(), language), $"/Ahp?size={size}");

        Assert.Equal(names, Enumerable.Range(0, size).Select(i => page.QuerySelector($"#Input_Names_{i}")!.GetAttribute("value")));
        Assert.Equal(names[0], Text(page, "#ahp-form tbody th"));
    }
}
