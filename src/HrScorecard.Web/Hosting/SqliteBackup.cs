using HrScorecard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Hosting;

/// <summary>
/// <c>dotnet HrScorecard.Web.dll backup &lt;file&gt;</c>: an online backup of the embedded SQLite database through SQLite's
/// backup API. The copy is consistent even while the app keeps serving and writing, which a plain file copy of a
/// database in use is not. SQL Server is backed up with its own tools (docs/deployment.md).
/// </summary>
public static partial class SqliteBackup
{
    public const string Command = "backup";

    /// <returns>The process exit code: 0 when the copy is written.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string target, ILogger logger)
    {
        if (DatabaseSetup.ProviderOf(configuration) != DatabaseSetup.Sqlite)
        {
            NotSqlite(logger);
            return 2;
        }
        target = Path.GetFullPath(target);
        // Never overwrite: a mistyped path must not replace an older backup, let alone the live database.
        if (File.Exists(target))
        {
            TargetExists(logger, target);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var source = (SqliteConnection)scope.ServiceProvider.GetRequiredService<ScorecardDbContext>().Database.GetDbConnection();
        // Opening a missing database would create an empty one and back that up.
        if (!File.Exists(source.DataSource))
        {
            NoDatabase(logger, source.DataSource);
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var sourceFile = source.DataSource;
        await source.OpenAsync();
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await destination.OpenAsync();
        source.BackupDatabase(destination);
        BackedUp(logger, sourceFile, target);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The backup command copies the embedded SQLite database; back up SQL Server with BACKUP DATABASE (docs/deployment.md).")]
    private static partial void NotSqlite(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Target} already exists; give the backup a new file name.")]
    private static partial void TargetExists(ILogger logger, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "There is no database at {Source} (check DataFolder and Database:ConnectionString).")]
    private static partial void NoDatabase(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up {Source} to {Target}.")]
    private static partial void BackedUp(ILogger logger, string source, string target);
}
