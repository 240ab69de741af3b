using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Surveys;

/// <summary>Pages/Surveys/Upload driven as a browser would: a multipart file post, then the confirm form of the preview.</summary>
public sealed class UploadPage(HttpClient client, string url, IHtmlDocument document)
{
    public IHtmlDocument Document { get; } = document;

    public static string Url(int nodeId, int periodId) => $"/Surveys/Upload?nodeId={nodeId}&periodId={periodId}";

    public static async Task<UploadPage> OpenAsync(HttpClient client, int nodeId, int periodId)
    {
        var url = Url(nodeId, periodId);
        return new UploadPage(client, url, await HtmlForm.GetPageAsync(client, url));
    }

    /// <summary>Posts the file to the preview handler; the answer is the page showing the preview or the problem.</summary>
    public async Task<UploadPage> PreviewAsync(string fileName, byte[] content)
    {
        var form = HtmlForm.From(client, Document, url, "#upload-form");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.Get("__RequestVerificationToken")!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Input.File", fileName);
        var response = await client.PostAsync(form.Action, body);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Preview answered {(int)response.StatusCode}: {html[..Math.Min(500, html.Length)]}");
        return new UploadPage(client, url, HtmlForm.Parse(html));
    }

    public Task<HttpResponseMessage> ConfirmAsync() => HtmlForm.From(client, Document, url, "#confirm-form").PostAsync();

    public string? FileError => Document.QuerySelector("[data-valmsg-for='Input.File']")?.TextContent.Trim();

    public string? PageErrors => Document.QuerySelector("#upload-errors")?.TextContent.Trim();

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
