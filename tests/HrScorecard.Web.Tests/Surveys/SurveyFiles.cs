using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HrScorecard.Web.Tests.Surveys;

/// <summary>Survey files as HR would export them: CSV text and a real XLSX workbook (header names as shared strings).</summary>
public static class SurveyFiles
{
    public static readonly string[] Items = ["Clear goals", "Fair feedback", "Listens", "Recognises work"];

    /// <summary>
    /// 22 respondents (the papers' N), 4 items: the first three follow a respondent's level 1–5 with an item-dependent
    /// spread of ±1; the fourth is unrelated to the level, so it comes out not valid (r ≈ 0.405 &lt; 0.4227) and α questionable.
    /// </summary>
    public static readonly int[][] Answers = [.. Enumerable.Range(0, 22).Select(i => (int[])
        [.. Enumerable.Range(0, 3).Select(j => Math.Clamp(1 + i % 5 + (i * 7 + j * 5) % 3 - 1, 1, 5)), 1 + (i * i + i / 5) % 5])];

    public static byte[] Csv(IReadOnlyList<string> items, IEnumerable<int[]> rows, char separator = ',', bool bom = false)
    {
        var text = new StringBuilder().AppendLine(string.Join(separator, items.Select(i => $"\"{i}\"")));
        foreach (var row in rows) text.AppendLine(string.Join(separator, row));
        return bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())] : Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx(IReadOnlyList<string> items, IEnumerable<int[]> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(items.Select(i => new SharedStringItem(new Text(i))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(items.Select((_, j) => new Cell
            {
                CellReference = $"{(char)('A' + j)}1", DataType = CellValues.SharedString, CellValue = new CellValue(j.ToString(CultureInfo.InvariantCulture)),
            })) { RowIndex = 1 });
            var r = 2u;
            foreach (var row in rows)
            {
                var index = r++;
                data.Append(new Row(row.Select((v, j) => new Cell
                {
                    CellReference = $"{(char)('A' + j)}{index}", DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)),
                })) { RowIndex = index });
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Answers" }));
        }
        return memory.ToArray();
    }
}
