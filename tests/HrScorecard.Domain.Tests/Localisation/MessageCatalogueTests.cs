using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HrScorecard.Domain.Tests.Localisation;

/// <summary>
/// Every text the domain's code looks up is in Resources/Messages.resx, and every entry there is still used: a key
/// missing from the catalogue would silently stay English for Indonesian readers. (That the Indonesian file has the
/// same keys and placeholders is checked with the web's resources in HrScorecard.Web.Tests' ResourceSetTests.)
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static string DomainProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "HrScorecard.Domain");
            if (File.Exists(Path.Combine(candidate, "HrScorecard.Domain.csproj"))) return candidate;
        }
        throw new InvalidOperationException("src/HrScorecard.Domain not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(DomainProject(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "Messages.cs");

    // The key must be the call's first argument, as one plain string literal.
    [GeneratedRegex("""Messages\.(?:Get|Format)\(\s*"((?:[^"\\]|\\.)*)"(?!\s*\+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"Messages\.(?:Get|Format)\(")]
    private static partial Regex AnyLookup();

    private static HashSet<string> Catalogue() =>
        [.. XDocument.Load(Path.Combine(DomainProject(), "Resources", "Messages.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    [Fact]
    public void Every_text_the_code_looks_up_is_in_the_catalogue_and_every_entry_is_used()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var code = File.ReadAllText(file);
            var keys = LiteralKey().Matches(code).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).ToList();
            if (keys.Count != AnyLookup().Count(code))
                problems.Add($"{Path.GetFileName(file)}: a lookup whose key is not a single string literal");
            used.UnionWith(keys);
        }
        var catalogue = Catalogue();
        problems.AddRange(used.Except(catalogue).Order(StringComparer.Ordinal).Select(k => $"not in Messages.resx: \"{k}\""));
        problems.AddRange(catalogue.Except(used).Order(StringComparer.Ordinal).Select(k => $"no longer used: \"{k}\""));

        Assert.True(used.Count > 50, $"Only {used.Count} lookups found: is the source scan still right?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
