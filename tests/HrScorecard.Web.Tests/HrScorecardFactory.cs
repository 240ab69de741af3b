using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HrScorecard.Web.Tests;

/// <summary>
/// The real app in-process, on its real SQLite database (migrated at start-up) in a data folder of its own, so test
/// classes never share data with each other or write into the source tree. Shared by a test class via IClassFixture.
/// </summary>
public class HrScorecardFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "hrscorecard-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Demo accounts and the demo company are loaded unless a test class asks for an empty app.</summary>
    protected virtual bool DemoEnabled => true;

    /// <summary>Tests sign in far more often than a person would, all from one address; the limit has its own test.</summary>
    protected virtual int LoginAttemptsPerMinute => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataFolder", _dataFolder);
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // SQLite keeps the file open otherwise
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}

/// <summary>The app as installed for a new company: no users, no demo data.</summary>
public sealed class EmptyHrScorecardFactory : HrScorecardFactory
{
    protected override bool DemoEnabled => false;
}
