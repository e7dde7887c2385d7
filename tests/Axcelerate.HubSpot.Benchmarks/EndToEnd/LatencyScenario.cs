using System.Diagnostics;
using System.Globalization;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// <c>latency</c>: under a steady rate of changes (10 a second), the time from an edit in one system to the new value in
/// the other: HubSpot to aXcelerate through HubSpot's webhooks (sandbox delivery, <c>MapHubSpotWebhooks</c>, the
/// background processor); aXcelerate to HubSpot through aXcelerate's webhooks (<c>MapAxcelerateWebhooks</c>, the
/// processor's push) and, in a second host, through the poller alone. Each change edits a different contact's city;
/// arrival is watched in the sandbox's own data every 10 ms.
/// </summary>
public sealed class LatencyScenario : IScenario
{
    public string Name => "latency";

    public string Description => "Edit-to-arrival p50/p95 at 10 changes/s, both ways (webhooks; poller) [--seconds 20] [--rate 10] [--ax-per-minute 1200] [--poll-seconds 5] [--trace 1: per-second timeline of the webhook runs]";

    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var seconds = args.Int("seconds", 20);
        var rate = args.Int("rate", 10);
        var perMinute = args.Int("ax-per-minute", 1200);
        var pollSeconds = args.Int("poll-seconds", 5);
        var trace = args.Int("trace", 0) != 0;
        var n = seconds * rate;
        Console.WriteLine($"{rate} changes/s for {seconds} s each way; aXcelerate quota {perMinute}/min (a steady {rate} writes/s needs at least {rate * 60}/min), 20 ms latency; HubSpot Professional.");

        Result toAxcelerate, toHubSpot, polled;
        await using (var rig = await WebhookRig.StartAsync(n, perMinute, background: true, integration: o => o.AxcelerateWebhooks.SigningKey = "bench-ax-key", cancellationToken))
        {
            rig.Subscribe("city", autoDeliver: true);
            rig.Env.Sandbox.Axcelerate.Options.WebhookSecret = "bench-ax-key";
            rig.Env.Sandbox.Axcelerate.Options.WebhookUrl = rig.AxcelerateWebhookUrl;
            var axIds = AxcelerateIds(rig);
            toAxcelerate = await MeasureAsync(
                "HubSpot -> aXcelerate (webhooks)",
                n,
                rate,
                (i, value) => rig.Env.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, rig.ContactIds[i], new Dictionary<string, string?> { ["city"] = value }),
                (i, value) => rig.Env.Sandbox.Axcelerate.GetContact(axIds[i])?["CITY"] == value,
                cancellationToken,
                trace ? rig.Env : null);
            toHubSpot = await MeasureAsync(
                "aXcelerate -> HubSpot (aXcelerate webhooks)",
                n,
                rate,
                (i, value) => rig.Env.Sandbox.Axcelerate.UpdateContact(axIds[i], new Dictionary<string, string?> { ["CITY"] = value }),
                (i, value) => rig.Env.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, rig.ContactIds[i])?["city"] == value,
                cancellationToken,
                trace ? rig.Env : null);
        }

        await using (var rig = await WebhookRig.StartAsync(n, perMinute, background: true, integration: null, cancellationToken, b => b.PollAxcelerateContacts(o => o.Interval = TimeSpan.FromSeconds(pollSeconds))))
        {
            var axIds = AxcelerateIds(rig);
            polled = await MeasureAsync(
                $"aXcelerate -> HubSpot (poller every {pollSeconds} s)",
                n,
                rate,
                (i, value) => rig.Env.Sandbox.Axcelerate.UpdateContact(axIds[i], new Dictionary<string, string?> { ["CITY"] = value }),
                (i, value) => rig.Env.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, rig.ContactIds[i])?["city"] == value,
                cancellationToken);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"latency: {rate}/s; HubSpot->aXcelerate webhooks p50 {toAxcelerate.P50:0.00} s p95 {toAxcelerate.P95:0.00} s ({toAxcelerate.Arrived}/{n}); aXcelerate->HubSpot webhooks p50 {toHubSpot.P50:0.00} s p95 {toHubSpot.P95:0.00} s ({toHubSpot.Arrived}/{n}); poller ({pollSeconds} s) p50 {polled.P50:0.00} s p95 {polled.P95:0.00} s ({polled.Arrived}/{n}); webhook p95 {Math.Max(toAxcelerate.P95, toHubSpot.P95) / 2:0.00}x the 2 s target"));
        return toAxcelerate.Arrived == n && toHubSpot.Arrived == n && polled.Arrived == n ? 0 : 1;
    }

    private static int[] AxcelerateIds(WebhookRig rig)
    {
        var byEmail = rig.Env.Sandbox.Axcelerate.Contacts.Where(c => c["EMAILADDRESS"] is not null).ToDictionary(c => c["EMAILADDRESS"]!, c => c.Id, StringComparer.OrdinalIgnoreCase);
        return rig.ContactIds.Select(id => byEmail[rig.Env.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, id)!["email"]!]).ToArray();
    }

    private static async Task<Result> MeasureAsync(string label, int n, int rate, Action<int, string> edit, Func<int, string, bool> arrived, CancellationToken cancellationToken, E2EEnvironment? trace = null)
    {
        var t0 = DateTimeOffset.UtcNow;
        var s0 = Stopwatch.GetTimestamp();
        trace?.ClearCounts();
        var started = new long[n];
        var latencies = new double[n];
        Array.Fill(latencies, double.NaN);
        var values = Enumerable.Range(0, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"{label[0]}City{i}")).ToArray();
        var issued = 0;
        using var done = new CancellationTokenSource();
        var watcher = Task.Run(
            async () =>
            {
                var pending = new List<int>();
                var next = 0;
                var deadline = long.MaxValue;
                while (true)
                {
                    var count = Volatile.Read(ref issued);
                    for (; next < count; next++)
                    {
                        pending.Add(next);
                    }

                    var now = Stopwatch.GetTimestamp();
                    pending.RemoveAll(i =>
                    {
                        if (!arrived(i, values[i]))
                        {
                            return false;
                        }

                        latencies[i] = Stopwatch.GetElapsedTime(started[i], now).TotalSeconds;
                        return true;
                    });
                    if (count == n && deadline == long.MaxValue)
                    {
                        deadline = now + (Stopwatch.Frequency * 60); // stragglers get a minute
                    }

                    if ((count == n && pending.Count == 0) || now > deadline)
                    {
                        return;
                    }

                    await Task.Delay(10, CancellationToken.None);
                }
            },
            CancellationToken.None);

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate));
        for (var i = 0; i < n; i++)
        {
            await timer.WaitForNextTickAsync(cancellationToken);
            started[i] = Stopwatch.GetTimestamp();
            edit(i, values[i]);
            Volatile.Write(ref issued, i + 1);
        }

        await watcher;
        var sorted = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        var result = new Result(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.LastOrDefault());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {result.Arrived}/{n} arrived, p50 {result.P50:0.00} s, p95 {result.P95:0.00} s, max {result.Max:0.00} s"));
        if (trace is not null)
        {
            Timeline(trace, t0, s0, started, latencies);
        }

        return result;
    }

    // Per second of the run: edits made, arrivals, their worst latency, and the requests each sandbox received (by path).
    private static void Timeline(E2EEnvironment env, DateTimeOffset t0, long s0, long[] started, double[] latencies)
    {
        static int Second(TimeSpan t) => (int)Math.Floor(t.TotalSeconds);
        var edits = started.Select(s => Second(Stopwatch.GetElapsedTime(s0, s))).ToArray();
        var arrivals = started.Select((s, i) => double.IsNaN(latencies[i]) ? -1 : Second(Stopwatch.GetElapsedTime(s0, s) + TimeSpan.FromSeconds(latencies[i]))).ToArray();
        var hubSpot = env.Sandbox.HubSpot.Journal.Entries.GroupBy(e => Second(e.ReceivedAt - t0)).ToDictionary(g => g.Key, g => g.ToList());
        var axcelerate = env.Sandbox.Axcelerate.Journal.Entries.GroupBy(e => Second(e.ReceivedAt - t0)).ToDictionary(g => g.Key, g => g.Count());
        var last = Math.Max(arrivals.DefaultIfEmpty(0).Max(), hubSpot.Keys.DefaultIfEmpty(0).Max());
        Console.WriteLine("    s  edits arrived worst-latency  aX-calls  HubSpot-calls");
        for (var t = 0; t <= last; t++)
        {
            var worst = Enumerable.Range(0, started.Length).Where(i => edits[i] == t && !double.IsNaN(latencies[i])).Select(i => latencies[i]).DefaultIfEmpty(0).Max();
            var calls = hubSpot.TryGetValue(t, out var list) ? string.Join(", ", list.GroupBy(e => $"{e.Method} {e.Path}").Select(g => $"{g.Count()} {g.Key}")) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t,3}  {edits.Count(e => e == t),5} {arrivals.Count(a => a == t),7} {worst,13:0.00}  {axcelerate.GetValueOrDefault(t),8}  {calls}"));
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record Result(int Arrived, double P50, double P95, double Max);
}
