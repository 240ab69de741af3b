using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.BrowserTests;

/// <summary>
/// The real app on a real port with the demo company, and one Debian chromium driven by Playwright, shared by every
/// browser test. Each test opens its own browser context (own cookies), so journeys do not see each other's sign-in.
/// </summary>
public sealed class AppSession : IAsyncLifetime, IDisposable
{
    public const string DemoPassword = "Demo#2026";
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "hrscorecard-browser", Guid.NewGuid().ToString("N"));
    private KestrelApp? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        // A missing browser is a failure, never a skip: CI installs chromium (.ci/run).
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: install the Debian package (apt-get install -y chromium).");

        _app = new KestrelApp(_dataFolder);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        // CI machines run the web and browser test projects side by side on two cores: be patient, not flaky.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context and page, already signed in with a demo account.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#signed-in-as");
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), AcceptDownloads = true });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose() => _app?.Dispose();

    private sealed class KestrelApp(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("DataFolder", dataFolder);
            builder.UseSetting("Demo:Enabled", "true");
            // Every journey signs in from loopback; the production limit of 10 a minute would throttle the suite.
            builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
            builder.UseEnvironment("Development");
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<AppSession>
{
    public const string Name = "Browser";
}
