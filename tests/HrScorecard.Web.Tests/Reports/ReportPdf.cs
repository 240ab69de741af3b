using System.Net;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace HrScorecard.Web.Tests.Reports;

/// <summary>A downloaded report read back with PdfPig: the words of each page, joined by single spaces.</summary>
public sealed record ReportPdf(byte[] Bytes, IReadOnlyList<string> Pages, IReadOnlyList<IReadOnlyList<Word>> Words)
{
    public string Text => string.Join("\n", Pages);

    public static async Task<ReportPdf> GetAsync(HttpClient client, int scorecardId, int periodId) =>
        Read(await DownloadAsync(client, scorecardId, periodId));

    public static async Task<byte[]> DownloadAsync(HttpClient client, int scorecardId, int periodId)
    {
        var response = await client.GetAsync($"/Reports/Pdf?scorecardId={scorecardId}&periodId={periodId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // For a look with pdftoppm: REPORT_PDF_FOLDER=/tmp/pdfs dotnet test ...
        if (Environment.GetEnvironmentVariable("REPORT_PDF_FOLDER") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"scorecard-{scorecardId}-period-{periodId}.pdf"), bytes);
        }
        return bytes;
    }

    public static ReportPdf Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var words = document.GetPages().Select(p => (IReadOnlyList<Word>)[.. p.GetWords()]).ToList();
        return new ReportPdf(bytes, [.. words.Select(w => string.Join(" ", w.Select(x => x.Text)))], words);
    }
}
