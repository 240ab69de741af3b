using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Rounds;
using HrScorecard.Web.Tests.Security;
using HrScorecard.Web.Tests.SubPeriods;
using HrScorecard.Web.Tests.Support;
using HrScorecard.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HrScorecard.Web.Tests.Localisation;

/// <summary>
/// Every GET page the app maps, rendered with real demo content in en-US and in id-ID: a visible text (or title,
/// aria-label, placeholder, alt, button value, live-script word) of the Indonesian page that is word for word a text
/// of the English page is English left over — unless it is user data from the database, or a word both languages
/// share (<see cref="SameInBothLanguages"/>). Pages come from the endpoint list (as in the authorization matrix), so a
/// new page is swept without anyone listing it; one that cannot show real content must be named in <see cref="NotRendered"/>.
/// The other way round, no English page may show a text of an .id-ID.resx (a translation put in the English file).
/// </summary>
public sealed partial class NoEnglishLeftTests(SignedInClientsFactory factory, ITestOutputHelper output) : IClassFixture<SignedInClientsFactory>
{
    /// <summary>Pages the sweep cannot render as an HTML page with content, and why.</summary>
    private static readonly Dictionary<string, string> NotRendered = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Account/Language"] = "GET only redirects to the home page (the switcher posts; LanguageSwitcherTests covers it).",
        ["/Account/Logout"] = "GET only redirects to the home page (signing out is a POST without a page of its own).",
        ["/Dashboard/Export"] = "An Excel download, not a page (its headers are checked in Import/ExportTests).",
        ["/Reports/Pdf"] = "A PDF download, not a page (Reports/ is the integrator's; its words are checked by the report tests).",
        // Setup answers 404 once any user exists (the demo accounts do); it is rendered in an empty app instead.
    };

    /// <summary>
    /// Words written the same in English and in Indonesian UI text. Keep it short: each entry is a word an Indonesian HR
    /// department really writes as is.
    /// </summary>
    private static readonly string[] SameInBothLanguages =
    [
        "HR Scorecard", "HrScorecard", // the product's name (and the method's: Indonesian HR writes "HR Scorecard", "Balanced Scorecard")
        "Scorecard", // the method's own word, written as is in Indonesian HR practice ("scorecard ini", "Ubah scorecard")
        "KPI", "AHP", "CR", "OMAX", "λmax", "API", "PDF", "Excel", "CSV", "HR", // abbreviations and formats Indonesian HR writes as is
        "Cronbach's α", "r", // statistical names and symbols (Cronbach's α, Pearson's r), as Indonesian surveys write them
        "English", "Bahasa Indonesia", // the language switcher names each language in its own words
        // Indonesian words spelt like the English ones (all in KBBI, and what Indonesian HR forms say):
        "Status", "Target", "Valid", "Item", "Minimum", "Admin", "Demo",
    ];

    /// <summary>Month abbreviations the two cultures share (Jan, Feb, Mar, Apr, Jun, Jul, Sep, Nov): dates formatted by the culture.</summary>
    private static readonly string[] SharedMonthNames =
    [
        .. CultureInfo.GetCultureInfo("en-US").DateTimeFormat.AbbreviatedMonthNames
            .Concat(CultureInfo.GetCultureInfo("en-US").DateTimeFormat.MonthNames)
            .Intersect(CultureInfo.GetCultureInfo("id-ID").DateTimeFormat.AbbreviatedMonthNames.Concat(CultureInfo.GetCultureInfo("id-ID").DateTimeFormat.MonthNames))
            .Where(m => m.Length > 0),
    ];

    /// <summary>
    /// The column headers of the actuals import template stay English in both languages, because uploaded files are
    /// matched by them (docs/architecture.md, "Still English only"); the import page names them as they are.
    /// </summary>
    private static bool IsImportTemplateHeader(string page, string text) =>
        page == "/Actuals/Import" && HrScorecard.Web.Pages.Actuals.ImportFile.Headers.Contains(text);

    private sealed record Visit(string Page, string Principal, string Url);

    private sealed record Finding(string Page, string Where, string Text)
    {
        public override string ToString() => $"{Page} · {Where}: \"{Text}\"";
    }

    [Fact]
    public async Task No_page_shows_an_English_text_in_Indonesian()
    {
        var visits = await VisitsAsync();
        var data = await UserDataAsync();
        var findings = new List<Finding>();
        var texts = 0;
        foreach (var visit in visits)
        {
            var english = Texts(await RenderAsync(visit, "en-US")).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            var indonesian = Texts(await RenderAsync(visit, "id-ID"));
            texts += indonesian.Count;
            findings.AddRange(indonesian
                .Where(t => english.Contains(t.Text) && !IsDataOrShared(t.Text, data) && !IsImportTemplateHeader(visit.Page, t.Text))
                .Select(t => new Finding($"{visit.Url} as {visit.Principal}", t.Where, t.Text)));
        }
        var setup = await SetupFindingsAsync();
        texts += setup.Texts;
        findings.AddRange(setup.Findings);

        var distinct = findings.Distinct().ToList();
        output.WriteLine($"Checked {visits.Select(v => v.Page).Distinct().Count() + 1} pages in {visits.Count + 1} renderings per language, {texts} Indonesian texts; {distinct.Count} English left.");
        Assert.True(distinct.Count == 0, "English text on Indonesian pages (translate it, or allowlist a word both languages share):"
            + Environment.NewLine + string.Join(Environment.NewLine, distinct));
    }

    [Fact]
    public async Task No_page_shows_an_Indonesian_text_in_English()
    {
        var visits = await VisitsAsync();
        var data = await UserDataAsync();
        var (exact, patterns) = IndonesianTexts();
        var findings = new List<Finding>();
        var texts = 0;
        foreach (var visit in visits)
        {
            var english = Texts(await RenderAsync(visit, "en-US"));
            texts += english.Count;
            findings.AddRange(english
                .Where(t => (exact.Contains(t.Text) || patterns.Any(p => p.IsMatch(t.Text))) && !IsDataOrShared(t.Text, data))
                .Select(t => new Finding($"{visit.Url} as {visit.Principal}", t.Where, t.Text)));
        }

        var distinct = findings.Distinct().ToList();
        output.WriteLine($"Checked {visits.Count} renderings, {texts} English texts against {exact.Count + patterns.Count} Indonesian translations; {distinct.Count} Indonesian found.");
        Assert.True(distinct.Count == 0, "Indonesian text on English pages (a key or an .resx value in the wrong file?):"
            + Environment.NewLine + string.Join(Environment.NewLine, distinct));
    }

    /// <summary>
    /// The Indonesian values of every .id-ID.resx that are not also English (a key or English value anywhere): whole
    /// texts, and texts with placeholders as patterns. Values with markup are skipped (a page shows them in pieces).
    /// </summary>
    private static (HashSet<string> Exact, List<Regex> Patterns) IndonesianTexts()
    {
        var folders = new[] { Path.Combine(SourceTree.WebProject(), "Resources"), Path.GetFullPath(Path.Combine(SourceTree.WebProject(), "..", "HrScorecard.Domain", "Resources")) };
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.resx", SearchOption.AllDirectories)).ToList();
        static IEnumerable<(string Key, string Value)> Entries(string file) =>
            XDocument.Load(file).Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, Whitespace().Replace((string?)d.Element("value") ?? "", " ").Trim()));
        var indonesianFiles = files.Where(f => f.EndsWith(".id-ID.resx", StringComparison.Ordinal)).ToList();
        var english = files.Except(indonesianFiles).SelectMany(Entries).SelectMany(e => new[] { Whitespace().Replace(e.Key, " ").Trim(), e.Value })
            .ToHashSet(StringComparer.Ordinal);
        var values = indonesianFiles.SelectMany(Entries).Select(e => e.Value)
            // A pattern such as "Target {0}" has no Indonesian word of its own and would match English texts.
            .Where(v => !english.Contains(v) && !v.Contains('<', StringComparison.Ordinal) && Shared.Replace(Placeholder().Replace(v, " "), " ").Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal).ToList();
        return ([.. values.Where(v => !Placeholder().IsMatch(v))],
            [.. values.Where(v => Placeholder().IsMatch(v))
                .Select(v => new Regex("^" + string.Join("(.+?)", Placeholder().Split(v).Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant))]);
    }

    [Theory]
    [InlineData("id-ID", "Jumlah", "Tingkat 10", "Terjadi kesalahan.")]
    [InlineData("en-US", "Sum", "Level 10", "Error.")]
    public async Task The_texts_the_sweep_found_are_in_the_page_language(string culture, string sum, string level10, string error)
    {
        var demo = await ArrangeAsync();
        var hr = await factory.ClientForAsync(Roles.HR);

        var kpi = await HtmlForm.GetPageAsync(hr, $"/Kpis/Edit?nodeId={demo.MonthlyKpi}&culture={culture}&ui-culture={culture}");
        var errorPage = await HtmlForm.GetPageAsync(hr, $"/Error?culture={culture}&ui-culture={culture}");

        // The monthly KPI combines both components by sum: the saved choice is still the one selected.
        Assert.Equal(sum, kpi.QuerySelector("select[name='Input.Aggregation'] option[selected]")?.TextContent);
        Assert.Equal(sum, kpi.QuerySelector("select[name='Input.DenominatorAggregation'] option[selected]")?.TextContent);
        Assert.Equal(level10, kpi.QuerySelector("label[for='Input_OmaxLevels_10']")?.TextContent);
        Assert.Equal(error, errorPage.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public void Indonesian_translations_are_recognised_whole_and_around_their_placeholders()
    {
        var (exact, patterns) = IndonesianTexts();

        Assert.Contains("Jejak navigasi", exact);
        Assert.Contains(patterns, p => p.IsMatch("Scorecard \"Roda\" disimpan."));
        Assert.DoesNotContain("Target", exact);
        Assert.DoesNotContain(patterns, p => p.IsMatch("Target of FIN-1"));
    }

    [Fact]
    public void Every_page_the_app_maps_is_swept_or_named_with_its_reason()
    {
        var pages = PageRoutes.Discover(factory.Services).Where(r => r.Method == "GET").Select(r => r.Page).Distinct().ToList();

        var unknown = pages.Where(p => !NotRendered.ContainsKey(p) && !Targets.ContainsKey(p) && p != "/Setup/Index").ToList();

        Assert.True(unknown.Count == 0, "Give these pages real route values in NoEnglishLeftTests.Targets, or name them in NotRendered with a reason: " + string.Join(", ", unknown));
        Assert.True(pages.Count >= 40, $"Only {pages.Count} pages discovered.");
    }

    [Theory]
    [InlineData("Bobot 2022 · Financial", true)]
    [InlineData("Weights of Financial", false)]
    [InlineData("KPI · 141,79", true)]
    [InlineData("Save", false)]
    [InlineData("Days absent, Jan 2023", false)]
    [InlineData("Financial, Jan 2023", true)]
    [InlineData("/openapi/v1.json", true)]
    [InlineData("Target (level 10)", false)]
    public void A_text_is_excused_only_when_made_of_data_shared_words_numbers_and_punctuation(string text, bool excused)
    {
        Assert.Equal(excused, IsDataOrShared(text, DataPattern(["Financial", "Bobot 2022"])));
    }

    // ---------------------------------------------------------------- pages and their real route values

    /// <summary>The state every page is rendered in: the demo company plus a round, a survey, a monthly KPI and actions.</summary>
    private sealed record Demo(int Scorecard, int Root, int Perspective, int Kpi, int RedKpi, int MonthlyKpi, int SurveyKpi, int Period2022, int Period2023,
        int Round, int Set, int AppliedRound, string UserId);

    /// <summary>The URL of each page with ids that exist, so it shows its full content; a page missing here fails the sweep.</summary>
    private static readonly Dictionary<string, Func<Demo, string[]>> Targets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Index"] = _ => ["/"],
        ["/Error"] = _ => ["/Error"],
        ["/Ahp/Index"] = _ => ["/Ahp", "/Ahp?size=5"],
        ["/Account/Login"] = _ => ["/Account/Login"],
        ["/Account/AccessDenied"] = _ => ["/Account/AccessDenied"],
        ["/Admin/Periods"] = _ => ["/Admin/Periods"],
        ["/Admin/Users/Index"] = _ => ["/Admin/Users"],
        ["/Admin/Users/Create"] = _ => ["/Admin/Users/Create"],
        ["/Admin/Users/Edit"] = d => [$"/Admin/Users/Edit/{d.UserId}"],
        ["/Scorecards/Index"] = _ => ["/Scorecards"],
        ["/Scorecards/Create"] = _ => ["/Scorecards/Create"],
        ["/Scorecards/Edit"] = d => [$"/Scorecards/Edit?id={d.Scorecard}"],
        ["/Scorecards/Clone"] = d => [$"/Scorecards/Clone?id={d.Scorecard}"],
        ["/Scorecards/Tree"] = d => [$"/Scorecards/Tree?id={d.Scorecard}"],
        ["/Scorecards/Node"] = d => [$"/Scorecards/Node?id={d.Perspective}", $"/Scorecards/Node?parentId={d.Perspective}"],
        ["/Scorecards/MoveNode"] = d => [$"/Scorecards/MoveNode?id={d.Kpi}"],
        ["/Scorecards/DeleteNode"] = d => [$"/Scorecards/DeleteNode?id={d.Kpi}", $"/Scorecards/DeleteNode?id={d.Perspective}"],
        ["/Kpis/Edit"] = d => [$"/Kpis/Edit?nodeId={d.Kpi}", $"/Kpis/Edit?scorecardId={d.Scorecard}&parentId={d.Perspective}"],
        ["/Kpis/History"] = d => [$"/Kpis/History?nodeId={d.MonthlyKpi}", $"/Kpis/History?nodeId={d.RedKpi}", $"/Kpis/History?nodeId={d.SurveyKpi}"],
        ["/Weights/Edit"] = d => [$"/Weights/Edit?scorecardId={d.Scorecard}&parentId={d.Root}&periodId={d.Period2023}", $"/Weights/Edit?scorecardId={d.Scorecard}&parentId={d.Perspective}"],
        ["/Periods/Index"] = d => [$"/Periods/Index?scorecardId={d.Scorecard}"],
        ["/Actuals/Enter"] = d => [$"/Actuals/Enter?scorecardId={d.Scorecard}&periodId={d.Period2023}", $"/Actuals/Enter?scorecardId={d.Scorecard}&periodId={d.Period2022}"],
        ["/Actuals/Import"] = d => [$"/Actuals/Import?scorecardId={d.Scorecard}&periodId={d.Period2023}"],
        ["/Actuals/SubPeriods"] = d => [$"/Actuals/SubPeriods?scorecardId={d.Scorecard}&periodId={d.Period2023}&nodeId={d.MonthlyKpi}"],
        ["/Surveys/Upload"] = d => [UploadPage.Url(d.SurveyKpi, d.Period2023)],
        ["/Actions/Edit"] = d => [$"/Actions/Edit?nodeId={d.RedKpi}&periodId={d.Period2022}", $"/Actions/Edit?nodeId={d.RedKpi}&periodId={d.Period2023}"],
        ["/Rounds/Index"] = _ => ["/Rounds"],
        ["/Rounds/Create"] = d => [$"/Rounds/Create?scorecardId={d.Scorecard}"],
        ["/Rounds/Status"] = d => [$"/Rounds/Status?id={d.Round}", $"/Rounds/Status?id={d.AppliedRound}"],
        ["/Rounds/Results"] = d => [$"/Rounds/Results?id={d.Round}", $"/Rounds/Results?id={d.AppliedRound}"],
        ["/Rounds/Apply"] = d => [$"/Rounds/Apply?id={d.Round}"],
        ["/Questionnaires/Index"] = _ => ["/Questionnaires"],
        ["/Questionnaires/Answer"] = d => [RoundSteps.AnswerUrl(d.Round, d.Set)],
        ["/Questionnaires/Results"] = d => [$"/Questionnaires/Results?roundId={d.AppliedRound}"],
        ["/Dashboard/Index"] = d => ["/Dashboard/Index", $"/Dashboard/Index?scorecardId={d.Scorecard}&periodId={d.Period2022}"],
        ["/Dashboard/Kpi"] = d => [$"/Dashboard/Kpi?nodeId={d.RedKpi}&periodId={d.Period2022}", $"/Dashboard/Kpi?nodeId={d.SurveyKpi}&periodId={d.Period2023}",
            $"/Dashboard/Kpi?nodeId={d.MonthlyKpi}&periodId={d.Period2023}"],
    };

    private async Task<List<Visit>> VisitsAsync()
    {
        var demo = await ArrangeAsync();
        var visits = new List<Visit>();
        foreach (var page in PageRoutes.Discover(factory.Services).Where(r => r.Method == "GET").Select(r => r.Page).Distinct())
        {
            if (!Targets.TryGetValue(page, out var urls)) continue;
            var allowed = PageExpectations.AllowedOn(page) ?? throw new InvalidOperationException($"No expectation for {page}.");
            foreach (var url in urls(demo))
                foreach (var principal in PrincipalsFor(page, allowed))
                    visits.Add(new(page, principal, url));
        }
        return visits;
    }

    /// <summary>
    /// An allowed role (HR first: it sees the most), and for public pages also the anonymous visitor, whose navigation
    /// differs. The sign-in page only makes sense signed out.
    /// </summary>
    private static IEnumerable<string> PrincipalsFor(string page, IReadOnlyList<string> allowed)
    {
        if (page.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase)) { yield return PageExpectations.Anonymous; yield break; }
        if (page.StartsWith("/Questionnaires", StringComparison.OrdinalIgnoreCase)) { yield return Roles.Director; yield break; }
        yield return new[] { Roles.HR, Roles.Admin, Roles.Manager, Roles.Director }.First(allowed.Contains);
        if (allowed.Contains(PageExpectations.Anonymous)) yield return PageExpectations.Anonymous;
    }

    // xUnit makes a test-class instance per test; the state is arranged once per fixture (its database).
    private static readonly ConditionalWeakTable<SignedInClientsFactory, Task<Demo>> Arranged = [];

    private Task<Demo> ArrangeAsync() => Arranged.GetValue(factory, _ => CreateDemoStateAsync());

    private async Task<Demo> CreateDemoStateAsync()
    {
        var scorecard = await DemoScorecard.IdAsync(factory);
        var p2022 = await DemoScorecard.PeriodIdAsync(factory, "2022");
        var p2023 = await DemoScorecard.PeriodIdAsync(factory, "2023");
        var kpi = await DemoScorecard.KpiNodeIdAsync(factory, "FIN-1");
        var red = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-3");
        var monthly = await DemoScorecard.KpiNodeIdAsync(factory, "IBP-1");
        var survey = await DemoScorecard.KpiNodeIdAsync(factory, "CUS-2");
        var (root, perspective) = await factory.WithDbAsync(async db =>
        {
            var node = await db.Nodes.SingleAsync(n => n.Id == kpi);
            return ((await db.Nodes.SingleAsync(n => n.ScorecardId == scorecard && n.ParentId == null)).Id, node.ParentId!.Value);
        });
        var hr = await factory.ClientForAsync(Roles.HR);

        // A monthly ratio feed with values, a survey with stored answers, a root cause with an action: each page shows all it can.
        await MonthlyFeed.SetAsync(factory, monthly, KpiFeed.Ratio, SubPeriodAggregation.Sum, SubPeriodAggregation.Sum, 100, "Days absent", "Working days");
        await factory.WithDbAsync(async db =>
        {
            db.SubPeriodValues.AddRange(
                new SubPeriodValue { KpiNodeId = monthly, PeriodId = p2023, SubPeriod = 1, Component = SubPeriodComponent.Numerator, Value = 12 },
                new SubPeriodValue { KpiNodeId = monthly, PeriodId = p2023, SubPeriod = 1, Component = SubPeriodComponent.Denominator, Value = 30 });
            db.RootCauses.Add(new RootCause { KpiNodeId = red, PeriodId = p2022, Text = "Pay below market in the plant" });
            db.ImprovementActions.Add(new ImprovementAction
            {
                KpiNodeId = red, PeriodId = p2022, Description = "Review the pay bands", Owner = "Head of HR", DueDate = new DateOnly(2023, 6, 30),
                Status = ActionStatus.InProgress, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var upload = await (await UploadPage.OpenAsync(hr, survey, p2023)).PreviewAsync("satisfaction 2023.csv", SurveyFiles.Csv(SurveyFiles.Items, SurveyFiles.Answers));
        Assert.Equal(HttpStatusCode.Redirect, (await upload.ConfirmAsync()).StatusCode);

        // A round both directors were invited to; director 1 has answered every set, so results and status have figures.
        // A second one both answered, marked applied (as HR's Apply would) so directors may see its aggregate.
        var round = await RoundSteps.OpenRoundAsync(hr, scorecard, ("director1@demo.local", null), ("director2@demo.local", null));
        var sets = await RoundSteps.SetsAsync(factory, round);
        var director1 = await factory.ClientForAsync(Roles.Director);
        var director2 = factory.AnonymousClient();
        await director2.SignInAsync("director2@demo.local", SignIn.Password);
        static int[] Points(ComparisonSet set, int step) =>
            [.. Enumerable.Range(0, set.ChildNodeIds.Count * (set.ChildNodeIds.Count - 1) / 2).Select(k => k % 2 == 0 ? step : 1)];
        await RoundSteps.SubmitAllAsync(director1, round, sets, s => Points(s, 2));
        var applied = await RoundSteps.OpenRoundAsync(hr, scorecard, ("director1@demo.local", null), ("director2@demo.local", null));
        var appliedSets = await RoundSteps.SetsAsync(factory, applied);
        await RoundSteps.SubmitAllAsync(director1, applied, appliedSets, s => Points(s, 2));
        await RoundSteps.SubmitAllAsync(director2, applied, appliedSets, s => Points(s, 3));
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.WeightingRounds.SingleAsync(r => r.Id == applied);
            (stored.Status, stored.AppliedAt, stored.AppliedFromPeriodId) = (RoundStatus.Applied, DateTime.UtcNow, p2023);
            return await db.SaveChangesAsync();
        });

        var user = await factory.WithUsersAsync(users => Task.FromResult(users.Users.Single(u => u.Email == "manager@demo.local").Id));
        return new Demo(scorecard, root, perspective, kpi, red, monthly, survey, p2022, p2023, round, sets[0].Id, applied, user);
    }

    // ---------------------------------------------------------------- rendering and reading texts

    private async Task<IHtmlDocument> RenderAsync(Visit visit, string culture)
    {
        var client = await factory.ClientForAsync(visit.Principal);
        var url = $"{visit.Url}{(visit.Url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}&ui-culture={culture}";
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        // Access denied says so with a 403 and its page; every other page must render in full.
        var expected = visit.Page.Equals("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
        Assert.True(response.StatusCode == expected, $"GET {url} as {visit.Principal} answered {(int)response.StatusCode}; give it ids that exist.");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"GET {url} is no page; name it in NotRendered.");
        return HtmlForm.Parse(html);
    }

    private const string NotLanguage = "script, style, code, #history td.field, #history td.old, #history td.new";

    private static readonly string[] ReadAttributes = ["title", "aria-label", "placeholder", "alt"];

    /// <summary>What a reader sees or hears: text nodes outside script and style, labelling attributes, button captions, live-script words.</summary>
    private static List<(string Where, string Text)> Texts(IHtmlDocument page)
    {
        var texts = new List<(string, string)>();
        foreach (var node in page.Descendants<IText>())
        {
            // Scripts and styles are no text; <code> holds identifiers (ASPNETCORE_ENVIRONMENT). The audit trail's field and
            // old/new cells show the stored record as it is (docs/architecture.md: "audit values (shown as stored)").
            if (node.ParentElement is { } parent && parent.Closest(NotLanguage) is not null) continue;
            Add(texts, $"text in <{node.ParentElement?.LocalName}>", node.Data);
        }
        foreach (var element in page.Descendants<IElement>())
        {
            if (element.LocalName is "script" or "style") continue;
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                var read = ReadAttributes.Contains(name)
                    || name.StartsWith("data-text-", StringComparison.Ordinal) // words ahp-live.js writes into the page
                    || (name == "value" && element is IHtmlInputElement { Type: "submit" or "button" or "reset" });
                if (read) Add(texts, $"{name} of <{element.LocalName}>", attribute.Value);
            }
        }
        return texts;
    }

    private static void Add(List<(string, string)> texts, string where, string text)
    {
        var normalised = Whitespace().Replace(text, " ").Trim();
        if (normalised.Length > 0) texts.Add((where, normalised));
    }

    // ---------------------------------------------------------------- what is not English left over

    /// <summary>Every text users typed or uploaded, as stored: names, codes, units, descriptions, comments, sources, users.</summary>
    private async Task<Regex> UserDataAsync()
    {
        string[] freeText = ["Name", "Description", "OrganisationUnit", "Code", "Unit", "DataSource", "Comment", "Source", "Text", "Owner", "NumeratorName", "DenominatorName"];
        var data = await factory.WithDbAsync(async db =>
        {
            var all = new List<string?>();
            all.AddRange(await db.Scorecards.Select(s => s.Name).ToListAsync());
            all.AddRange(await db.Scorecards.Select(s => s.OrganisationUnit).ToListAsync());
            all.AddRange(await db.Scorecards.Select(s => s.Description).ToListAsync());
            all.AddRange(await db.Periods.Select(p => p.Name).ToListAsync());
            all.AddRange(await db.Nodes.Select(n => n.Name).ToListAsync());
            all.AddRange(await db.Nodes.Select(n => n.Description).ToListAsync());
            foreach (var k in await db.Kpis.AsNoTracking().ToListAsync())
                all.AddRange([k.Code, k.Unit, k.DataSource, k.NumeratorName, k.DenominatorName]);
            all.AddRange(await db.Actuals.Select(a => a.Comment).ToListAsync());
            all.AddRange(await db.Weightings.Select(w => w.Source).ToListAsync());
            all.AddRange(await db.WeightingRounds.Select(r => r.Name).ToListAsync());
            all.AddRange(await db.WeightingRounds.Select(r => r.CreatedBy).ToListAsync());
            all.AddRange(await db.RootCauses.Select(r => r.Text).ToListAsync());
            all.AddRange(await db.ImprovementActions.Select(a => a.Description).ToListAsync());
            all.AddRange(await db.ImprovementActions.Select(a => a.Owner).ToListAsync());
            foreach (var s in await db.SurveyUploads.AsNoTracking().ToListAsync())
                all.AddRange([s.FileName, s.UploadedBy, .. s.ItemNames]);
            all.AddRange(await db.Notices.Select(n => n.Message).ToListAsync());
            all.AddRange(await db.AuditEntries.Select(a => a.User).Distinct().ToListAsync());
            // Audit values are shown as stored; only those of free-text fields are user data (a status or method name is not).
            foreach (var a in await db.AuditEntries.AsNoTracking().ToListAsync())
                if (freeText.Any(f => a.Field == f || a.Field.StartsWith(f + " ", StringComparison.Ordinal)))
                    all.AddRange([a.OldValue, a.NewValue]);
            foreach (var u in await db.Users.AsNoTracking().ToListAsync())
                all.AddRange([u.DisplayName, u.Email, u.UserName]);
            return all;
        });
        return DataPattern(data);
    }

    private static Regex DataPattern(IEnumerable<string?> data) =>
        WordsPattern(data.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d!), RegexOptions.None);

    private static readonly Regex Shared = WordsPattern(SameInBothLanguages.Concat(SharedMonthNames), RegexOptions.IgnoreCase);

    /// <summary>Any of the texts as whole words, longest first (so "Customer KPI 1" goes before "Customer").</summary>
    private static Regex WordsPattern(IEnumerable<string> texts, RegexOptions options)
    {
        var words = texts.Select(d => Whitespace().Replace(d, " ").Trim()).Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderByDescending(d => d.Length).Select(Regex.Escape).ToList();
        return words.Count == 0
            ? new Regex("(?!)")
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', words)})(?![\p{{L}}\p{{N}}])", options | RegexOptions.CultureInvariant);
    }

    /// <summary>A text made of user data, shared words, numbers and punctuation only — or a path such as "/openapi/v1.json".</summary>
    private static bool IsDataOrShared(string text, Regex data) =>
        UrlPath().IsMatch(text) || !Shared.Replace(data.Replace(text, " "), " ").Any(char.IsLetter);

    // ---------------------------------------------------------------- the first-run page, which needs an app without users

    private static async Task<(int Texts, List<Finding> Findings)> SetupFindingsAsync()
    {
        using var empty = new EmptyHrScorecardFactory();
        var client = empty.AnonymousClient();
        async Task<List<(string Where, string Text)>> Render(string culture)
        {
            using var response = await client.GetAsync(new Uri($"/Setup?culture={culture}&ui-culture={culture}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Texts(HtmlForm.Parse(await response.Content.ReadAsStringAsync()));
        }
        var english = (await Render("en-US")).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var indonesian = await Render("id-ID");
        var noData = DataPattern([]);
        return (indonesian.Count, [.. indonesian.Where(t => english.Contains(t.Text) && !IsDataOrShared(t.Text, noData)).Select(t => new Finding("/Setup as anonymous (no users yet)", t.Where, t.Text))]);
    }

    [GeneratedRegex(@"^/[\w./-]+$")]
    private static partial Regex UrlPath();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
