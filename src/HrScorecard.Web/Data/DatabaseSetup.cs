using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;

namespace HrScorecard.Web.Data;

/// <summary>
/// Chooses the database by the explicit setting <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>SqlServer</c>),
/// never by operating system.
/// </summary>
public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public static string ProviderOf(IConfiguration configuration) =>
        (configuration["Database:Provider"] ?? Sqlite) switch
        {
            var p when p.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) => Sqlite,
            var p when p.Equals(SqlServer, StringComparison.OrdinalIgnoreCase) => SqlServer,
            var p => throw new InvalidOperationException(
                $"Database:Provider is \"{p}\"; it must be \"{Sqlite}\" (embedded, the default) or \"{SqlServer}\"."),
        };

    public static IServiceCollection AddScorecardDatabase(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var connectionString = configuration["Database:ConnectionString"];
        if (ProviderOf(configuration) == SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is SqlServer but Database:ConnectionString is empty.");
            services.AddDbContext<ScorecardDbContext, SqlServerScorecardDbContext>(o => o.UseSqlServer(connectionString));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(dataFolder, "hrscorecard.db")}"
                : connectionString;
            services.AddDbContext<ScorecardDbContext, SqliteScorecardDbContext>(o => o.UseSqlite(connectionString));
        }
        return services;
    }

    /// <summary>
    /// SQLite (embedded) is created and migrated at start-up. SQL Server is migrated only by the explicit
    /// <c>migrate</c> command (docs/deployment notes in README); start-up refuses to run against an outdated schema.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        if (ProviderOf(configuration) == Sqlite)
        {
            await db.Database.MigrateAsync();
            return;
        }
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
            throw new InvalidOperationException(
                $"The SQL Server database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). " +
                "Apply them first: dotnet HrScorecard.Web.dll migrate (or the idempotent script, see README).");
        logger.LogInformation("SQL Server schema is up to date.");
    }

    /// <summary>
    /// The explicit migration command: <c>dotnet HrScorecard.Web.dll migrate</c>. It also creates the first Data Protection
    /// key: instances started together against an empty key table would each create a key of their own and, until
    /// their key rings refresh, reject each other's cookies.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ScorecardDbContext>().Database.MigrateAsync();
        var keys = services.GetRequiredService<IKeyManager>();
        if (keys.GetAllKeys().Count == 0)
        {
            var now = DateTimeOffset.UtcNow;
            keys.CreateNewKey(now, now + services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime);
        }
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteScorecardDbContext>
{
    public SqliteScorecardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerScorecardDbContext>
{
    // Migrations and scripts need no server; the connection string is never opened at design time.
    public SqlServerScorecardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerScorecardDbContext>()
            .UseSqlServer("Server=localhost;Database=HrScorecard;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
