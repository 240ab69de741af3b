using System.Globalization;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Tests.SubPeriods;

/// <summary>The monthly-data page as a test drives it: month rows by number (1 = the period's first month), fields by component.</summary>
public sealed class SubPeriodsPage
{
    private SubPeriodsPage(IHtmlDocument document, HtmlForm? form) => (Document, Form) = (document, form);

    public IHtmlDocument Document { get; }
    public HtmlForm? Form { get; }

    public static string Url(int scorecardId, int periodId, int nodeId) => $"/Actuals/SubPeriods?scorecardId={scorecardId}&periodId={periodId}&nodeId={nodeId}";

    public static async Task<SubPeriodsPage> OpenAsync(HttpClient client, int scorecardId, int periodId, int nodeId)
    {
        var url = Url(scorecardId, periodId, nodeId);
        var document = await HtmlForm.GetPageAsync(client, url);
        return new SubPeriodsPage(document, document.QuerySelector("#subperiod-form") is null ? null : HtmlForm.From(client, document, url, "#subperiod-form"));
    }

    public static async Task<SubPeriodsPage> FromResponseAsync(HttpResponseMessage response) =>
        new(HtmlForm.Parse(await response.Content.ReadAsStringAsync()), null);

    /// <summary>Types one column of a table into the grid, as the invariant culture writes it; null leaves the month empty.</summary>
    public SubPeriodsPage Type(string component, IReadOnlyList<double?> values)
    {
        for (var i = 0; i < values.Count; i++)
            Form!.Set($"Input.Rows[{i}].{component}", values[i]?.ToString(CultureInfo.InvariantCulture) ?? "");
        return this;
    }

    public SubPeriodsPage Set(int month, string component, string text)
    {
        Form!.Set($"Input.Rows[{month - 1}].{component}", text);
        return this;
    }

    public string Message(int month, string component) =>
        Document.QuerySelector($"[data-valmsg-for='Input.Rows[{month - 1}].{component}']")?.TextContent.Trim() ?? "";

    public string Summary => Document.QuerySelector("#subperiod-form [role=alert]")?.TextContent.Trim() ?? "";

    public IReadOnlyList<string> MonthLabels => [.. Document.QuerySelectorAll("#months tr.month th").Select(th => th.TextContent.Trim())];
}

/// <summary>Arrange steps: a KPI of a test scorecard switched to a monthly feed straight in the database.</summary>
public static class MonthlyFeed
{
    public static Task SetAsync(HrScorecardFactory factory, int nodeId, KpiFeed feed, SubPeriodAggregation aggregation,
        SubPeriodAggregation? denominatorAggregation = null, double? factor = null, string? numerator = null, string? denominator = null) =>
        factory.QueryAsync(async db =>
        {
            var kpi = await db.Kpis.SingleAsync(k => k.NodeId == nodeId);
            (kpi.Feed, kpi.Aggregation, kpi.DenominatorAggregation, kpi.RatioFactor, kpi.NumeratorName, kpi.DenominatorName) =
                (feed, aggregation, denominatorAggregation, factor, numerator, denominator);
            return await db.SaveChangesAsync();
        });

    public static Task<double?> ActualAsync(HrScorecardFactory factory, int nodeId, int periodId) =>
        factory.QueryAsync(db => db.Actuals.Where(a => a.KpiNodeId == nodeId && a.PeriodId == periodId).Select(a => a.Value).SingleOrDefaultAsync());

    public static Task<List<SubPeriodValue>> ValuesAsync(HrScorecardFactory factory, int nodeId, int periodId) =>
        factory.QueryAsync(db => db.SubPeriodValues.AsNoTracking().Where(v => v.KpiNodeId == nodeId && v.PeriodId == periodId)
            .OrderBy(v => v.Component).ThenBy(v => v.SubPeriod).ToListAsync());

    public static Task<TestScorecard> ScorecardAsync(HrScorecardFactory factory, string name) =>
        TestScorecard.CreateAsync(factory, $"{name} {Guid.NewGuid():N}");
}
