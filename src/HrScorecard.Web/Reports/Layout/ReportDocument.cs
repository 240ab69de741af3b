using SkiaSharp;

namespace HrScorecard.Web.Reports.Layout;

public sealed record TextStyle(float Size = 9f, bool Bold = false, SKColor? Color = null)
{
    public float LineHeight => Size * 1.3f;
}

public enum CellAlign { Left, Right }

/// <summary>A table column; <paramref name="Width"/> is relative to the other columns'.</summary>
public sealed record TableColumn(string Header, float Width, CellAlign Align = CellAlign.Left);

/// <summary>A table cell; <paramref name="Swatch"/> draws a coloured dot before the text (a traffic light).</summary>
public sealed record TableCell(string Text, SKColor? Swatch = null, bool Bold = false)
{
    public static implicit operator TableCell(string text) => new(text);
}

/// <summary>
/// A4 portrait pages flowing top to bottom: text wraps, tables break between rows and repeat their header row, every
/// page gets a header and a "Page x of y" footer. Content is laid out first and drawn in <see cref="Render"/>, once the
/// page count is known. Text is shaped with HarfBuzz in the shipped DejaVu Sans, so what is measured is what is drawn.
/// </summary>
public sealed class ReportDocument(string headerText, string footerText, Func<int, int, string>? pageOf = null) : IDisposable
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    private const float Margin = 48;
    private const float HeaderHeight = 26;
    private const float FooterHeight = 26;
    private const float CellPadding = 3.5f;
    private static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    private static readonly SKColor Rule = new(0xBD, 0xBD, 0xBD);
    private static readonly SKColor HeaderFill = new(0xEC, 0xEF, 0xF1);

    private readonly TextShaper _regular = new(ReportFonts.Regular);
    private readonly TextShaper _bold = new(ReportFonts.Bold);
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private float _y = float.MaxValue;

    public static float Left => Margin;
    public static float ContentWidth => PageWidth - 2 * Margin;
    private static float Top => Margin + HeaderHeight;
    private static float Bottom => PageHeight - Margin - FooterHeight;

    public int PageCount => _pages.Count;
    private float Remaining => Bottom - _y;

    public void NewPage()
    {
        _pages.Add([]);
        _y = Top;
    }

    public void Space(float height) => _y = Math.Min(_y + height, Bottom);

    /// <summary>Wrapped text; lines move to the next page when the page is full.</summary>
    public void Text(string text, TextStyle style, float spaceAfter = 4)
    {
        foreach (var line in Wrap(text, style, ContentWidth))
        {
            EnsureRoom(style.LineHeight);
            var baseline = _y + style.Size;
            Draw(canvas => DrawText(canvas, line, Left, baseline, style, SKTextAlign.Left));
            _y += style.LineHeight;
        }
        Space(spaceAfter);
    }

    /// <summary>A section heading, kept on the page of what follows it.</summary>
    public void Heading(string text, float size = 14, float keepWithNext = 90)
    {
        EnsureRoom(keepWithNext);
        Space(4);
        Text(text, new TextStyle(size, Bold: true), spaceAfter: 6);
    }

    /// <summary>A fixed-height drawing (chart, coloured badge) that is never split across pages.</summary>
    public void Block(float height, Action<SKCanvas, SKRect> draw)
    {
        EnsureRoom(height);
        var area = new SKRect(Left, _y, Left + ContentWidth, _y + height);
        Draw(canvas => draw(canvas, area));
        _y += height;
    }

    /// <summary>A table that breaks only between rows and repeats its header row on every page it spans.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, float fontSize = 8.5f)
    {
        var style = new TextStyle(fontSize);
        var headerStyle = style with { Bold = true };
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => c.Width / total * ContentWidth).ToArray();
        var header = columns.Select(c => new TableCell(c.Header)).ToArray();
        var headerLines = Layout(header, headerStyle, widths, hasSwatch: false);
        var headerHeight = RowHeight(headerLines, headerStyle);
        var headerPlaced = false;
        foreach (var row in rows)
        {
            var lines = Layout(row, style, widths, hasSwatch: true);
            var height = RowHeight(lines, style);
            if (!headerPlaced || Remaining < height)
            {
                // A row that does not fit opens the next page, which starts with the header row again.
                if (Remaining < headerHeight + height) NewPage();
                PlaceRow(columns, header, headerLines, widths, headerStyle, headerHeight, HeaderFill);
                headerPlaced = true;
            }
            PlaceRow(columns, row, lines, widths, style, height, fill: null);
        }
        Space(8);
    }

    private List<string>[] Layout(IReadOnlyList<TableCell> row, TextStyle style, float[] widths, bool hasSwatch) =>
        [.. row.Select((cell, i) => Wrap(cell.Text, cell.Bold ? style with { Bold = true } : style, widths[i] - 2 * CellPadding - (hasSwatch && cell.Swatch is not null ? SwatchSpace(style) : 0)))];

    private static float RowHeight(List<string>[] lines, TextStyle style) =>
        lines.Max(l => l.Count) * style.LineHeight + 2 * CellPadding;

    private static float SwatchSpace(TextStyle style) => style.Size + 3;

    private void PlaceRow(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell> row, List<string>[] lines,
        float[] widths, TextStyle style, float height, SKColor? fill)
    {
        var top = _y;
        Draw(canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            if (fill is { } background)
            {
                paint.Color = background;
                canvas.DrawRect(Left, top, ContentWidth, height, paint);
            }
            paint.Color = Rule;
            paint.StrokeWidth = 0.5f;
            canvas.DrawLine(Left, top + height, Left + ContentWidth, top + height, paint);
            var x = Left;
            for (var i = 0; i < columns.Count; i++)
            {
                var textLeft = x + CellPadding;
                if (row[i].Swatch is { } swatch && fill is null)
                {
                    paint.Color = swatch;
                    paint.Style = SKPaintStyle.Fill;
                    canvas.DrawCircle(textLeft + style.Size / 2, top + CellPadding + style.Size * 0.62f, style.Size * 0.42f, paint);
                    textLeft += SwatchSpace(style);
                }
                var cellStyle = row[i].Bold ? style with { Bold = true } : style;
                for (var l = 0; l < lines[i].Count; l++)
                {
                    var baseline = top + CellPadding + style.Size + l * style.LineHeight;
                    if (columns[i].Align == CellAlign.Right)
                        DrawText(canvas, lines[i][l], x + widths[i] - CellPadding, baseline, cellStyle, SKTextAlign.Right);
                    else
                        DrawText(canvas, lines[i][l], textLeft, baseline, cellStyle, SKTextAlign.Left);
                }
                x += widths[i];
            }
        });
        _y += height;
    }

    public float Measure(string text, TextStyle style) =>
        text.Length == 0 ? 0 : Shaper(style).Measure(text, Font(style));

    /// <summary>Greedy word wrap; a word longer than the width is broken where it must.</summary>
    public List<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, style) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && Measure(line, style) > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut], style) > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public void DrawText(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKTextAlign align)
    {
        if (text.Length == 0) return;
        using var paint = new SKPaint { Color = style.Color ?? Ink, IsAntialias = true };
        Shaper(style).Draw(canvas, text, x, baseline, align, Font(style), paint);
    }

    /// <summary>Draws every page with its header and "Page x of y" footer and returns the PDF.</summary>
    public byte[] Render(string title)
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = title, Creator = "HrScorecard", Producer = "HrScorecard (SkiaSharp)" };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawFrame(canvas, i + 1);
                foreach (var draw in _pages[i]) draw(canvas);
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    private void DrawFrame(SKCanvas canvas, int page)
    {
        var small = new TextStyle(7.5f, Color: new SKColor(0x61, 0x61, 0x61));
        using var paint = new SKPaint { Color = Rule, StrokeWidth = 0.5f, IsAntialias = true };
        DrawText(canvas, headerText, Left, Margin + small.Size, small, SKTextAlign.Left);
        canvas.DrawLine(Left, Margin + HeaderHeight - 8, Left + ContentWidth, Margin + HeaderHeight - 8, paint);
        var footerTop = PageHeight - Margin - FooterHeight + 8;
        canvas.DrawLine(Left, footerTop, Left + ContentWidth, footerTop, paint);
        DrawText(canvas, footerText, Left, footerTop + 4 + small.Size, small, SKTextAlign.Left);
        DrawText(canvas, pageOf?.Invoke(page, _pages.Count) ?? $"Page {page} of {_pages.Count}", Left + ContentWidth, footerTop + 4 + small.Size, small, SKTextAlign.Right);
    }

    private void EnsureRoom(float height)
    {
        if (Remaining < height) NewPage();
    }

    private void Draw(Action<SKCanvas> draw) => _pages[^1].Add(draw);

    private TextShaper Shaper(TextStyle style) => style.Bold ? _bold : _regular;

    private SKFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue((style.Bold, style.Size), out var font))
        {
            font = new SKFont(style.Bold ? ReportFonts.Bold : ReportFonts.Regular, style.Size) { Subpixel = true };
            _fonts[(style.Bold, style.Size)] = font;
        }
        return font;
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
        foreach (var font in _fonts.Values) font.Dispose();
    }
}
