using System.Globalization;
using System.Text;
using CsvHelper;
using HrScorecard.Web.Forms;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Actuals;

/// <summary>A data row of an uploaded file: the row number the spreadsheet shows and the cells the import reads.</summary>
public sealed record ImportRow(int Row, string? Code, string? Actual, string? Comment);

/// <summary>What reading an upload gave: its rows, or why the file as a whole cannot be used.</summary>
public sealed record ImportRead(IReadOnlyList<ImportRow> Rows, string? Problem);

/// <summary>
/// Reads uploaded actuals (XLSX, or CSV separated by commas or semicolons, UTF-8 with or without BOM) and writes the
/// template they start from. The columns are found by their header, so HR may reorder or add columns. Its messages
/// come in the language of the page model's localizer passed in (the headers stay English: they are matched).
/// </summary>
public static class ImportFile
{
    /// <summary>Larger files are refused before they are read: a scorecard has tens of KPIs, not thousands.</summary>
    public const int MaxBytes = 1024 * 1024;

    public const int MaxRows = 500;

    public static readonly string[] Headers = ["Code", "KPI", "Unit", "Target", "Actual", "Comment"];

    public static bool IsAccepted(string fileName) => Extension(fileName) is ".csv" or ".xlsx";

    public static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();

    public static ImportRead Read(byte[] content, string fileName, CultureInfo culture, IStringLocalizer text)
    {
        if (content.Length > MaxBytes) return Refused(TooLarge(text));
        try
        {
            var table = SpreadsheetTable.Read(content, Extension(fileName) == ".xlsx", culture, MaxRows + 1);
            return FromTable(table, text);
        }
        catch (DecoderFallbackException)
        {
            return Refused(text["The file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\" or as an Excel workbook (.xlsx)."]);
        }
#pragma warning disable CA1031 // a broken upload, whatever the library throws for it, is a message for HR and never a 500
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Refused(Extension(fileName) == ".xlsx"
                ? text["The file cannot be read as an Excel workbook (.xlsx). Start again from the template."]
                : text["The file cannot be read as CSV. Start again from the template."]);
        }
    }

    public static string TooLarge(IStringLocalizer text) =>
        text["The file is larger than {0} KB: an import holds one row per KPI. Remove other sheets or columns and upload it again.", MaxBytes / 1024];

    private static ImportRead Refused(string problem) => new([], problem);

    private static ImportRead FromTable(IReadOnlyList<(int Row, string?[] Cells)> table, IStringLocalizer text)
    {
        var nonEmpty = table.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0) return Refused(text["The file is empty. Start from the template: it lists the KPIs of this scorecard."]);
        var header = nonEmpty[0].Cells.Select(c => c?.Trim() ?? "").ToList();
        int code = Column("Code"), actual = Column("Actual"), comment = Column("Comment");
        if (code < 0 || actual < 0)
            return Refused(text["The first row must name the columns, with at least \"Code\" and \"Actual\" (the template has {0}).", string.Join(", ", Headers)]);
        if (nonEmpty.Count - 1 > MaxRows)
            return Refused(text["The file has {0} rows; at most {1} are read in one import.", nonEmpty.Count - 1, MaxRows]);
        return new ImportRead([.. nonEmpty.Skip(1).Select(r => new ImportRow(r.Row, Cell(r.Cells, code), Cell(r.Cells, actual), Cell(r.Cells, comment)))], null);

        int Column(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Cell(string?[] cells, int index) =>
        index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index]!.Trim() : null;

    /// <summary>The template as CSV: the culture's list separator (";" where the decimal separator is a comma), UTF-8 with BOM for Excel.</summary>
    public static byte[] CsvTemplate(IEnumerable<IReadOnlyList<string?>> rows, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        var separator = culture.TextInfo.ListSeparator is ";" || culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = separator, WriteByteOrderMark = true }, leaveOpen: true))
        {
            writer.WriteHeader(Headers);
            foreach (var row in rows)
            {
                foreach (var cell in row) writer.WriteField(cell);
                writer.EndRecord();
            }
            writer.Flush();
        }
        return stream.ToArray();
    }
}
