using SkiaSharp;

namespace HrScorecard.Web.Reports;

/// <summary>
/// DejaVu Sans shipped with the app (Reports/Fonts): the Skia build we use has no system fonts, so without these the
/// text would silently vanish. One typeface per face for the whole process, because each PDF embeds what it references
/// and loading a face costs a file read.
/// </summary>
public static class ReportFonts
{
    private static readonly Lazy<SKTypeface> _regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => _regular.Value;
    public static SKTypeface Bold => _bold.Value;

    private static SKTypeface Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reports", "Fonts", file);
        return SKTypeface.FromFile(path)
               ?? throw new InvalidOperationException($"The report font {path} could not be loaded.");
    }
}
