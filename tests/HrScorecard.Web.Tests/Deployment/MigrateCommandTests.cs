using Microsoft.Data.Sqlite;

namespace HrScorecard.Web.Tests.Deployment;

/// <summary>
/// <c>dotnet HrScorecard.Web.dll migrate</c>, the step before starting several instances: the schema and the first
/// Data Protection key, so instances started together all find the same key.
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _dataFolder = AppInstance.NewDataFolder();

    [Fact]
    public async Task Migrate_creates_the_schema_and_exactly_one_key_however_often_it_runs()
    {
        var first = await AppCommand.RunAsync(_dataFolder, "migrate");
        var second = await AppCommand.RunAsync(_dataFolder, "migrate");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_dataFolder, "hrscorecard.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        Assert.Equal(1L, await BackupTests.ScalarAsync(db, "SELECT COUNT(*) FROM DataProtectionKeys"));
        Assert.Equal(0L, await BackupTests.ScalarAsync(db, "SELECT COUNT(*) FROM AspNetUsers")); // no demo data: migrate only migrates
    }

    public void Dispose() => AppInstance.DeleteDataFolder(_dataFolder);
}
