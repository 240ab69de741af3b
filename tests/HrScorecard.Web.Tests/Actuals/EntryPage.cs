using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Actuals;

/// <summary>The period data entry page as a test drives it: rows found by KPI code, fields by their posted names.</summary>
public sealed class EntryPage
{
    private EntryPage(IHtmlDocument document, HtmlForm? form)
    {
        Document = document;
        Form = form;
    }

    public IHtmlDocument Document { get; }

    /// <summary>The save form; null when the page has no save button (a locked period).</summary>
    public HtmlForm? Form { get; }

    public static string Url(int scorecardId, int periodId) => $"/Actuals/Enter?scorecardId={scorecardId}&periodId={periodId}";

    public static async Task<EntryPage> OpenAsync(HttpClient client, int scorecardId, int periodId)
    {
        var url = Url(scorecardId, periodId);
        var document = await HtmlForm.GetPageAsync(client, url);
        return new EntryPage(document, HtmlForm.From(client, document, url, "#entry-form"));
    }

    public static async Task<EntryPage> FromResponseAsync(HttpResponseMessage response) =>
        new(HtmlForm.Parse(await response.Content.ReadAsStringAsync()), null);

    public IElement Row(string code) => Document.QuerySelector($"tr.kpi[data-code='{code}']")
                                        ?? throw new InvalidOperationException($"No row for {code}.");

    public string FieldName(string code, string field) => Row(code).QuerySelector($"[name$='.{field}']")!.GetAttribute("name")!;

    public string Value(string code, string field) => Row(code).QuerySelector($"[name$='.{field}']") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlInputElement input => input.Value,
        _ => throw new InvalidOperationException($"No field {field} for {code}."),
    };

    public string Message(string code, string field) =>
        Row(code).QuerySelector($"[data-valmsg-for='{FieldName(code, field)}']")?.TextContent.Trim() ?? "";

    public EntryPage Set(string code, string field, string value)
    {
        Form!.Set(FieldName(code, field), value);
        return this;
    }

    public string Score(string code) => Row(code).QuerySelector(".score")!.TextContent.Trim();

    public string PerspectiveScore(string name) =>
        Document.QuerySelectorAll("tr.perspective").Single(r => r.QuerySelector("th")!.TextContent.Trim() == name)
            .QuerySelector(".score")!.TextContent.Trim();

    public string Light(string code) => Row(code).QuerySelector(".light .traffic-light-label")?.TextContent.Trim() ?? "";
}
