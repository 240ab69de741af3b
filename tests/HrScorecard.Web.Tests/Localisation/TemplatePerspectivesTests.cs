using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Scorecards;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>The Balanced Scorecard template creates its perspectives in the language of the HR user who creates it.</summary>
public sealed class TemplatePerspectivesTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Theory]
    [InlineData("id-ID", new[] { "Keuangan", "Pelanggan", "Proses Bisnis Internal", "Pembelajaran dan Pertumbuhan" })]
    [InlineData("en-US", new[] { "Financial", "Customer", "Internal business process", "Learning and growth" })]
    public async Task The_template_offers_and_creates_the_perspectives_in_the_user_s_language(string language, string[] perspectives)
    {
        var hr = await factory.SignedInAsAsync("HR");
        hr.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var name = ScorecardPages.UniqueName("Template " + language);

        var offered = (await HtmlForm.GetPageAsync(hr, "/Scorecards/Create")).QuerySelector("label[for=start-template]")!.TextContent;
        var id = await hr.CreateScorecardAsync(name);

        Assert.Contains(string.Join(", ", perspectives), offered, StringComparison.Ordinal);
        var tree = await factory.InDbAsync(db => ScorecardTree.LoadAsync(db, id));
        Assert.Equal([name, .. perspectives], tree.Select(n => n.Name));
    }
}
