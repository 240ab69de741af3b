using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>
/// One-sheet workbooks through the Open XML SDK: written for the import template and the results export, read back
/// for the import. Numbers are written as numbers (not text), so spreadsheets can compute with them.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A workbook with one sheet: a header row, then one row per entry (string, double or null cells).</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = SheetName(sheetName) });
            uint number = 1;
            data.Append(Row(number++, [.. headers]));
            foreach (var row in rows) data.Append(Row(number++, row));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The cells of the first sheet as text, row by row with the row number a spreadsheet shows. Numeric cells come back
    /// in <paramref name="culture"/>'s format, so they go through the same number rules as typed text.
    /// </summary>
    public static IReadOnlyList<(int Row, string?[] Cells)> Read(Stream stream, CultureInfo culture)
    {
        // A small zip can unpack to a huge sheet: cap what a part may hold.
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 20_000_000 });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheet.");
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            throw new InvalidDataException("The first sheet of the workbook cannot be read.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new List<(int, string?[])>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
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

    private static Row Row(uint number, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference },
                double d when double.IsFinite(d) => new Cell { CellReference = reference, CellValue = new CellValue(d) },
                var v => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }
        return row;
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }
}
