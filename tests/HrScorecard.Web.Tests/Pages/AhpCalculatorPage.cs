using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Pages;

/// <summary>
/// Page object for /Ahp: reads the calculator form as a browser would (fields, antiforgery token, selected options),
/// lets a test fill it and posts it with the same client, so the antiforgery cookie travels along.
/// </summary>
internal sealed class AhpCalculatorPage
{
    private const string FormSelector = "#ahp-form";

    private readonly HttpClient _client;
    private readonly HtmlForm? _form;

    private AhpCalculatorPage(HttpClient client, HttpStatusCode status, string html, string url)
    {
        _client = client;
        Status = status;
        Html = html;
        Document = HtmlForm.Parse(html);
        _form = Document.QuerySelector(FormSelector) is null ? null : HtmlForm.From(client, Document, url, FormSelector);
    }

    public HttpStatusCode Status { get; }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    public static async Task<AhpCalculatorPage> OpenAsync(HttpClient client, int? size = null)
    {
        var url = size is null ? "/Ahp" : $"/Ahp?size={size}";
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return new AhpCalculatorPage(client, response.StatusCode, await response.Content.ReadAsStringAsync(), url);
    }

    /// <summary>The item name fields' current values, in order.</summary>
    public IReadOnlyList<string> ItemNames => Values("input[name^='Input.Names[']", e => ((IHtmlInputElement)e).Value);

    /// <summary>The comparison selects' current values, one per pair (0,1), (0,2) … (n−2,n−1).</summary>
    public IReadOnlyList<string> Judgments => Values("select[name^='Input.Judgments[']", e => ((IHtmlSelectElement)e).Value ?? "");

    public bool HasAntiforgeryToken => _form?.Get("__RequestVerificationToken") is { Length: > 0 };

    public AhpCalculatorPage Name(int item, string name) => Set($"Input.Names[{item}]", name);

    /// <summary>Chooses scale points pair by pair: k = the left item matters k times more, −k the right one, 1 equal.</summary>
    public AhpCalculatorPage Judge(params int[] points)
    {
        for (var k = 0; k < points.Length; k++) Set($"Input.Judgments[{k}]", points[k].ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public AhpCalculatorPage UseMethod(string method) => Set("Input.Method", method);

    public async Task<AhpCalculatorPage> CalculateAsync()
    {
        Assert.True(HasAntiforgeryToken, "The form has no antiforgery token.");
        var response = await _form!.PostAsync();
        return new AhpCalculatorPage(_client, response.StatusCode, await response.Content.ReadAsStringAsync(), _form.Action);
    }

    public bool HasResult => Document.GetElementById("result") is not null;

    /// <summary>"Consistent: CR = …" or "Not consistent: CR = …"; null without a result.</summary>
    public string? Verdict => TextOf(Document.GetElementById("verdict"));

    public string? ConsistencyRatio => TextOf(Document.GetElementById("cr"));

    /// <summary>The sentence naming the judgment to reconsider; null when there is none.</summary>
    public string? Reconsider => TextOf(Document.GetElementById("reconsider"));

    /// <summary>The weights as shown, by item name (e.g. "0.5424").</summary>
    public IReadOnlyDictionary<string, string> Weights =>
        Document.QuerySelectorAll("#weights li").Select(li => li.QuerySelectorAll("span").Select(s => s.TextContent.Trim()).ToArray())
            .ToDictionary(spans => spans[0], spans => spans[1].Split(' ')[0]);

    /// <summary>The validation message shown beside the field (in the same cell), or null when there is none.</summary>
    public string? MessageNextTo(string field)
    {
        var input = Document.QuerySelector($"[name='{field}']");
        var message = input?.ParentElement?.QuerySelector($"span[data-valmsg-for='{field}']");
        return TextOf(message) is { Length: > 0 } text ? text : null;
    }

    private AhpCalculatorPage Set(string field, string value)
    {
        Assert.True(_form?.Get(field) is not null, $"The form has no field {field}.");
        _form!.Set(field, value);
        return this;
    }

    private string[] Values(string selector, Func<IElement, string> value) => [.. Document.QuerySelectorAll(selector).Select(value)];

    private static string? TextOf(IElement? element) =>
        element is null ? null : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
