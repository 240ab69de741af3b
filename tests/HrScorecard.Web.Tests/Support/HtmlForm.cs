using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HrScorecard.Web.Tests.Support;

/// <summary>
/// A form as a browser would submit it: read from a real page (antiforgery token included), fields changed by name,
/// posted back through the same client (same cookies).
/// </summary>
public sealed class HtmlForm
{
    private readonly HttpClient _client;
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(HttpClient client, string action, List<KeyValuePair<string, string>> fields)
    {
        _client = client;
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return new HtmlParser().ParseDocument(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The form matched by <paramref name="selector"/> on the page at <paramref name="url"/>.</summary>
    public static async Task<HtmlForm> FromPageAsync(HttpClient client, string url, string selector = "main form[method=post]")
    {
        var page = await GetPageAsync(client, url);
        return From(client, page, url, selector);
    }

    public static HtmlForm From(HttpClient client, IHtmlDocument page, string url, string selector = "main form[method=post]")
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{selector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    if (input.Type is "submit" or "button") break;
                    fields.Add(new(name, input.Type is "checkbox" && string.IsNullOrEmpty(input.GetAttribute("value")) ? "true" : input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return new HtmlForm(client, action, fields);
    }

    public string? Get(string name) => _fields.LastOrDefault(f => f.Key == name).Value;

    public HtmlForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Several values under one name, as checked checkboxes send them; none unchecks them all.</summary>
    public HtmlForm SetAll(string name, params string[] values)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>Posts the form; a named submit button or page handler can be added with <see cref="Set"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string? handler = null)
    {
        var action = handler is null ? Action : $"{Action}{(Action.Contains('?') ? '&' : '?')}handler={handler}";
        return _client.PostAsync(action, new FormUrlEncodedContent(_fields));
    }
}
