using System.Globalization;
using System.Resources;

namespace HrScorecard.Domain;

/// <summary>
/// The domain's sentences for people, in the reader's language (<see cref="CultureInfo.CurrentUICulture"/>; the web app
/// sets it per request). The key is the English text itself, so a text without a translation still reads well; the
/// translations are Resources/Messages.&lt;culture&gt;.resx, compiled into satellite assemblies. Numbers in the
/// placeholders are formatted in <see cref="CultureInfo.CurrentCulture"/>. Plain BCL resources keep the domain free of
/// any hosting framework.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Texts = new("HrScorecard.Domain.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>The text whose English is <paramref name="english"/>, in the current UI culture.</summary>
    public static string Get(string english) => Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>The text whose English is <paramref name="english"/>, with its placeholders {0}, {1} … filled in.</summary>
    public static string Format(string english, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(english), arguments);
}
