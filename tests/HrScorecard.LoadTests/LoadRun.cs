using System.Diagnostics;

namespace HrScorecard.LoadTests;

public sealed record EndpointResult(Endpoint Endpoint, int Requests, TimeSpan Elapsed, double[] SortedMilliseconds, int Errors,
    IReadOnlyList<string> FirstErrors, TimeSpan AppCpu, long SqlCommands)
{
    /// <summary>The app's CPU time per operation: hardly affected by other processes, unlike latency.</summary>
    public double CpuMillisecondsPerRequest => AppCpu.TotalMilliseconds / Requests;

    public double SqlCommandsPerRequest => (double)SqlCommands / Requests;

    public double Throughput => Requests / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile of the recorded latencies.</summary>
    public double Percentile(double p) =>
        SortedMilliseconds.Length == 0 ? double.NaN
        : SortedMilliseconds[Math.Clamp((int)Math.Ceiling(p / 100 * SortedMilliseconds.Length) - 1, 0, SortedMilliseconds.Length - 1)];
}

/// <summary>
/// A closed loop: a fixed number of workers, each repeating its operation as soon as the previous one answered, for
/// a bounded time (after an unrecorded warm-up). Every latency is kept, so percentiles are exact.
/// </summary>
public static class LoadRun
{
    public static async Task<EndpointResult> DriveAsync(AppProcess app, Endpoint endpoint, int workers, TimeSpan warmUp, TimeSpan duration)
    {
        var operations = new Operation[workers];
        for (var w = 0; w < workers; w++) operations[w] = await endpoint.WorkerAsync(w);

        var errors = 0;
        var firstErrors = new List<string>();
        var recording = false;
        var stop = Stopwatch.StartNew();
        var end = warmUp;

        async Task<List<double>> WorkerAsync(Operation operation)
        {
            var latencies = new List<double>(4096);
            while (stop.Elapsed < end)
            {
                var started = Stopwatch.GetTimestamp();
                string? error = null;
                try { await operation(); }
                catch (UnexpectedAnswerException e) { error = e.Message; }
                catch (HttpRequestException e) { error = e.Message; }
                catch (TaskCanceledException) { error = "timed out after 30 s"; }
                catch (InvalidOperationException e) { error = e.Message; } // e.g. a form missing from an error page
                if (!Volatile.Read(ref recording)) continue;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (error is null) continue;
                Interlocked.Increment(ref errors);
                lock (firstErrors) if (firstErrors.Count < 5) firstErrors.Add(error);
            }
            return latencies;
        }

        // Warm-up: JIT, connection set-up, SQLite page cache; nothing recorded.
        await Task.WhenAll(operations.Select(o => Task.Run(() => WorkerAsync(o))));

        Volatile.Write(ref recording, true);
        var (cpuBefore, sqlBefore) = (app.CpuTime, app.SqlCommands);
        stop.Restart();
        end = duration;
        var recorded = await Task.WhenAll(operations.Select(o => Task.Run(() => WorkerAsync(o))));
        var elapsed = stop.Elapsed; // includes the last operations that started before the end
        var (cpu, sql) = (app.CpuTime - cpuBefore, app.SqlCommands - sqlBefore);
        var all = recorded.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new EndpointResult(endpoint, all.Length, elapsed, all, errors, firstErrors, cpu, sql);
    }
}
