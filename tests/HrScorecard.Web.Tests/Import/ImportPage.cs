using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Import;

/// <summary>Pages/Actuals/Import driven as a browser would: template download, multipart upload, confirmation form.</summary>
public static class ImportPage
{
    public static string Url(int scorecardId, int periodId) => $"/Actuals/Import?scorecardId={scorecardId}&periodId={periodId}";

    public static async Task<byte[]> TemplateAsync(HttpClient client, int scorecardId, int periodId, string format)
    {
        var response = await client.GetAsync($"{Url(scorecardId, periodId)}&handler=Template&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Uploads a file through the page's upload form; returns the answer and the page it shows.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(HttpClient client, int scorecardId, int periodId,
        string fileName, byte[] content)
    {
        var page = await HtmlForm.GetPageAsync(client, Url(scorecardId, periodId));
        var form = page.QuerySelector("#upload-form") ?? throw new InvalidOperationException("No upload form on the import page.");
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        body.Add(file, "upload", fileName);
        var response = await client.PostAsync(form.GetAttribute("action"), body);
        return (response, HtmlForm.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, IHtmlDocument preview, int scorecardId, int periodId) =>
        HtmlForm.From(client, preview, Url(scorecardId, periodId), "#confirm-form").PostAsync();

    public static IElement Row(this IHtmlDocument preview, string code) =>
        preview.QuerySelector($"#preview tbody tr[data-code='{code}']") ?? throw new InvalidOperationException($"No preview row for {code}.");

    public static string Cell(this IElement row, string cssClass) => row.QuerySelector("." + cssClass)?.TextContent.Trim() ?? "";

    public static string? UploadMessage(this IHtmlDocument page) =>
        page.QuerySelector("span[data-valmsg-for='upload']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string Errors(this IHtmlDocument page) => page.QuerySelector("#import-errors")?.TextContent.Trim() ?? "";
}

/// <summary>Reads and edits workbooks with the Open XML SDK directly, independent of the app's own reader.</summary>
public static class Workbook
{
    /// <summary>The first sheet as text: shared and inline strings as text, numbers as Excel stores them (invariant).</summary>
    public static List<List<string?>> Cells(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook!.Sheets!.Elements<Sheet>().First();
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
        var shared = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. worksheet.Worksheet!.Descendants<Row>().Select(row => row.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText
            : c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.CellValue?.Text).ToList())];
    }

    /// <summary>Sets the Actual (and Comment) cells of the row whose first cell is <paramref name="code"/>, as a user would in Excel.</summary>
    public static byte[] Fill(byte[] template, params (string Code, double Actual, string? Comment)[] values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var worksheet = (WorksheetPart)part.GetPartById(part.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
            var header = worksheet.Worksheet!.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
            int actual = header.IndexOf("Actual"), comment = header.IndexOf("Comment");
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().ToList();
                var match = values.Where(v => v.Code == cells[0].InnerText).ToList();
                if (match.Count == 0) continue;
                cells[actual].DataType = null;
                cells[actual].InlineString = null;
                cells[actual].CellValue = new CellValue(match[0].Actual);
                if (match[0].Comment is { } text)
                {
                    cells[comment].CellValue = null;
                    cells[comment].DataType = CellValues.InlineString;
                    cells[comment].InlineString = new InlineString(new Text(text));
                }
            }
        }
        return stream.ToArray();
    }
}
