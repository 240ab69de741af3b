using System.Text.Json;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Scorecards;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Deployment;

/// <summary>
/// The documented command <c>dotnet HrScorecard.Web.dll backup &lt;file&gt;</c>, run as a real process beside a running app
/// on the same database, with the JSON console log an operator's log collector would read.
/// </summary>
public sealed class BackupTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>, IDisposable
{
    private readonly string _backupFolder = Path.Combine(Path.GetTempPath(), "hrscorecard-tests", "backups-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_backup_of_a_running_apps_database_opens_intact_with_the_demo_scorecard()
    {
        var liveKpis = await factory.InDbAsync(db => db.Kpis.CountAsync());
        var target = Path.Combine(_backupFolder, "nightly", "hrscorecard.db");

        var (exitCode, output) = await RunBackupAsync(target);

        Assert.True(exitCode == 0, output);
        await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(copy, "PRAGMA integrity_check"));
        Assert.Equal(1L, await ScalarAsync(copy, "SELECT COUNT(*) FROM Scorecards WHERE Name = $name", ("$name", DemoData.ScorecardName)));
        Assert.Equal((long)liveKpis, await ScalarAsync(copy, "SELECT COUNT(*) FROM Kpis"));
        // The key ring travels with the data: a restored database still reads the cookies and tokens it issued.
        Assert.NotEqual(0L, await ScalarAsync(copy, "SELECT COUNT(*) FROM DataProtectionKeys"));

        // Logging:Console:FormatterName=json: one JSON object per line, the backup named in a structured field.
        var entries = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var done = Assert.Single(entries, e => e.GetProperty("LogLevel").GetString() == "Information");
        Assert.StartsWith("Backed up ", done.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Equal(target, done.GetProperty("State").GetProperty("Target").GetString());
    }

    [Fact]
    public async Task The_backup_command_refuses_to_overwrite_an_existing_file()
    {
        var target = Path.Combine(_backupFolder, "existing.db");
        Directory.CreateDirectory(_backupFolder);
        await File.WriteAllTextAsync(target, "an older backup");

        var (exitCode, output) = await RunBackupAsync(target);

        Assert.Equal(2, exitCode);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(target));
    }

    private Task<(int ExitCode, string Output)> RunBackupAsync(string target)
    {
        // The app is running (started by the factory) on the database the command copies.
        var dataFolder = factory.Services.GetRequiredService<IConfiguration>()["DataFolder"]!;
        return AppCommand.RunAsync(dataFolder, "backup", target);
    }

    internal static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_backupFolder))
            Directory.Delete(_backupFolder, recursive: true);
    }
}
