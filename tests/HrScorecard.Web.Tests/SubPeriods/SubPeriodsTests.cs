using System.Globalization;
using System.Net;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Actuals;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static HrScorecard.Web.Tests.SubPeriods.MonthlyFeed;

namespace HrScorecard.Web.Tests.SubPeriods;

/// <summary>
/// Pages/Actuals/SubPeriods: monthly values of a KPI saved at once with the KPI's actual for the period set to the
/// domain's aggregate. Data: the monthly tables of seed 003 §4.2.10 (2022), typed into a test scorecard's period 2024.
/// </summary>
public class SubPeriodsTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    // Seed 003 Tabel 4.41 (turnover), 4.37 (hires); a dash read as 0.
    private static readonly double?[] Leavers = [2, 0, 4, 0, 0, 3, 0, 0, 4, 0, 0, 0];
    private static readonly double?[] Headcount = [20, 22, 18, 22, 22, 19, 22, 22, 18, 22, 22, 22];
    private static readonly double?[] Hired = [0, 2, 0, 4, 0, 0, 3, 0, 0, 4, 0, 3];
    private static readonly double?[] HiredQualified = [0, 2, 0, 3, 0, 0, 3, 0, 0, 4, 0, 3];

    [Theory]
    [InlineData(SubPeriodAggregation.Sum)]
    [InlineData(SubPeriodAggregation.Average)]
    [InlineData(SubPeriodAggregation.Last)]
    [InlineData(SubPeriodAggregation.Minimum)]
    [InlineData(SubPeriodAggregation.Maximum)]
    public async Task Each_aggregation_writes_the_aggregate_of_the_months_as_the_KPI_actual(SubPeriodAggregation aggregation)
    {
        var scorecard = await ScorecardAsync(factory, $"Aggregation {aggregation}");
        var kpi = scorecard.Kpi("CUS-3");
        await SetAsync(factory, kpi, KpiFeed.SubPeriods, aggregation);
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);

        var response = await page.Type("Value", Headcount).Form!.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var values = Headcount.Select(v => v!.Value).ToArray();
        var expected = aggregation switch
        {
            SubPeriodAggregation.Sum => values.Sum(),
            SubPeriodAggregation.Average => values.Average(),
            SubPeriodAggregation.Last => values[^1],
            SubPeriodAggregation.Minimum => values.Min(),
            _ => values.Max(),
        };
        Tolerance.Close(expected, (await ActualAsync(factory, kpi, scorecard.EarlierPeriodId))!.Value, Tolerance.Rounding, aggregation.ToString());
        Assert.Equal(values, (await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId)).Select(v => v.Value));
    }

    [Fact]
    public async Task Turnover_is_the_yearly_leavers_over_the_average_headcount_and_is_scored_as_the_domain_scores_it()
    {
        var scorecard = await ScorecardAsync(factory, "Turnover");
        var kpi = scorecard.Kpi("CUS-1"); // lower is better, target 33 %
        await SetAsync(factory, kpi, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.Equal(12, page.MonthLabels.Count);

        var response = await page.Type("Numerator", Leavers).Type("Denominator", Headcount).Form!.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var actual = (await ActualAsync(factory, kpi, scorecard.EarlierPeriodId))!.Value;
        var domain = SubPeriodAggregator.Ratio(Leavers, Headcount, new RatioDefinition(SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100)).Value!.Value;
        Tolerance.Close(domain, actual, Tolerance.Rounding, "actual vs domain");
        Tolerance.Close(Leavers.Sum()!.Value / Headcount.Average()!.Value * 100, actual, 1e-9, "Σ leavers / mean headcount × 100");

        var result = await factory.QueryAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecard.Id, scorecard.EarlierPeriodId));
        var score = new KpiScoringRule(ScoringMethod.LowerIsBetter, 33).Score(actual);
        Tolerance.Close(score, result.ByNodeId[kpi].Score!.Value, Tolerance.Rounding, "score");
        var saved = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.Equal(score.ToString("0.00", CultureInfo.GetCultureInfo("en-US")) + " %", saved.Document.QuerySelector("#score")!.TextContent.Trim());
        Assert.Contains("Saved 24 monthly values for 2024", saved.Document.QuerySelector("#status-message")!.TextContent);
    }

    [Fact]
    public async Task Qualified_hires_are_15_of_16_hires_and_the_data_entry_page_shows_them_read_only_with_a_link_to_the_months()
    {
        var scorecard = await ScorecardAsync(factory, "Hires");
        var kpi = scorecard.Kpi("FIN-1"); // higher is better, target 95 %
        await SetAsync(factory, kpi, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, 100, "Qualified hires", "Hires");
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);

        Assert.Equal(HttpStatusCode.Redirect, (await page.Type("Numerator", HiredQualified).Type("Denominator", Hired).Form!.PostAsync()).StatusCode);

        var actual = (await ActualAsync(factory, kpi, scorecard.EarlierPeriodId))!.Value;
        Tolerance.Close(HiredQualified.Sum()!.Value / Hired.Sum()!.Value * 100, actual, Tolerance.Rounding, "15 / 16 × 100");
        var entry = await EntryPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId);
        var field = entry.Row("FIN-1").QuerySelector($"#actual-{kpi}")!;
        Assert.True(field.HasAttribute("readonly"));
        Assert.False(field.HasAttribute("name"), "A computed actual is not posted by the data-entry page.");
        Assert.Contains("computed from monthly data", entry.Row("FIN-1").TextContent);
        Assert.Equal(SubPeriodsPage.Url(scorecard.Id, scorecard.EarlierPeriodId, kpi),
            entry.Row("FIN-1").QuerySelector("a.subperiods-link")!.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
        var result = await factory.QueryAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecard.Id, scorecard.EarlierPeriodId));
        Assert.Equal(new KpiScoringRule(ScoringMethod.HigherIsBetter, 95).Score(actual).ToString("0.00", CultureInfo.GetCultureInfo("en-US")) + " %",
            entry.Score("FIN-1"));
        Tolerance.Close(new KpiScoringRule(ScoringMethod.HigherIsBetter, 95).Score(actual), result.ByNodeId[kpi].Score!.Value, Tolerance.Rounding, "score");

        // Saving the data-entry page (another KPI changed, a comment on this one) leaves the computed actual alone.
        var response = await entry.Set("FIN-2", "Actual", "1.000.000").Set("FIN-1", "Comment", "From the monthly recruitment log.").Form!.PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(actual, await ActualAsync(factory, kpi, scorecard.EarlierPeriodId));
    }

    [Fact]
    public async Task Months_left_empty_are_left_out_and_the_actual_is_marked_incomplete()
    {
        var scorecard = await ScorecardAsync(factory, "Missing months");
        var kpi = scorecard.Kpi("CUS-1");
        await SetAsync(factory, kpi, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        double?[] leavers = [.. Leavers[..10], null, null];
        double?[] headcount = [.. Headcount[..10], null, null];

        await page.Type("Numerator", leavers).Type("Denominator", headcount).Form!.PostAsync();

        Tolerance.Close(Leavers[..10].Sum()!.Value / Headcount[..10].Average()!.Value * 100,
            (await ActualAsync(factory, kpi, scorecard.EarlierPeriodId))!.Value, 1e-9, "over ten months");
        var saved = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        var labels = saved.MonthLabels;
        Assert.Contains($"computed over 10 of 12 months ({labels[10]}, {labels[11]} missing)", saved.Document.QuerySelector("#status-message")!.TextContent);
        Assert.Contains("computed over 10 of 12 months", saved.Document.QuerySelector("#incomplete")!.TextContent);
        Assert.Equal(20, (await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId)).Count);
    }

    [Fact]
    public async Task Bad_numbers_and_half_entered_months_are_refused_next_to_the_field_and_nothing_is_written()
    {
        var scorecard = await ScorecardAsync(factory, "Validation");
        var kpi = scorecard.Kpi("CUS-1");
        await SetAsync(factory, kpi, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100, "Leavers", "Headcount");
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        var labels = page.MonthLabels;

        var unparsable = await SubPeriodsPage.FromResponseAsync(await page.Type("Numerator", Leavers).Type("Denominator", Headcount)
            .Set(3, "Numerator", "four").Form!.PostAsync());
        var halfEntered = await SubPeriodsPage.FromResponseAsync(await page.Set(3, "Numerator", "4").Set(5, "Denominator", "").Form!.PostAsync());
        double?[] zeros = [.. Enumerable.Repeat<double?>(0, 12)];
        var zeroHeadcount = await SubPeriodsPage.FromResponseAsync(await page.Type("Numerator", zeros).Type("Denominator", zeros).Form!.PostAsync());

        Assert.StartsWith("\"four\" is not a number.", unparsable.Message(3, "Numerator"));
        Assert.Equal("Nothing was saved: correct the months marked below and save again.", unparsable.Summary);
        Assert.Equal($"{labels[4]} has Leavers but no Headcount: enter both, or neither if the data is missing.", halfEntered.Message(5, "Denominator"));
        Assert.Contains("Headcount comes to 0 (average of the entered months), so Leavers / Headcount cannot be computed", zeroHeadcount.Summary);
        Assert.Empty(await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId));
        Assert.Equal(59.1, await ActualAsync(factory, kpi, scorecard.EarlierPeriodId)); // the typed 2024 actual, untouched
    }

    [Fact]
    public async Task In_Indonesian_a_half_entered_month_is_named_by_its_month_and_unnamed_parts_by_their_Indonesian_names()
    {
        var scorecard = await ScorecardAsync(factory, "Validation id-ID");
        var kpi = scorecard.Kpi("CUS-1");
        await SetAsync(factory, kpi, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100);
        var client = await factory.SignedInAsAsync("HR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        var labels = page.MonthLabels;

        var halfEntered = await SubPeriodsPage.FromResponseAsync(await page.Type("Numerator", Leavers).Type("Denominator", Headcount)
            .Set(5, "Denominator", "").Form!.PostAsync());
        double?[] zeros = [.. Enumerable.Repeat<double?>(0, 12)];
        var zeroHeadcount = await SubPeriodsPage.FromResponseAsync(await page.Type("Numerator", zeros).Type("Denominator", zeros).Form!.PostAsync());

        Assert.DoesNotContain(labels, l => l.StartsWith("Subperiode", StringComparison.Ordinal));
        Assert.Equal($"{labels[4]} memiliki Pembilang tetapi tidak memiliki Penyebut: isi keduanya, atau kosongkan keduanya bila datanya belum ada.",
            halfEntered.Message(5, "Denominator"));
        Assert.Contains("Penyebut bernilai 0 (rata-rata dari bulan yang diisi)", zeroHeadcount.Summary, StringComparison.Ordinal);
        Assert.Empty(await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId));
    }

    [Fact]
    public async Task A_locked_period_refuses_the_save_with_a_clear_message()
    {
        var scorecard = await ScorecardAsync(factory, "Locked");
        var kpi = scorecard.Kpi("CUS-3");
        await SetAsync(factory, kpi, KpiFeed.SubPeriods, SubPeriodAggregation.Average);
        var client = await factory.SignedInAsAsync("HR");
        var page = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        await factory.QueryAsync(async db =>
        {
            (await db.Periods.SingleAsync(p => p.Id == scorecard.EarlierPeriodId)).IsLocked = true;
            return await db.SaveChangesAsync();
        });

        var response = await page.Type("Value", Headcount).Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Period 2024 is locked because its report is published: nothing was saved.", (await SubPeriodsPage.FromResponseAsync(response)).Summary);
        Assert.Empty(await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId));
        Assert.Equal(4.82, await ActualAsync(factory, kpi, scorecard.EarlierPeriodId));
        var locked = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.NotNull(locked.Document.QuerySelector("#locked-notice"));
        Assert.Null(locked.Document.QuerySelector("#subperiod-form button[type=submit]"));
    }

    [Fact]
    public async Task Changes_to_months_and_the_computed_actual_are_in_the_audit_trail()
    {
        var scorecard = await ScorecardAsync(factory, "Audit");
        var kpi = scorecard.Kpi("CUS-3");
        await SetAsync(factory, kpi, KpiFeed.SubPeriods, SubPeriodAggregation.Last);
        var client = await factory.SignedInAsAsync("HR");
        await (await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi)).Type("Value", Headcount).Form!.PostAsync();

        await (await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi)).Set(12, "Value", "21").Form!.PostAsync();

        var entries = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.NodeId == kpi && e.PeriodId == scorecard.EarlierPeriodId).OrderBy(e => e.Id).ToListAsync());
        Assert.Contains(entries, e => e is { Entity: nameof(KpiActual), Field: "Value", OldValue: "4.82", NewValue: "22", User: "hr@demo.local" });
        Assert.Contains(entries, e => e is { Entity: nameof(KpiActual), Field: "Value", OldValue: "22", NewValue: "21" });
        Assert.Contains(entries, e => e is { Entity: nameof(SubPeriodValue), Field: "Value", OldValue: "22", NewValue: "21" });
        Assert.Equal(12, entries.Count(e => e is { Entity: nameof(SubPeriodValue), Field: "created" }));
    }

    [Fact]
    public async Task The_KPI_editor_sets_a_ratio_feed_and_a_direct_KPI_has_no_monthly_grid()
    {
        var scorecard = await ScorecardAsync(factory, "Editor");
        var kpi = scorecard.Kpi("CUS-1");
        var client = await factory.SignedInAsAsync("HR");
        var direct = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.NotNull(direct.Document.QuerySelector("#direct-notice"));
        Assert.Null(direct.Form);
        var editor = await HtmlForm.FromPageAsync(client, $"/Kpis/Edit?nodeId={kpi}", "#kpi-form");

        var refused = await editor.Set("Input.Feed", nameof(KpiFeed.Ratio)).Set("Input.NumeratorName", "Leavers").Set("Input.RatioFactor", "0").PostAsync();
        var shown = HtmlForm.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Name the denominator, e.g. Headcount.", shown.QuerySelector("[data-valmsg-for='Input.DenominatorName']")!.TextContent.Trim());
        Assert.StartsWith("The factor cannot be 0", shown.QuerySelector("[data-valmsg-for='Input.RatioFactor']")!.TextContent.Trim());
        var saved = await editor.Set("Input.DenominatorName", "Headcount").Set("Input.RatioFactor", "100")
            .Set("Input.Aggregation", nameof(SubPeriodAggregation.Sum)).Set("Input.DenominatorAggregation", nameof(SubPeriodAggregation.Average)).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.QueryAsync(db => db.Kpis.AsNoTracking().SingleAsync(k => k.NodeId == kpi));
        Assert.Equal((KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Average, 100.0, "Leavers", "Headcount"),
            (stored.Feed, stored.Aggregation, stored.DenominatorAggregation, stored.RatioFactor, stored.NumeratorName, stored.DenominatorName));
        var grid = await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.NotNull(grid.Form);
        Assert.Contains("Leavers", grid.Document.QuerySelector("#months thead")!.TextContent);
    }

    [Fact]
    public async Task Changing_the_aggregation_in_the_KPI_editor_recomputes_the_actual_from_the_stored_months()
    {
        var scorecard = await ScorecardAsync(factory, "Recompute");
        var kpi = scorecard.Kpi("CUS-3");
        await SetAsync(factory, kpi, KpiFeed.SubPeriods, SubPeriodAggregation.Sum);
        var client = await factory.SignedInAsAsync("HR");
        await (await SubPeriodsPage.OpenAsync(client, scorecard.Id, scorecard.EarlierPeriodId, kpi)).Type("Value", Headcount).Form!.PostAsync();
        Assert.Equal(Headcount.Sum(), await ActualAsync(factory, kpi, scorecard.EarlierPeriodId));
        var editor = await HtmlForm.FromPageAsync(client, $"/Kpis/Edit?nodeId={kpi}", "#kpi-form");

        var response = await editor.Set("Input.Aggregation", nameof(SubPeriodAggregation.Average)).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Tolerance.Close(Headcount.Average()!.Value, (await ActualAsync(factory, kpi, scorecard.EarlierPeriodId))!.Value, Tolerance.Rounding, "average");
    }

    [Fact]
    public async Task When_someone_else_saved_the_months_first_nothing_is_saved_and_the_current_actual_is_shown()
    {
        var scorecard = await ScorecardAsync(factory, "Conflict");
        var kpi = scorecard.Kpi("CUS-3");
        await SetAsync(factory, kpi, KpiFeed.SubPeriods, SubPeriodAggregation.Maximum);
        var alice = await factory.SignedInAsAsync("HR");
        var bob = await factory.SignedInAsAsync("HR");
        var alicePage = await SubPeriodsPage.OpenAsync(alice, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        var bobPage = await SubPeriodsPage.OpenAsync(bob, scorecard.Id, scorecard.EarlierPeriodId, kpi);
        Assert.Equal(HttpStatusCode.Redirect, (await bobPage.Type("Value", Headcount).Form!.PostAsync()).StatusCode);

        var response = await alicePage.Type("Value", Leavers).Form!.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("someone else changed this KPI's data for the period since you opened the page (its actual is now 22)",
            (await SubPeriodsPage.FromResponseAsync(response)).Summary);
        Assert.Equal(Headcount.Max(), await ActualAsync(factory, kpi, scorecard.EarlierPeriodId));
        Assert.Equal(Headcount.Select(v => v!.Value), (await ValuesAsync(factory, kpi, scorecard.EarlierPeriodId)).Select(v => v.Value));
    }

    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData("Admin", "/Account/AccessDenied")]
    [InlineData("Director", "/Account/AccessDenied")]
    [InlineData("Manager", "/Account/AccessDenied")]
    public async Task Only_HR_may_open_or_post_the_monthly_data_page(string? role, string redirectedTo)
    {
        var client = role is null ? factory.AnonymousClient() : await factory.SignedInAsAsync(role);

        var get = await client.GetAsync(SubPeriodsPage.Url(1, 1, 1));
        var post = await client.PostAsync(SubPeriodsPage.Url(1, 1, 1), new FormUrlEncodedContent([]));

        Assert.All([get, post], response =>
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(redirectedTo, response.Headers.Location!.AbsolutePath);
        });
    }
}
