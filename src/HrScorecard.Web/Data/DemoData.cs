using HrScorecard.Domain.Scoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Data;

/// <summary>
/// Roles always; in demo mode also the demo accounts and the PT. Roda Emas Jaya scorecard of DOMAIN.md §9
/// (2022 as published, 2023 with plausible values so trends exist). Idempotent.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo#2026";
    public const string ScorecardName = "HR Scorecard PT. Roda Emas Jaya";

    public static IReadOnlyList<(string Email, string Name, string Role)> Accounts { get; } =
    [
        ("admin@demo.local", "Demo Admin", Roles.Admin),
        ("hr@demo.local", "Demo HR", Roles.HR),
        ("director1@demo.local", "Demo Director 1", Roles.Director),
        ("director2@demo.local", "Demo Director 2", Roles.Director),
        ("manager@demo.local", "Demo Manager", Roles.Manager),
    ];

    public static async Task PrepareAsync(IServiceProvider services, bool demoEnabled)
    {
        await using var scope = services.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole(role));
        if (!demoEnabled) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, name, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
        }

        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        if (await db.Scorecards.AnyAsync(s => s.Name == ScorecardName)) return;
        db.SystemUser = "demo data";
        await SeedRodaEmasJayaAsync(db);
    }

    private sealed record DemoKpi(string Code, string Name, string Unit, ScoringMethod Method,
        double Target2022, double Actual2022, double Target2023, double Actual2023, string? Comment2023 = null);

    private static async Task SeedRodaEmasJayaAsync(ScorecardDbContext db)
    {
        var scorecard = new Scorecard
        {
            Name = ScorecardName,
            OrganisationUnit = "PT. Roda Emas Jaya — Human Resources",
            Description = "The worked example of Kansil (2022) as corrected in docs/domain.md; 2023 is illustrative.",
            Status = ScorecardStatus.Active,
            CreatedAt = DateTime.UtcNow,
        };
        var p2022 = new ReportingPeriod { Scorecard = scorecard, Name = "2022", StartDate = new(2022, 1, 1), EndDate = new(2022, 12, 31) };
        var p2023 = new ReportingPeriod { Scorecard = scorecard, Name = "2023", StartDate = new(2023, 1, 1), EndDate = new(2023, 12, 31) };
        var root = new ScorecardNode { Scorecard = scorecard, Name = "HR performance of PT. Roda Emas Jaya" };
        db.AddRange(scorecard, p2022, p2023, root);

        (string Name, double[] Judgments, DemoKpi[] Kpis)[] perspectives =
        [
            ("Financial", [1.0 / 4], [
                new("FIN-1", "Qualified applicants hired", "%", ScoringMethod.HigherIsBetter, 95, 93.75, 95, 96.2),
                new("FIN-2", "Accident cost", "Rp", ScoringMethod.LowerIsBetter, 50_000_000, 0, 50_000_000, 12_500_000)]),
            ("Customer", [3, 1.0 / 2, 1.0 / 4], [
                new("CUS-1", "Leadership index", "score (1–5)", ScoringMethod.HigherIsBetter, 4.5, 4.90, 4.5, 4.72),
                new("CUS-2", "Job satisfaction index", "score (1–5)", ScoringMethod.HigherIsBetter, 4.5, 4.82, 4.5, 4.61),
                new("CUS-3", "Turnover", "%", ScoringMethod.LowerIsBetter, 33, 59.1, 30, 41.0, "Exit interviews started in Q2.")]),
            ("Internal Business Process", [2], [
                new("IBP-1", "Absence", "%", ScoringMethod.LowerIsBetter, 33, 45.46, 33, 36.8),
                new("IBP-2", "Employee complaints", "count", ScoringMethod.MustBeZero, 0, 0, 0, 1)]),
            ("Learning & Growth", [1.0 / 3], [
                new("LG-1", "Knowledge transfer", "%", ScoringMethod.HigherIsBetter, 70, 85, 75, 81),
                new("LG-2", "Skill transfer", "%", ScoringMethod.HigherIsBetter, 70, 90, 75, 88)]),
        ];

        var perspectiveNodes = new List<ScorecardNode>();
        foreach (var (name, judgments, kpis) in perspectives)
        {
            var perspective = new ScorecardNode { Scorecard = scorecard, Parent = root, Name = name, Position = perspectiveNodes.Count };
            perspectiveNodes.Add(perspective);
            var kpiNodes = new List<ScorecardNode>();
            foreach (var k in kpis)
            {
                var node = new ScorecardNode { Scorecard = scorecard, Parent = perspective, Name = k.Name, Position = kpiNodes.Count };
                var kpi = new Kpi { Node = node, Scorecard = scorecard, Code = k.Code, Unit = k.Unit, Method = k.Method };
                node.Kpi = kpi;
                kpiNodes.Add(node);
                db.AddRange(node,
                    new KpiTarget { Kpi = kpi, Period = p2022, Value = k.Target2022 },
                    new KpiActual { Kpi = kpi, Period = p2022, Value = k.Actual2022 },
                    new KpiTarget { Kpi = kpi, Period = p2023, Value = k.Target2023 },
                    new KpiActual { Kpi = kpi, Period = p2023, Value = k.Actual2023, Comment = k.Comment2023 });
            }
            db.Add(Pairwise(scorecard, perspective, kpiNodes, judgments));
        }
        // F–C 3, F–IBP 5, F–L&G 4, C–IBP 3, C–L&G 1/2, IBP–L&G 1/5 (DOMAIN.md §9).
        db.Add(Pairwise(scorecard, root, perspectiveNodes, [3, 5, 4, 3, 1.0 / 2, 1.0 / 5]));

        await db.SaveChangesAsync();
    }

    private static NodeWeighting Pairwise(Scorecard scorecard, ScorecardNode parent, List<ScorecardNode> children, double[] upperTriangle)
    {
        var weighting = new NodeWeighting { Scorecard = scorecard, ParentNode = parent, Method = WeightingMethod.Pairwise, Source = "Director questionnaire (Kansil 2022)" };
        var k = 0;
        for (var i = 0; i < children.Count; i++)
            for (var j = i + 1; j < children.Count; j++)
                weighting.Judgments.Add(new PairwiseJudgment { RowNode = children[i], ColumnNode = children[j], Value = upperTriangle[k++] });
        return weighting;
    }
}
