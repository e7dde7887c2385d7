using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// Delivers aXcelerate webhook events in order to <see cref="AxcelerateSandboxOptions.WebhookUrl"/>: a JSON envelope
/// <c>{type, message, clientId, messageId, timestamp}</c>, <c>Ax-Signature-Version</c> and, with a secret,
/// <c>Ax-Signature</c> (hex HMAC-SHA256 of the body). A non-2xx answer is retried after a delay on the TimeProvider.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "StopAsync disposes them; the host calls it when the server stops, and the owning sandbox is not itself disposable.")]
internal sealed class AxcelerateWebhooks
{
    private readonly AxcelerateSandboxOptions _options;
    private readonly TimeProvider _time;
    private readonly Channel<(string Type, string MessageId, string Payload)> _queue = Channel.CreateUnbounded<(string, string, string)>();
    private readonly ConcurrentQueue<AxcelerateWebhookDelivery> _deliveries = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _sequence;
    private int _pending;

    /// <summary>Where failed deliveries are logged; set once the server's logging is known.</summary>
    public Microsoft.Extensions.Logging.ILogger Logger { get; set; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public AxcelerateWebhooks(AxcelerateSandboxOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _loop = Task.Run(RunAsync);
    }

    public IReadOnlyList<AxcelerateWebhookDelivery> Deliveries => _deliveries.ToArray();

    /// <summary>Events published and not yet delivered or given up (queued, in flight, or waiting to be retried).</summary>
    public int PendingCount => Volatile.Read(ref _pending);

    public void Publish(string type, JsonObject message)
    {
        if (_options.WebhookUrl is null)
        {
            return;
        }

        // Deterministic ids (a UUID-shaped counter) keep journals and assertions stable between runs.
        var messageId = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{Interlocked.Increment(ref _sequence):D12}");
        var envelope = new JsonObject
        {
            ["type"] = type,
            ["message"] = message,
            ["clientId"] = _options.ClientId,
            ["messageId"] = messageId,
            ["timestamp"] = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite((type, messageId, envelope.ToJsonString()));
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var (type, messageId, payload) in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                for (var attempt = 1; attempt <= _options.WebhookRetries + 1; attempt++)
                {
                    var status = await SendAsync(payload).ConfigureAwait(false);
                    var delivery = new AxcelerateWebhookDelivery(type, messageId, payload, attempt, status);
                    _deliveries.Enqueue(delivery);
                    if (delivery.Succeeded)
                    {
                        break;
                    }

                    AxcelerateSandboxLog.WebhookFailed(Logger, type, messageId, attempt, status);
                    if (attempt == _options.WebhookRetries + 1)
                    {
                        break; // given up
                    }

                    await Task.Delay(_options.WebhookRetryDelay, _time, _stop.Token).ConfigureAwait(false);
                }

                Interlocked.Decrement(ref _pending);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task<int?> SendAsync(string payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.WebhookUrl) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (_options.WebhookSecret is { Length: > 0 } secret)
        {
            var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload));
            request.Headers.Add("Ax-Signature-Version", "1");
            request.Headers.Add("Ax-Signature", Convert.ToHexStringLower(signature));
        }
        else
        {
            request.Headers.Add("Ax-Signature-Version", "0");
        }

        try
        {
            using var response = await _http.SendAsync(request, _stop.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _http.Dispose();
        _stop.Dispose();
    }
}
