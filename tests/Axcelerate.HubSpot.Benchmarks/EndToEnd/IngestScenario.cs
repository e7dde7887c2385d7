using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// <c>ingest</c>: HubSpot webhooks into the SQLite store through the real endpoint (<c>MapHubSpotWebhooks</c> on Kestrel,
/// 127.0.0.1): 10 concurrent senders (HubSpot's most per account) post v3-signed batches of 100 events for the given
/// time. Prints events per second accepted, the p50/p99 acknowledgement latency, and the events counted in the store.
/// </summary>
public sealed class IngestScenario : IScenario
{
    private const string Path = "/hubspot/webhooks";

    public string Name => "ingest";

    public string Description => "10 senders post signed batches of 100 webhook events into the SQLite store [--seconds 60] [--senders 10] [--batch 100]";

    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var seconds = args.Int("seconds", 60);
        var senders = args.Int("senders", 10);
        var batch = args.Int("batch", 100);
        var sandboxOptions = new IntegrationSandboxOptions();
        await using var sandbox = await IntegrationSandbox.StartAsync(sandboxOptions, cancellationToken); // only so the SDK's options are complete; no call goes there
        var database = System.IO.Path.Combine(args.String("db-dir", System.IO.Path.GetTempPath()), $"axcelerate-hubspot-ingest-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHubSpotIntegration(o => E2EEnvironment.Configure(o, sandbox, sandboxOptions)).UseSqliteStore($"Data Source={database}");
        await using var app = builder.Build();
        app.MapHubSpotWebhooks(Path);
        await app.StartAsync(cancellationToken);
        var url = app.Urls.First().TrimEnd('/') + Path;
        var secret = sandbox.HubSpot.Options.OAuthClientSecret;
        var portal = sandbox.HubSpot.Options.PortalId;
        var appId = sandbox.HubSpot.Options.AppId;

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        await PostAsync(http, url, secret, Body(portal, appId, -1, 1), CancellationToken.None); // warm-up: first request compiles the path
        var warmUpEvents = 1;

        var nextEventId = 0L;
        var latencies = new List<double>[senders];
        var accepted = new long[senders];
        var refused = new int[senders];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"{senders} senders, batches of {batch}, {seconds} s, into {url} (SQLite {database}).");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, senders).Select(s => Task.Run(
            async () =>
            {
                var mine = latencies[s] = new List<double>(4096);
                while (!stop.IsCancellationRequested)
                {
                    var first = Interlocked.Add(ref nextEventId, batch) - batch;
                    var body = Body(portal, appId, first, batch);
                    var started = Stopwatch.GetTimestamp();
                    var status = await PostAsync(http, url, secret, body, CancellationToken.None);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (status == HttpStatusCode.OK)
                    {
                        accepted[s] += batch;
                    }
                    else
                    {
                        refused[s]++;
                    }
                }
            },
            CancellationToken.None)).ToArray();
        await Task.WhenAll(tasks);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var total = accepted.Sum();
        await app.StopAsync(CancellationToken.None);
        long stored;
        await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly"))
        {
            await connection.OpenAsync(CancellationToken.None);
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM incoming_log;";
            stored = (long)(await count.ExecuteScalarAsync(CancellationToken.None))! - warmUpEvents;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        var perSecond = total / watch.Elapsed.TotalSeconds;
        var p50 = Percentile(all, 0.50);
        var p99 = Percentile(all, 0.99);
        var lost = total - stored;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Requests {all.Length}, refused {refused.Sum()}, max latency {all.LastOrDefault():0.0} ms; process CPU {cpu.TotalSeconds:0.0} s = {cpu.TotalMicroseconds / Math.Max(1, total):0} us per event (senders included), {cpu.TotalSeconds / watch.Elapsed.TotalSeconds:0.00} cores busy of {Environment.ProcessorCount}."));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ingest: {E2EEnvironment.Number(perSecond)} events/s accepted ({E2EEnvironment.Number(total)} in {watch.Elapsed.TotalSeconds:0.0} s, {senders} senders x {batch}), ack p50 {p50:0.0} ms p99 {p99:0.0} ms, stored {E2EEnvironment.Number(stored)} (lost {lost}); {perSecond / 5000:0.00}x target 5,000/s, p99 {p99 / 200:0.00}x of 200 ms"));
        return lost == 0 && refused.Sum() == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string url, string secret, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var source = new byte[Encoding.UTF8.GetByteCount("POST" + url) + body.Length + timestamp.Length];
        var written = Encoding.UTF8.GetBytes("POST" + url, source);
        body.CopyTo(source, written);
        Encoding.UTF8.GetBytes(timestamp, source.AsSpan(written + body.Length));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), source));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-HubSpot-Signature-v3", signature);
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    // A batch as HubSpot sends it: contact property changes made by a user, unique event ids.
    private static byte[] Body(long portal, long appId, long firstEventId, int count)
    {
        var occurred = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var text = new StringBuilder(count * 300).Append('[');
        for (var i = 0; i < count; i++)
        {
            var id = firstEventId + i;
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $$"""{"eventId":{{id + 1_000_000}},"subscriptionId":25,"portalId":{{portal}},"appId":{{appId}},"occurredAt":{{occurred}},"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":{{1000 + (id % 5000)}},"propertyName":"firstname","propertyValue":"Name{{id}}","changeSource":"CRM_UI","sourceId":"userId:882761034"}""");
        }

        return Encoding.UTF8.GetBytes(text.Append(']').ToString());
    }
}
