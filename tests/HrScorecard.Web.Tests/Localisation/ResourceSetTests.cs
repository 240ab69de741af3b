using System.Xml.Linq;
using HrScorecard.Web.Tests.Security;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// Every English resource file (Name.resx) has an Indonesian twin (Name.id-ID.resx) with exactly the same keys, and no
/// value is empty: a text added in one language only would silently show English to Indonesian users (or the key).
/// The same holds for the domain's own messages (src/HrScorecard.Domain/Resources).
/// </summary>
public sealed class ResourceSetTests
{
    private const string Indonesian = ".id-ID.resx";

    private static string ResourcesFolder() => Path.Combine(SourceTree.WebProject(), "Resources");

    private static string DomainResourcesFolder() =>
        Path.GetFullPath(Path.Combine(SourceTree.WebProject(), "..", "HrScorecard.Domain", "Resources"));

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static List<string> EnglishFileList() => EnglishFileList(ResourcesFolder());

    private static List<string> EnglishFileList(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(Indonesian, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> EnglishFiles() => [.. EnglishFileList()];

    public static TheoryData<string> DomainEnglishFiles() => [.. EnglishFileList(DomainResourcesFolder())];

    [Fact]
    public void The_resources_folder_holds_the_translated_surfaces()
    {
        var files = EnglishFileList();
        Assert.Contains(Path.Combine("Pages", "Shared", "_Layout.resx"), files);
        Assert.Contains(Path.Combine("Pages", "Dashboard", "Index.resx"), files);
        Assert.Contains(Path.Combine("Pages", "Account", "Login.resx"), files);
    }

    [Fact]
    public void The_domain_has_its_messages_in_a_resource_file()
    {
        Assert.Contains("Messages.resx", EnglishFileList(DomainResourcesFolder()));
    }

    [Fact]
    public void Every_Indonesian_file_has_an_English_file()
    {
        var orphans = new[] { ResourcesFolder(), DomainResourcesFolder() }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + Indonesian, SearchOption.AllDirectories))
            .Where(f => !File.Exists(f[..^Indonesian.Length] + ".resx"))
            .Select(f => Path.GetRelativePath(SourceTree.WebProject(), f)).ToList();
        Assert.True(orphans.Count == 0, "Indonesian resources without English ones: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Both_languages_have_the_same_keys_and_no_empty_value(string englishFile) =>
        CheckTwins(ResourcesFolder(), englishFile);

    [Theory]
    [MemberData(nameof(DomainEnglishFiles))]
    public void The_domain_s_messages_have_the_same_keys_in_both_languages_and_no_empty_value(string englishFile) =>
        CheckTwins(DomainResourcesFolder(), englishFile);

    private static void CheckTwins(string folder, string englishFile)
    {
        var english = Path.Combine(folder, englishFile);
        var indonesian = english[..^".resx".Length] + Indonesian;
        Assert.True(File.Exists(indonesian), $"{englishFile} has no Indonesian twin {Path.GetFileName(indonesian)}.");
        var en = Entries(english);
        var id = Entries(indonesian);

        var problems = new List<string>();
        // Resource names are compared without case when the resources are compiled: "Score" and "score" collide.
        problems.AddRange(en.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"keys differ only in case: \"{g.Key}\""));
        problems.AddRange(en.Keys.Except(id.Keys).Select(k => $"only in English: \"{k}\""));
        problems.AddRange(id.Keys.Except(en.Keys).Select(k => $"only in Indonesian: \"{k}\""));
        problems.AddRange(en.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"empty English value: \"{e.Key}\""));
        problems.AddRange(id.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"empty Indonesian value: \"{e.Key}\""));
        // A translation must keep the placeholders of its English text, or string.Format fails or drops a number.
        problems.AddRange(en.Where(e => id.TryGetValue(e.Key, out var t) && Placeholders(e.Value) != Placeholders(t))
            .Select(e => $"placeholders differ: \"{e.Key}\""));
        Assert.True(problems.Count == 0, englishFile + ":\n" + string.Join("\n", problems));
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
