using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace HrScorecard.Web.Reports.Layout;

/// <summary>
/// HarfBuzz shaping (kerning, combining marks) like SkiaSharp's SKShaper, but without ligatures: with them "fi" in
/// "Qualified" becomes one glyph that PDF readers extract and search as "ﬁ", so a KPI name could not be found or copied.
/// Not thread-safe (one HarfBuzz buffer): one instance per document.
/// </summary>
public sealed class TextShaper : IDisposable
{
    private const int FontScale = 512;
    private static readonly Feature[] NoLigatures =
        [new(Tag.Parse("liga"), 0), new(Tag.Parse("clig"), 0), new(Tag.Parse("dlig"), 0)];

    private readonly HarfBuzzSharp.Font _font;
    private readonly Buffer _buffer = new();

    public TextShaper(SKTypeface typeface)
    {
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        _font = new HarfBuzzSharp.Font(face);
        _font.SetScale(FontScale, FontScale);
        _font.SetFunctionsOpenType();
    }

    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    public float Measure(string text, SKFont font) => Shape(text, font, out _, out _);

    public void Draw(SKCanvas canvas, string text, float x, float baseline, SKTextAlign align, SKFont font, SKPaint paint)
    {
        var width = Shape(text, font, out var glyphs, out var positions);
        if (glyphs.Length == 0) return;
        x -= align switch { SKTextAlign.Center => width / 2, SKTextAlign.Right => width, _ => 0 };
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, glyphs.Length);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        using var blob = builder.Build();
        canvas.DrawText(blob, x, baseline, paint);
    }

    private float Shape(string text, SKFont font, out ushort[] glyphs, out SKPoint[] positions)
    {
        _buffer.ClearContents();
        _buffer.AddUtf16(text);
        _buffer.GuessSegmentProperties();
        _font.Shape(_buffer, NoLigatures);
        var infos = _buffer.GlyphInfos;
        var offsets = _buffer.GlyphPositions;
        var scale = font.Size / FontScale;
        glyphs = new ushort[infos.Length];
        positions = new SKPoint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            positions[i] = new SKPoint(x + offsets[i].XOffset * scale, -offsets[i].YOffset * scale);
            x += offsets[i].XAdvance * scale;
        }
        return x;
    }

    public void Dispose()
    {
        _font.Dispose();
        _buffer.Dispose();
    }
}
