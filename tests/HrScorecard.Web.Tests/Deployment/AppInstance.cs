using System.Net;
using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Deployment;

/// <summary>
/// One instance of the app as a load balancer or reverse proxy sees it: real Kestrel on a loopback port, reached over
/// real HTTP. Several instances may share one data folder (one SQLite database), like app servers sharing a database.
/// </summary>
public sealed class AppInstance : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private AppInstance(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        _dataFolder = dataFolder;
        _settings = settings;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts an instance and returns once it serves requests (its database migrated, demo data loaded).</summary>
    public static AppInstance Start(string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var instance = new AppInstance(dataFolder, settings ?? new Dictionary<string, string>());
        instance.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        instance.StartServer();
        instance.Address = new Uri(instance.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return instance;
    }

    /// <summary>A client of this instance over HTTP; clients given the same container carry the same cookies.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    public async Task<T> InDbAsync<T>(Func<ScorecardDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataFolder", _dataFolder);
        builder.UseSetting("Demo:Enabled", "true");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "hrscorecard-tests", Guid.NewGuid().ToString("N"));

    public static void DeleteDataFolder(string dataFolder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // SQLite keeps the file open otherwise
        if (Directory.Exists(dataFolder))
            Directory.Delete(dataFolder, recursive: true);
    }
}
