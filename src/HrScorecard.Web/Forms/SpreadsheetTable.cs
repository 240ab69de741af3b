using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HrScorecard.Web.Forms;

/// <summary>
/// An uploaded spreadsheet as rows of text cells, each with the row number a spreadsheet shows: the first sheet of an
/// XLSX (Open XML SDK) or a CSV (CsvHelper: comma, semicolon or tab, UTF-8 with or without BOM). The import of actuals
/// and the survey upload read files through here and interpret the cells their own way.
/// </summary>
public static class SpreadsheetTable
{
    /// <summary>At most <paramref name="maxRows"/> + 1 rows are read, so the caller can tell that a file is too long.</summary>
    public static IReadOnlyList<(int Row, string?[] Cells)> Read(byte[] content, bool isXlsx, CultureInfo culture, int maxRows) =>
        isXlsx ? ReadXlsx(content, culture, maxRows) : ReadCsv(content, maxRows);

    private static List<(int Row, string?[] Cells)> ReadCsv(byte[] content, int maxRows)
    {
        // Strict decoding: a file saved as ANSI/Latin-1 is refused (DecoderFallbackException) instead of read as mangled text.
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        // The separator is detected by CsvHelper from the first lines.
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 64 * 1024,
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<(int, string?[])>();
        while (rows.Count <= maxRows && reader.Read())
        {
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
            rows.Add(((int)reader.LineNumber, cells));
        }
        return rows;
    }

    /// <summary>Numeric cells come back in <paramref name="culture"/>'s format, so they go through the same number rules as typed text.</summary>
    private static List<(int Row, string?[] Cells)> ReadXlsx(byte[] content, CultureInfo culture, int maxRows)
    {
        // A small zip can unpack to a huge sheet: cap what a part may hold.
        using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false,
            new OpenSettings { MaxCharactersInPart = 20_000_000 });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheet.");
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            throw new InvalidDataException("The first sheet of the workbook cannot be read.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new List<(int, string?[])>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            if (result.Count > maxRows) break;
            var cells = new List<string?>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                while (cells.Count <= column) cells.Add(null);
                cells[column] = Text(cell, shared, culture);
                position = column + 1;
            }
            result.Add(((int)(row.RowIndex?.Value ?? (uint)(result.Count + 1)), [.. cells]));
        }
        return result;
    }

    private static string? Text(Cell cell, List<string> shared, CultureInfo culture)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : null;
        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number.ToString("R", culture);
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }
}
