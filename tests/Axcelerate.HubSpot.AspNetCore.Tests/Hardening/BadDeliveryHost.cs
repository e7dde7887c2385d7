using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Axcelerate.HubSpot.AspNetCore.Tests.Hardening;

/// <summary>
/// One Kestrel host on 127.0.0.1 with both webhook endpoints mapped over the real DI (SQLite store, the background
/// processor running), shared by a whole matrix of bad deliveries: each case counts the incoming log before and after,
/// then lets the processor finish and checks it is still running.
/// </summary>
public sealed class BadDeliveryHost : IAsyncLifetime, IDisposable
{
    public const string AxcelerateKey = "ax-hardening-key-5e1a";

    private readonly TempDatabase _database = new();
    private WebhookHost? _host;

    internal WebhookHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public Uri HubSpotUrl => Host.Url;

    public Uri AxcelerateUrl => new(Host.Url, AxcelerateWebhookEndpointRouteBuilderExtensions.DefaultPattern);

    public async Task InitializeAsync()
    {
        _host = await WebhookHost.StartAsync(
            o =>
            {
                o.AxcelerateWebhooks.SigningKey = AxcelerateKey;
                o.WebhookProcessing.BatchSize = 1000;
            },
            app =>
            {
                app.MapHubSpotWebhooks(WebhookHost.Path);
                app.MapAxcelerateWebhooks();
            },
            b => b.UseSqliteStore(_database.ConnectionString).ProcessWebhooksInBackground());
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _database.Dispose();
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Every entry of the incoming log, all pages.</summary>
    public async Task<List<IncomingLogEntry>> EntriesAsync()
    {
        var all = new List<IncomingLogEntry>();
        string? token = null;
        do
        {
            var page = await Host.Store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000, ContinuationToken = token });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return all;
    }

    /// <summary>Runs a pass, then waits (bounded) until nothing is Pending or Processing, and checks the background processor still runs.</summary>
    public async Task LetTheProcessorFinishAsync()
    {
        var processor = Host.Services.GetRequiredService<IWebhookProcessor>();
        await processor.ProcessDueAsync(); // a pass must not throw, whatever was logged
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await EntriesAsync()).Any(e => e.Status is IncomingStatus.Pending or IncomingStatus.Processing))
        {
            await Task.Delay(20, timeout.Token);
            await processor.ProcessDueAsync();
        }

        var background = Host.Services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Single(s => s.GetType().Name == "WebhookProcessingService");
        background.ExecuteTask.Should().NotBeNull();
        background.ExecuteTask!.IsCompleted.Should().BeFalse("the background processor keeps running after any delivery");
    }

    public static string HubSpotTimestamp(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>v3 over the raw body bytes (method + URL + body + timestamp), keyed with the secret, as HubSpot signs.</summary>
    public static string HubSpotV3(string secret, string url, byte[] body, string timestamp)
    {
        byte[] source = [.. Encoding.UTF8.GetBytes("POST" + HubSpotSignatures.HubSpotDecode(url)), .. body, .. Encoding.UTF8.GetBytes(timestamp)];
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), source));
    }

    /// <summary>aXcelerate's <c>Ax-Signature</c>: hex HMAC-SHA256 of the raw body with the private key.</summary>
    public static string AxcelerateSignature(string key, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    /// <summary>Posts the body with the headers; returns the status and the reason the endpoint answered.</summary>
    public static async Task<(int Status, string Reason)> PostAsync(Uri url, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        if (body.Length > 2 * 1024 * 1024)
        {
            return await SendRawAsync(url, headers, body);
        }

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Sends a large request over a raw socket (so a body the server refuses early cannot break the client), writing
    /// the body in the background, and returns the status code and the reason.
    /// </summary>
    private static async Task<(int Status, string Reason)> SendRawAsync(Uri url, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, url.Port);
        var stream = client.GetStream();
        var head = new StringBuilder($"POST {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        var writing = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(body);
            }
            catch (IOException)
            {
                // The server answered and closed before the whole body was sent: expected for a refused body.
            }
        });

        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var chunked = false;
        var length = 0;
        string? line;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
        {
            chunked |= line.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        if (chunked)
        {
            length = int.Parse(await reader.ReadLineAsync() ?? "0", NumberStyles.HexNumber, CultureInfo.InvariantCulture); // the reason fits one chunk
        }

        var reason = new char[length];
        var read = 0;
        while (read < length && await reader.ReadAsync(reason.AsMemory(read)) is var n and > 0)
        {
            read += n;
        }

        await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(5)));
        return (int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture), new string(reason, 0, read));
    }
}
