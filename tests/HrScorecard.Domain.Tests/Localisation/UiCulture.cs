using System.Globalization;

namespace HrScorecard.Domain.Tests.Localisation;

/// <summary>
/// Sets the current culture and UI culture, as the web app's request localisation does, until disposed. Both live in an
/// AsyncLocal, so the change stays inside the test that makes it and is undone at its end.
/// </summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private UiCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static UiCulture Indonesian() => new("id-ID");

    public static UiCulture English() => new("en-US");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
