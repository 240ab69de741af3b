using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Persistence;

/// <summary>A fresh install: the embedded SQLite database is created and fully migrated under the data folder at start-up.</summary>
public sealed class StartupDatabaseTests(EmptyHrScorecardFactory factory) : IClassFixture<EmptyHrScorecardFactory>
{
    [Fact]
    public async Task Start_up_creates_the_SQLite_database_in_the_data_folder_with_every_migration_applied()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var dataFolder = factory.Services.GetRequiredService<IConfiguration>()["DataFolder"]!;
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();

        Assert.True(File.Exists(Path.Combine(dataFolder, "hrscorecard.db")), $"No hrscorecard.db in {dataFolder}.");
        Assert.IsType<SqliteScorecardDbContext>(db);
        Assert.Equal(Path.GetFullPath(Path.Combine(dataFolder, "hrscorecard.db")), Path.GetFullPath(db.Database.GetDbConnection().DataSource));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // Roles exist on every install; the demo accounts do not, outside demo mode.
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.False(await db.Users.AnyAsync());
    }
}
