using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HrScorecard.Web.Data;

/// <summary>
/// The app's database. Provider-neutral; <see cref="SqliteScorecardDbContext"/> and <see cref="SqlServerScorecardDbContext"/>
/// exist only so each provider keeps its own migrations. Every save stamps new concurrency versions and writes the audit
/// trail in the same transaction. It also holds the Data Protection key ring, so every instance of the app reads the
/// same keys (sign-in cookies and antiforgery tokens work on any instance behind a load balancer).
/// </summary>
public class ScorecardDbContext(DbContextOptions options, IHttpContextAccessor? httpContextAccessor = null)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<ReportingPeriod> Periods => Set<ReportingPeriod>();
    public DbSet<ScorecardNode> Nodes => Set<ScorecardNode>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<KpiTarget> Targets => Set<KpiTarget>();
    public DbSet<KpiActual> Actuals => Set<KpiActual>();
    public DbSet<SubPeriodValue> SubPeriodValues => Set<SubPeriodValue>();
    public DbSet<NodeWeighting> Weightings => Set<NodeWeighting>();
    public DbSet<ChildWeight> ChildWeights => Set<ChildWeight>();
    public DbSet<PairwiseJudgment> PairwiseJudgments => Set<PairwiseJudgment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WeightingRound> WeightingRounds => Set<WeightingRound>();
    public DbSet<RoundRespondent> RoundRespondents => Set<RoundRespondent>();
    public DbSet<ComparisonSet> ComparisonSets => Set<ComparisonSet>();
    public DbSet<QuestionnaireAnswer> QuestionnaireAnswers => Set<QuestionnaireAnswer>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<RootCause> RootCauses => Set<RootCause>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SurveyUpload> SurveyUploads => Set<SurveyUpload>();

    /// <summary>Who is recorded in the audit trail when there is no signed-in user (seeding, tools).</summary>
    public string SystemUser { get; set; } = "system";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ScorecardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified: every DateTime we store is UTC, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Where the changes of the following saves come from (e.g. "imported from actuals.csv"); noted in their audit rows.</summary>
    public string? AuditSource { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Version = Guid.NewGuid();

        var changes = AuditTrail.Collect(ChangeTracker);
        if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var nodeIds = changes.Select(c => c.NodeNeedingScorecard).OfType<int>().Where(id => id > 0).Distinct().ToList();
        var scorecardOfNode = nodeIds.Count == 0
            ? new Dictionary<int, int>()
            : await Nodes.AsNoTracking().Where(n => nodeIds.Contains(n.Id))
                .ToDictionaryAsync(n => n.Id, n => n.ScorecardId, cancellationToken);

        // Keys of added rows are known only after the first save; the audit rows follow in the same transaction.
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var user = httpContextAccessor?.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? SystemUser;
        var now = DateTime.UtcNow;
        var entries = changes.Select(c => c.ToEntry(user, now, scorecardOfNode, AuditSource)).ToList();
        AuditEntries.AddRange(entries);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // In the change's own transaction: whoever reads the new revision then reads the new figures too.
        var touched = entries.Select(e => e.ScorecardId).OfType<int>().Distinct().ToList();
        if (touched.Count > 0)
            await Scorecards.Where(s => touched.Contains(s.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DataRevision, x => x.DataRevision + 1), cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal static string? Show(object? value) => value switch
    {
        null => null,
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        List<double> list => JsonSerializer.Serialize(list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public sealed class SqliteScorecardDbContext(DbContextOptions<SqliteScorecardDbContext> options, IHttpContextAccessor? httpContextAccessor = null)
    : ScorecardDbContext(options, httpContextAccessor);

public sealed class SqlServerScorecardDbContext(DbContextOptions<SqlServerScorecardDbContext> options, IHttpContextAccessor? httpContextAccessor = null)
    : ScorecardDbContext(options, httpContextAccessor);
