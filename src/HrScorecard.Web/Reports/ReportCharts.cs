using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Reports.Layout;
using SkiaSharp;

namespace HrScorecard.Web.Reports;

/// <summary>
/// Vector charts drawn straight onto the PDF page. They only repeat numbers the report also prints in its tables, so
/// they stay simple: bars of perspective scores and lines of scores over periods, with the thresholds marked.
/// </summary>
public static class ReportCharts
{
    private static readonly SKColor Axis = new(0x75, 0x75, 0x75);
    private static readonly SKColor[] Series =
    [
        new(0x21, 0x21, 0x21), new(0x15, 0x65, 0xC0), new(0x6A, 0x1B, 0x9A), new(0x00, 0x83, 0x8F), new(0xEF, 0x6C, 0x00),
        new(0x5D, 0x40, 0x37), new(0xAD, 0x14, 0x57), new(0x55, 0x8B, 0x2F),
    ];

    public static SKColor SeriesColour(int index) => Series[index % Series.Length];

    /// <summary>Horizontal bars, one per (label, score), coloured by light, with the yellow and green thresholds dashed.</summary>
    public static void Bars(ReportDocument document, ReportFormat format, Thresholds thresholds,
        IReadOnlyList<(string Label, double? Score, TrafficLight Light)> bars, SKCanvas canvas, SKRect area)
    {
        var label = new TextStyle(8);
        const float labelWidth = 150, valueWidth = 40;
        var plot = new SKRect(area.Left + labelWidth, area.Top, area.Right - valueWidth, area.Bottom - 14);
        var max = ScaleMax(bars.Select(b => b.Score));
        float X(double score) => plot.Left + (float)(score / max) * plot.Width;
        var rowHeight = plot.Height / bars.Count;
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < bars.Count; i++)
        {
            var (text, score, light) = bars[i];
            var middle = plot.Top + rowHeight * (i + 0.5f);
            document.DrawText(canvas, text, plot.Left - 6, middle + 3, label, SKTextAlign.Right);
            paint.Color = ReportFormat.Colour(light);
            if (score is { } s) canvas.DrawRect(plot.Left, middle - rowHeight * 0.3f, X(s) - plot.Left, rowHeight * 0.6f, paint);
            document.DrawText(canvas, format.Score(score), (score is { } v ? X(v) : plot.Left) + 4, middle + 3, label with { Bold = true }, SKTextAlign.Left);
        }
        DrawScale(document, format, canvas, plot, max, X, thresholds);
    }

    /// <summary>One line per series over the periods (null scores leave a gap), the first series drawn heavier.</summary>
    public static void Trend(ReportDocument document, ReportFormat format, Thresholds thresholds, IReadOnlyList<string> periods,
        IReadOnlyList<(string Name, IReadOnlyList<double?> Scores)> series, SKCanvas canvas, SKRect area)
    {
        var small = new TextStyle(7.5f);
        var legendHeight = 14f * ((series.Count + 3) / 4);
        var plot = new SKRect(area.Left + 30, area.Top + 6, area.Right - 10, area.Bottom - 18 - legendHeight);
        var max = ScaleMax(series.SelectMany(s => s.Scores));
        float Y(double score) => plot.Bottom - (float)(score / max) * plot.Height;
        float X(int period) => periods.Count == 1 ? plot.MidX : plot.Left + 10 + period * (plot.Width - 20) / (periods.Count - 1);

        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, Color = Axis };
        for (var tick = 0.0; tick <= max + 1e-9; tick += TickStep(max))
        {
            paint.Color = new SKColor(0xE0, 0xE0, 0xE0);
            canvas.DrawLine(plot.Left, Y(tick), plot.Right, Y(tick), paint);
            document.DrawText(canvas, tick.ToString("0", format.Culture), plot.Left - 4, Y(tick) + 3, small, SKTextAlign.Right);
        }
        using (var dash = SKPathEffect.CreateDash([3, 3], 0))
        {
            paint.PathEffect = dash;
            foreach (var (threshold, light) in new[] { (thresholds.YellowFrom, TrafficLight.Yellow), (thresholds.GreenFrom, TrafficLight.Green) })
            {
                paint.Color = ReportFormat.Colour(light);
                canvas.DrawLine(plot.Left, Y(threshold), plot.Right, Y(threshold), paint);
            }
            paint.PathEffect = null;
        }
        for (var p = 0; p < periods.Count; p++)
            document.DrawText(canvas, periods[p], X(p), plot.Bottom + 11, small, SKTextAlign.Center);

        for (var s = 0; s < series.Count; s++)
        {
            paint.Color = SeriesColour(s);
            paint.StrokeWidth = s == 0 ? 2.2f : 1.2f;
            paint.Style = SKPaintStyle.Stroke;
            var scores = series[s].Scores;
            for (var p = 1; p < scores.Count; p++)
                if (scores[p - 1] is { } a && scores[p] is { } b)
                    canvas.DrawLine(X(p - 1), Y(a), X(p), Y(b), paint);
            paint.Style = SKPaintStyle.Fill;
            for (var p = 0; p < scores.Count; p++)
                if (scores[p] is { } v) canvas.DrawCircle(X(p), Y(v), s == 0 ? 2.6f : 1.9f, paint);

            var legendX = area.Left + 30 + (s % 4) * (area.Width - 30) / 4;
            var legendY = plot.Bottom + 28 + (s / 4) * 14;
            canvas.DrawRect(legendX, legendY - 6, 10, 4, paint);
            document.DrawText(canvas, series[s].Name, legendX + 14, legendY, small, SKTextAlign.Left);
        }
    }

    private static void DrawScale(ReportDocument document, ReportFormat format, SKCanvas canvas, SKRect plot, double max,
        Func<double, float> x, Thresholds thresholds)
    {
        var small = new TextStyle(7.5f);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, Color = Axis };
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, paint);
        for (var tick = 0.0; tick <= max + 1e-9; tick += TickStep(max))
            document.DrawText(canvas, tick.ToString("0", format.Culture), x(tick), plot.Bottom + 10, small, SKTextAlign.Center);
        using var dash = SKPathEffect.CreateDash([3, 3], 0);
        paint.PathEffect = dash;
        foreach (var (threshold, light) in new[] { (thresholds.YellowFrom, TrafficLight.Yellow), (thresholds.GreenFrom, TrafficLight.Green) })
        {
            paint.Color = ReportFormat.Colour(light);
            canvas.DrawLine(x(threshold), plot.Top, x(threshold), plot.Bottom, paint);
        }
    }

    private static double TickStep(double max) => max <= 100 ? 20 : max <= 300 ? 50 : 100;

    /// <summary>100, or the next multiple of 50 above the highest score (scores above 100 exist when targets are beaten).</summary>
    private static double ScaleMax(IEnumerable<double?> scores)
    {
        var highest = scores.Where(s => s is not null).Select(s => s!.Value).DefaultIfEmpty(0).Max();
        return highest <= 100 ? 100 : Math.Ceiling(highest / 50) * 50;
    }
}
