using System.Diagnostics;
using System.Globalization;
using HrScorecard.LoadTests;

// Load run of the app (docs/performance.md): start the Release build on loopback with its own database, scale the
// demo data up, sign in, drive each endpoint with a fixed number of workers for a bounded time, print the figures.
// Options: --duration 20 --warmup 3 --connections 32 --scorecards 10 --kpis 40 --periods 5 [--count-sql] [--only Dashboard,PDF]
var options = Options.Parse(args);
var total = Stopwatch.StartNew();
var webDll = Options.WebDll();
Console.WriteLine($"App: {webDll}");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()} before the run");

await using var app = await AppProcess.StartAsync(webDll, options.CountSql);
Console.WriteLine($"Started on {app.BaseAddress} with data folder {app.DataFolder} ({total.Elapsed.TotalSeconds:0.0} s)");

var scorecards = await LoadData.SeedAsync(app.DatabasePath, options.Scorecards, options.Kpis, options.Periods);
Console.WriteLine($"Seeded {scorecards.Count} scorecards × {scorecards[0].KpiNodeIds.Count} KPIs × {scorecards[0].PeriodIds.Count} periods");

const string password = "Demo#2026"; // the demo accounts' password (demo mode only)
using var manager = await Session.SignInAsync(app.BaseAddress, "manager@demo.local", password);
using var hr = await Session.SignInAsync(app.BaseAddress, "hr@demo.local", password);
using var director1 = await Session.SignInAsync(app.BaseAddress, "director1@demo.local", password);
using var director2 = await Session.SignInAsync(app.BaseAddress, "director2@demo.local", password);

// HR opens one weighting round per scorecard through the app's own form, both directors invited.
foreach (var scorecard in scorecards)
{
    var form = FormFields.Of(await hr.PageAsync($"/Rounds/Create?scorecardId={scorecard.Id}"), "round-form")
        .Set("Input.ScorecardId", scorecard.Id.ToString(CultureInfo.InvariantCulture)).Set("Input.Name", $"Load round {scorecard.Id}");
    foreach (var userIdField in form.Names.Where(n => n.EndsWith(".UserId", StringComparison.Ordinal)).ToList())
        form.Set(userIdField.Replace(".UserId", ".Selected", StringComparison.Ordinal), "true");
    await hr.SaveAsync("/Rounds/Create", form);
}
var sets = await LoadData.ComparisonSetsAsync(app.DatabasePath, [.. scorecards.Select(s => s.Id)]);
Console.WriteLine($"Opened {scorecards.Count} weighting rounds with {sets.Count} comparison sets for 2 directors ({total.Elapsed.TotalSeconds:0.0} s)");

var context = new LoadContext(manager, hr, [director1, director2], scorecards, sets);
var results = new List<EndpointResult>();
// The baseline always runs: every other figure is read as a ratio of it.
foreach (var endpoint in Endpoints.All(context).Where((e, i) => i == 0 || options.Only.Count == 0
             || options.Only.Any(o => e.Name.StartsWith(o, StringComparison.OrdinalIgnoreCase))))
{
    Console.Write($"{endpoint.Name}: {options.Warmup} s warm-up + {options.Duration} s at {options.Connections} connections … ");
    var result = await LoadRun.DriveAsync(app, endpoint, options.Connections, TimeSpan.FromSeconds(options.Warmup), TimeSpan.FromSeconds(options.Duration));
    Console.WriteLine($"{result.Throughput:0.0} req/s, {result.Errors} errors");
    foreach (var error in result.FirstErrors) Console.WriteLine("    error: " + error);
    results.Add(result);
}

var baseline = results[0].Throughput;
Console.WriteLine();
Console.WriteLine($"Load run: {options.Connections} connections, {options.Duration} s per endpoint after {options.Warmup} s warm-up; " +
                  $"{options.Scorecards} scorecards × {options.Kpis} KPIs × {options.Periods} periods; load average {LoadAverage()} after the run");
Console.WriteLine();
if (options.CountSql) Console.WriteLine("Counting SQL commands: EF Core logs each one, so these latencies are not the figures to record.");
var sqlHeader = options.CountSql ? " SQL commands / request |" : "";
Console.WriteLine($"| Endpoint | Request | Requests | Throughput (req/s) | × baseline | p50 (ms) | p95 (ms) | p99 (ms) | App CPU ms / request |{sqlHeader} Errors |");
Console.WriteLine($"|---|---|---:|---:|---:|---:|---:|---:|---:|{(options.CountSql ? "---:|" : "")}---:|");
foreach (var r in results)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Endpoint.Name} | `{r.Endpoint.Request}` | {r.Requests} | {r.Throughput:0.0} | {r.Throughput / baseline:0.00} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.CpuMillisecondsPerRequest:0.0} |{(options.CountSql ? $" {r.SqlCommandsPerRequest:0.0} |" : "")} {r.Errors} |"));

if (results.SingleOrDefault(r => r.Endpoint.Name == "Dashboard") is { } dashboard)
{
    var ratioMet = dashboard.Throughput / baseline >= 0.40;
    var p99Met = dashboard.Percentile(99) < 150;
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Target dashboard ≥ 40 % of baseline throughput: {(ratioMet ? "met" : "NOT met")} ({dashboard.Throughput / baseline:0.0%})"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Target dashboard p99 < 150 ms at {options.Connections} connections: {(p99Met ? "met" : "NOT met")} ({dashboard.Percentile(99):0.0} ms)"));
}
var errors = results.Sum(r => r.Errors);
Console.WriteLine($"Errors: {errors}. Whole run: {total.Elapsed.TotalSeconds:0} s.");
return errors == 0 ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

internal sealed record Options(int Duration, int Warmup, int Connections, int Scorecards, int Kpis, int Periods, bool CountSql,
    IReadOnlyList<string> Only)
{
    public static Options Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new Options(Get("duration", 20), Get("warmup", 3), Get("connections", 32), Get("scorecards", 10), Get("kpis", 40), Get("periods", 5),
            args.Contains("--count-sql"), Only());

        // Endpoints whose names start with one of the comma-separated prefixes; all of them when absent.
        IReadOnlyList<string> Only()
        {
            var i = Array.IndexOf(args, "--only");
            return i >= 0 && i + 1 < args.Length ? args[i + 1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        }
    }

    /// <summary>
    /// The web project's own build output in the same configuration as this program (building this project builds
    /// it): bin/&lt;configuration&gt;/net10.0 holds the runtime config and static asset manifest the app needs.
    /// </summary>
    public static string WebDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "HrScorecard.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Run from the repository: HrScorecard.sln not found above " + AppContext.BaseDirectory);
        if (configuration != "Release") Console.WriteLine($"Warning: {configuration} build; measure with -c Release.");
        var dll = Path.Combine(root.FullName, "src", "HrScorecard.Web", "bin", configuration, framework, "HrScorecard.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
    }
}
