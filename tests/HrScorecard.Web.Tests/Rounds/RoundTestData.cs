using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Rounds;

/// <summary>
/// A small scorecard of its own per test: Goal → Financial (3 KPIs), Customer (1 KPI), Learning (2 KPIs), periods 2022
/// and 2023 with targets and actuals, equal direct weights from the start. Sets expected: Goal, Financial, Learning.
/// </summary>
public sealed record RoundScorecard(int Id, int Root, int[] Perspectives, int[] FinancialKpis, int CustomerKpi, int[] LearningKpis, int Period2022, int Period2023)
{
    private static readonly string[] PerspectiveNames = ["Financial", "Customer", "Learning"];

    public static async Task<RoundScorecard> CreateAsync(WebApplicationFactory<Program> factory, bool lock2023 = false)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var scorecard = new Scorecard { Name = "Rounds " + Guid.NewGuid().ToString("N")[..8], OrganisationUnit = "Test", CreatedAt = DateTime.UtcNow };
        var p2022 = new ReportingPeriod { Scorecard = scorecard, Name = "2022", StartDate = new(2022, 1, 1), EndDate = new(2022, 12, 31) };
        var p2023 = new ReportingPeriod { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31), IsLocked = lock2023 };
        var root = new ScorecardNode { Scorecard = scorecard, Name = "Goal" };
        db.AddRange(scorecard, p2022, p2023, root);
        var perspectives = PerspectiveNames
            .Select((name, i) => new ScorecardNode { Scorecard = scorecard, Parent = root, Name = name, Position = i }).ToArray();
        int[] kpiCounts = [3, 1, 2];
        var kpis = new List<ScorecardNode>[3];
        var value = 50.0;
        for (var p = 0; p < 3; p++)
        {
            kpis[p] = [];
            for (var k = 0; k < kpiCounts[p]; k++)
            {
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspectives[p], Name = $"{perspectives[p].Name} KPI {k + 1}", Position = k };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = $"{perspectives[p].Name[..3].ToUpperInvariant()}-{k + 1}", Unit = "%", Method = ScoringMethod.HigherIsBetter };
                node.Kpi = kpi;
                kpis[p].Add(node);
                value += 7;
                db.AddRange(node,
                    new KpiTarget { Kpi = kpi, Period = p2022, Value = 100 }, new KpiActual { Kpi = kpi, Period = p2022, Value = value },
                    new KpiTarget { Kpi = kpi, Period = p2023, Value = 100 }, new KpiActual { Kpi = kpi, Period = p2023, Value = 130 - value });
            }
        }
        foreach (var (parent, children) in new[] { (root, perspectives.ToList()), (perspectives[0], kpis[0]), (perspectives[2], kpis[2]) })
            db.Add(new NodeWeighting
            {
                Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Direct, Source = "Entered by HR",
                ChildWeights = [.. children.Select(c => new ChildWeight { ChildNode = c, Weight = 1.0 / children.Count })],
            });
        await db.SaveChangesAsync();
        return new RoundScorecard(scorecard.Id, root.Id, [.. perspectives.Select(p => p.Id)], [.. kpis[0].Select(k => k.Id)], kpis[1][0].Id,
            [.. kpis[2].Select(k => k.Id)], p2022.Id, p2023.Id);
    }
}

internal static partial class RoundSteps
{
    /// <summary>Opens a round through the Create page as HR and returns its id.</summary>
    public static async Task<int> OpenRoundAsync(HttpClient hr, int scorecardId, params (string Email, string? Weight)[] directors)
    {
        var page = await HtmlForm.GetPageAsync(hr, "/Rounds/Create");
        var form = HtmlForm.From(hr, page, "/Rounds/Create", "#round-form").Set("Input.ScorecardId", scorecardId.ToString(CultureInfo.InvariantCulture)).Set("Input.Name", "Test round");
        foreach (var (email, weight) in directors)
        {
            var index = DirectorIndex(page, email);
            form.Set($"Input.Directors[{index}].Selected", "true");
            if (weight is not null) form.Set($"Input.Directors[{index}].Weight", weight);
        }
        var response = await form.PostAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(IdOf().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static int DirectorIndex(IHtmlDocument page, string email)
    {
        var label = page.QuerySelectorAll("#round-form label.form-check-label").Single(l => l.TextContent.Contains(email));
        return int.Parse(label.GetAttribute("for")!["director-".Length..], CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<ComparisonSet>> SetsAsync(WebApplicationFactory<Program> factory, int roundId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        return await db.ComparisonSets.AsNoTracking().Where(s => s.RoundId == roundId).OrderBy(s => s.Position).ToListAsync();
    }

    public static async Task<QuestionnaireAnswer> AnswerOfAsync(WebApplicationFactory<Program> factory, int setId, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        return await db.QuestionnaireAnswers.AsNoTracking().SingleAsync(a => a.ComparisonSetId == setId && a.Respondent!.User!.Email == email);
    }

    public static string AnswerUrl(int roundId, int setId) => $"/Questionnaires/Answer?roundId={roundId}&setId={setId}";

    /// <summary>Fills the set's pairs with the given scale points (k ≥ 2 left item, −k right item, 1 equal) and presses a button.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient director, int roundId, int setId, int[] points, string handler, bool confirm = false)
    {
        var form = await HtmlForm.FromPageAsync(director, AnswerUrl(roundId, setId), "#questionnaire");
        for (var k = 0; k < points.Length; k++) form.Set($"Input.Points[{k}]", points[k].ToString(CultureInfo.InvariantCulture));
        if (confirm) form.Set("Input.ConfirmInconsistent", "true");
        return await form.PostAsync(handler);
    }

    /// <summary>Answers every set of a round consistently with the given points per set and submits it.</summary>
    public static async Task SubmitAllAsync(HttpClient director, int roundId, IReadOnlyList<ComparisonSet> sets, Func<ComparisonSet, int[]> points)
    {
        foreach (var set in sets)
        {
            var response = await AnswerAsync(director, roundId, set.Id, points(set), "Submit", confirm: true);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Submit answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex(@"id=(\d+)")]
    private static partial Regex IdOf();
}
