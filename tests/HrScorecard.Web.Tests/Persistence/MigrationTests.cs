using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HrScorecard.Web.Tests.Persistence;

/// <summary>
/// Both providers' migrations keep up with the model, through the same design-time contexts `dotnet ef` uses.
/// Neither check opens a connection, so no SQL Server is needed.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => [DatabaseSetup.Sqlite, DatabaseSetup.SqlServer];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_cover_the_whole_model(string provider)
    {
        using var context = DesignTimeContext(provider);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers. Add one: dotnet ef migrations add <Name> --project src/HrScorecard.Web " +
            $"--context {context.GetType().Name} --output-dir Data/Migrations/{provider}");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = DesignTimeContext(DatabaseSetup.Sqlite);
        using var sqlServer = DesignTimeContext(DatabaseSetup.SqlServer);

        // Ids are "<timestamp>_<Name>"; the timestamps differ by the seconds between the two `migrations add` commands.
        static IEnumerable<string> Names(DbContext c) => c.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_contains_every_migration()
    {
        using var context = DesignTimeContext(DatabaseSetup.SqlServer);
        var migrations = context.Database.GetMigrations().ToList();

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.NotEmpty(migrations);
        foreach (var id in migrations)
            Assert.Contains($"N'{id}'", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
    }

    private static ScorecardDbContext DesignTimeContext(string provider) => provider switch
    {
        DatabaseSetup.Sqlite => new SqliteDesignTimeFactory().CreateDbContext([]),
        DatabaseSetup.SqlServer => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
