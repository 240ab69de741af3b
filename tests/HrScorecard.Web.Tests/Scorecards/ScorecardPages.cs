using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Scorecards;

/// <summary>Shortcuts the scorecard page tests share: the database behind the app, and scorecards made through the pages.</summary>
internal static class ScorecardPages
{
    public static async Task<T> InDbAsync<T>(this HrScorecardFactory factory, Func<ScorecardDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>());
    }

    public static Task<int> DemoScorecardIdAsync(this HrScorecardFactory factory) =>
        factory.InDbAsync(db => db.Scorecards.Where(s => s.Name == DemoData.ScorecardName).Select(s => s.Id).SingleAsync());

    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Creates a scorecard through the Create page and returns its id (from the redirect to its tree).</summary>
    public static async Task<int> CreateScorecardAsync(this HttpClient hr, string name, string startingPoint = "template", int? copyFromId = null)
    {
        var form = await HtmlForm.FromPageAsync(hr, "/Scorecards/Create", "#scorecard-form");
        form.Set("Input.Name", name).Set("Input.OrganisationUnit", "Test unit").Set("Input.StartingPoint", startingPoint);
        if (copyFromId is { } source) form.Set("Input.CopyFromId", source.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return IdFromTreeRedirect(await form.PostAsync());
    }

    public static async Task<int> CloneAsync(this HttpClient hr, int sourceId, string name, bool copyPeriods = true)
    {
        var form = await HtmlForm.FromPageAsync(hr, $"/Scorecards/Clone?id={sourceId}", "#clone-form");
        form.Set("Input.Name", name);
        if (!copyPeriods) form.Remove("Input.CopyPeriods").Set("Input.CopyPeriods", "false");
        return IdFromTreeRedirect(await form.PostAsync());
    }

    public static int IdFromTreeRedirect(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Scorecards/Tree?id=", location, StringComparison.Ordinal);
        return int.Parse(location["/Scorecards/Tree?id=".Length..].Split('#')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The validation message shown next to a field.</summary>
    public static string MessageFor(this IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var page = await HtmlForm.GetPageAsync(client, url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
