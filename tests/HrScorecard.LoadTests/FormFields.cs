using System.Net;
using System.Text.RegularExpressions;

namespace HrScorecard.LoadTests;

/// <summary>
/// The fields a browser would submit from one form of a page (antiforgery token included), read with regular
/// expressions rather than an HTML parser so that the load generator spends little of the shared CPU on parsing.
/// Good enough for this app's server-rendered forms: quoted attributes, no scripts creating fields.
/// </summary>
public sealed partial class FormFields
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private FormFields(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public static FormFields Of(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No form #{formId} on the page.");
        start = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match tag in FieldTag().Matches(form))
        {
            var attributes = new Dictionary<string, string>();
            foreach (Match a in Attributes().Matches(tag.Groups["attributes"].Value))
                attributes.TryAdd(a.Groups["name"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(a.Groups["value"].Value));
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled")) continue;
            if (tag.Groups["content"].Success)
            {
                fields.Add(new(name, WebUtility.HtmlDecode(tag.Groups["content"].Value)));
                continue;
            }
            var type = attributes.GetValueOrDefault("type", "text");
            if (type is "submit" or "button" || (type is "checkbox" or "radio" && !attributes.ContainsKey("checked"))) continue;
            fields.Add(new(name, attributes.GetValueOrDefault("value", "")));
        }
        return new FormFields(fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public IEnumerable<string> Names => _fields.Select(f => f.Key);

    public FormFields Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0) _fields.Add(new(name, value));
        else _fields[index] = new(name, value);
        return this;
    }

    public FormUrlEncodedContent ToContent() => new(_fields);

    [GeneratedRegex("""<textarea\b(?<attributes>[^>]*)>(?<content>[^<]*)</textarea>|<input\b(?<attributes>[^>]*)>""", RegexOptions.IgnoreCase)]
    private static partial Regex FieldTag();

    [GeneratedRegex("""(?<name>[A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*"(?<value>[^"]*)")?""")]
    private static partial Regex Attributes();
}
