using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using HrScorecard.Web.Forms;
using HrScorecard.Domain.Surveys;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Surveys;

/// <summary>The header and answer rows read from an uploaded file, or why it could not be read.</summary>
public sealed record SurveyFileContent(IReadOnlyList<string> Items, IReadOnlyList<IReadOnlyList<int>> Answers);

/// <summary>
/// Reads a survey upload: CSV (comma, semicolon or tab; UTF-8 with or without BOM) through CsvHelper, XLSX (first
/// worksheet) through the Open XML SDK. Row 1 names the items; every further non-empty row is one respondent. Problems
/// name the file's row and column as a spreadsheet shows them, so HR can find the cell.
/// </summary>
public static class SurveyFile
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRespondents = 5000;
    public const int MaxItems = 60;
    public const int MaxItemNameLength = 100;

    // The messages come from the page model's localizer passed in: this reader is no service of its own.
    public static string Describe(IStringLocalizer messages) =>
        messages["XLSX or CSV up to {0} MB: row 1 names the items (at most {1}), then one row per respondent (at most {2}) with whole numbers {3}–{4}.",
            MaxBytes / (1024 * 1024), MaxItems, MaxRespondents, LikertSurvey.Lowest, LikertSurvey.Highest];

    /// <summary>The file's content, or the first problem found in it as a message for HR.</summary>
    public static (SurveyFileContent? Content, string? Problem) Read(Stream stream, string fileName, IStringLocalizer messages)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
            return (null, messages["\"{0}\" is neither a .csv nor a .xlsx file. Save the survey as CSV or Excel workbook (.xlsx).", fileName]);
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            // Empty rows count against the read limit too, hence the room; respondents are counted exactly in Interpret.
            var rows = SpreadsheetTable.Read(buffer.ToArray(), extension == ".xlsx", CultureInfo.InvariantCulture, 2 * MaxRespondents);
            if (rows.Count > 2 * MaxRespondents) throw new TooManyRowsException();
            return Interpret([.. rows], messages);
        }
        catch (TooManyRowsException)
        {
            return (null, messages["The file has more than {0} respondents; split the survey or upload a summary sample.", MaxRespondents]);
        }
        catch (Exception e) when (e is CsvFormatException or OpenXmlPackageException or InvalidDataException or FileFormatException
                                      or System.Xml.XmlException or InvalidOperationException or DecoderFallbackException)
        {
            return (null, extension == ".csv"
                ? messages["\"{0}\" could not be read as CSV (check quotes and separators): {1}", fileName, e.Message.Split('\n')[0]]
                : messages["\"{0}\" could not be read as an Excel workbook (.xlsx); save it again from Excel as .xlsx, or as CSV.", fileName]);
        }
    }

    private static (SurveyFileContent?, string?) Interpret(List<(int Row, string?[] Cells)> rows, IStringLocalizer messages)
    {
        rows = [.. rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))];
        if (rows.Count == 0) return (null, messages["The file is empty: row 1 must name the items, one column per question."]);
        if (rows.Count - 1 > MaxRespondents) throw new TooManyRowsException();

        var header = rows[0].Cells;
        var width = Array.FindLastIndex(header, c => !string.IsNullOrWhiteSpace(c)) + 1;
        if (width > MaxItems) return (null, messages["Row {0} has {1} columns; a survey may have at most {2} items.", rows[0].Row, width, MaxItems]);
        var items = new List<string>();
        for (var j = 0; j < width; j++)
        {
            var name = header[j]?.Trim() ?? "";
            if (name.Length == 0) return (null, messages["Row {0}, column {1}: the item name is empty; name every question in the header row.", rows[0].Row, Column(j)]);
            if (name.Length > MaxItemNameLength) return (null, messages["Row {0}, column {1}: the item name is longer than {2} characters.", rows[0].Row, Column(j), MaxItemNameLength]);
            items.Add(name);
        }

        var answers = new List<IReadOnlyList<int>>();
        foreach (var (row, cells) in rows.Skip(1))
        {
            if (Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c)) >= width)
                return (null, messages["Row {0} has an answer in column {1}, which has no item name in the header row.", row,
                    Column(Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c)))]);
            var answer = new int[width];
            for (var j = 0; j < width; j++)
            {
                var text = j < cells.Length ? cells[j]?.Trim() ?? "" : "";
                if (text.Length == 0)
                    return (null, messages["Row {0}, column {1} (\"{2}\"): the answer is empty; every respondent must answer every item (remove incomplete rows).", row, Column(j), items[j]]);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value)
                    || value < LikertSurvey.Lowest || value > LikertSurvey.Highest)
                    return (null, messages["Row {0}, column {1} (\"{2}\"): \"{3}\" is not an answer on the scale; expected a whole number from {4} to {5}.",
                        row, Column(j), items[j], text, LikertSurvey.Lowest, LikertSurvey.Highest]);
                answer[j] = (int)value;
            }
            answers.Add(answer);
        }
        if (answers.Count == 0) return (null, messages["The file has a header row but no respondents: add one row per respondent below it."]);
        return (new SurveyFileContent(items, answers), null);
    }

    /// <summary>Column letters as a spreadsheet shows them (0 → A, 26 → AA).</summary>
    private static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private sealed class TooManyRowsException : Exception;
}
