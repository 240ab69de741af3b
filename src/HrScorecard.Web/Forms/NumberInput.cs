using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Forms;

/// <summary>
/// Reads numbers the way HR people type them: "93.75", "93,75" (Indonesian decimal comma), "1.250.000" or
/// "1,250,000" (thousands), "59,1%", "Rp 50.000.000". Only a single separator followed by exactly three digits
/// ("1.250") is ambiguous; the page's culture decides it (id-ID: thousands, en-US: decimal). Anything else that is not
/// clearly a number is rejected with a message saying which formats are accepted — never guessed.
/// </summary>
public static partial class NumberInput
{
    public const string Formats =
        "Write a number such as 93.75 or 93,75, with thousands as 1.250.000 or 1,250,000; a trailing % is allowed.";

    // Message templates; they are also the resource keys of pages that show them in the reader's language.
    public const string NotANumber = "\"{0}\" is not a number. {1}";
    public const string MixedSeparators = "\"{0}\" mixes separators in a way that cannot be read safely. {1}";
    public const string TooLarge = "\"{0}\" is too large. {1}";

    /// <param name="localizer">Says the error in the request's language (keys: the templates above and <see cref="Formats"/>); English without one.</param>
    public static bool TryParse(string? text, CultureInfo culture, out double value, out string? error, IStringLocalizer? localizer = null)
    {
        value = double.NaN;
        error = null;
        var s = Whitespace().Replace(text ?? "", "");
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) s = s[2..].TrimStart('.');
        if (s.EndsWith('%')) s = s[..^1];
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) s = s[1..];

        if (!Shape().IsMatch(s))
        {
            error = Message(NotANumber, text, localizer);
            return false;
        }

        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        char? decimalSeparator = (lastDot >= 0, lastComma >= 0) switch
        {
            (true, true) => lastDot > lastComma ? '.' : ',',
            (false, false) => null,
            _ => SingleKind(s, lastDot >= 0 ? '.' : ',', culture),
        };
        var groupSeparator = decimalSeparator switch { '.' => ',', ',' => '.', _ => s.Contains('.') ? '.' : ',' };

        var parts = decimalSeparator is { } d ? s.Split(d) : [s];
        if (parts is ["", _]) parts[0] = "0";
        if (parts.Length > 2 || !GroupsAreValid(parts[0], groupSeparator) || (parts.Length == 2 && parts[1].Length == 0))
        {
            error = Message(MixedSeparators, text, localizer);
            return false;
        }
        var normalised = parts[0].Replace(groupSeparator.ToString(), "", StringComparison.Ordinal)
                         + (parts.Length == 2 ? "." + parts[1] : "");
        if (!double.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            error = Message(TooLarge, text, localizer);
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    private static string Message(string template, string? text, IStringLocalizer? localizer) =>
        localizer is null
            ? string.Format(CultureInfo.InvariantCulture, template, text?.Trim(), Formats)
            : localizer[template, text?.Trim() ?? "", localizer[Formats]];

    /// <summary>Formats a stored number for an input box in the user's culture, without losing digits.</summary>
    public static string Format(double? value, CultureInfo culture) =>
        value is { } v ? v.ToString("0.##########", culture) : "";

    private static char? SingleKind(string s, char separator, CultureInfo culture)
    {
        var count = s.Count(c => c == separator);
        if (count > 1) return null; // several: a thousands separator ("1.250.000")
        var digitsAfter = s.Length - s.IndexOf(separator) - 1;
        if (digitsAfter != 3 || s.StartsWith("0" + separator, StringComparison.Ordinal)) return separator;
        // "1.250": thousands where the culture groups with this character, a decimal where it is the decimal point.
        return culture.NumberFormat.NumberDecimalSeparator == separator.ToString() ? separator : null;
    }

    private static bool GroupsAreValid(string integerPart, char groupSeparator)
    {
        var groups = integerPart.Split(groupSeparator);
        return groups.Length == 1
            ? groups[0].Length > 0
            : groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[0-9][0-9.,]*$|^[.,][0-9]+$")]
    private static partial Regex Shape();
}
