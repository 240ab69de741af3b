using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HrScorecard.LoadTests;

/// <summary>
/// The app as users get it: the Release build of HrScorecard.Web started as its own process on a loopback port, with
/// a fresh data folder (its own SQLite database) and the demo accounts.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private long _sqlCommands;

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public string DatabasePath => Path.Combine(DataFolder, "hrscorecard.db");

    /// <summary>CPU time the app has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>SQL commands the app has logged so far; counted only when started with <c>countSql</c>.</summary>
    public long SqlCommands => Interlocked.Read(ref _sqlCommands);

    private AppProcess(Process process, Uri baseAddress, string dataFolder) =>
        (_process, BaseAddress, DataFolder) = (process, baseAddress, dataFolder);

    public static async Task<AppProcess> StartAsync(string webDll, bool countSql)
    {
        var port = FreeLoopbackPort();
        var dataFolder = Path.Combine(Path.GetTempPath(), "hrscorecard-load-" + Guid.NewGuid().ToString("N")[..8]);
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { webDll, "--urls", baseAddress.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataFolder"] = dataFolder;
        start.Environment["Demo__Enabled"] = "true";
        // Only warnings: per-request log lines would measure the console, not the app.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Counting mode: EF Core logs every executed command, which costs time, so its latencies are not the figures.
        if (countSql) start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + webDll);
        var app = new AppProcess(process, baseAddress, dataFolder);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data.Contains("Microsoft.EntityFrameworkCore.Database.Command[20101]", StringComparison.Ordinal)) Interlocked.Increment(ref app._sqlCommands);
            else if (!countSql || e.Data.StartsWith("info:", StringComparison.Ordinal) || !e.Data.StartsWith("  ", StringComparison.Ordinal))
                Console.WriteLine("  [app] " + e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.WriteLine("  [app] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not answer /health within 120 s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { }
    }
}
