using AngleSharp.Html.Dom;

namespace HrScorecard.Web.Tests.Support;

/// <summary>Reading a rendered page the way a reader sees it.</summary>
public static class PageText
{
    /// <summary>The trimmed text of the first element matching <paramref name="selector"/>; a missing element fails the test.</summary>
    public static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No {selector} on the page.");
}
