using System.Text.RegularExpressions;

namespace HrScorecard.Web.Tests.Security;

/// <summary>
/// The Content-Security-Policy refuses inline script, inline event handlers and style attributes, so a page that
/// uses them breaks in the browser. Checked in the Razor sources, where a page added later is caught before it ships.
/// </summary>
public sealed partial class InlineCodeTests
{
    [Fact]
    public void No_page_has_inline_script_event_handlers_or_style_attributes()
    {
        var pages = Path.Combine(SourceTree.WebProject(), "Pages");
        var offences = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(pages, file), Line: i + 1, Text: line)))
            .Where(l => StyleAttribute().IsMatch(l.Text) || EventHandler().IsMatch(l.Text) || InlineScript().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Move these to wwwroot/css or wwwroot/js (data attributes + CSSOM):" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    // A script element without src that is not a JSON data block (those are never executed).
    [GeneratedRegex(@"<script(?![^>]*\ssrc\s*=)(?![^>]*type\s*=\s*""application/json"")", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}

/// <summary>Folders of this checkout, found by walking up from the test binaries.</summary>
internal static class SourceTree
{
    public static string WebProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "HrScorecard.Web");
            if (File.Exists(Path.Combine(candidate, "appsettings.json"))) return candidate;
        }
        throw new InvalidOperationException("src/HrScorecard.Web not found above " + AppContext.BaseDirectory);
    }
}
