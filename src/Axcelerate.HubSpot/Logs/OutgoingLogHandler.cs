using System.Globalization;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// Writes every attempt of every request to <see cref="IOutgoingLogStore"/>: method, path, status, duration, attempt,
/// correlation id, the <see cref="OutgoingCallContext"/> it was made for, and (unless turned off) both bodies with
/// every secret removed and cut at <see cref="OutgoingLogOptions.MaxBodyLength"/>. Writing the log never fails the
/// request: a store that throws is logged and ignored.
/// </summary>
internal sealed class OutgoingLogHandler(
    RemoteService service,
    IServiceProvider services,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider time,
    ILogger<OutgoingLogHandler> logger) : DelegatingHandler
{
    /// <summary>The smallest <see cref="OutgoingLogOptions.MaxBodyLength"/> allowed.</summary>
    public const int MinimumBodyLength = 64;

    private const string NoContextOperation = "http";

    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("Axcelerate.HubSpot.OutgoingLog.Attempt");

    private static readonly string[] CorrelationHeaders = ["X-HubSpot-Correlation-Id", "X-Correlation-Id", "X-Request-Id"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.OutgoingLog;
        var store = settings is { Enabled: true } ? Store() : null;
        if (store is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // The retry policies send the same request message again, so the count on it is the attempt number.
        request.Options.TryGetValue(AttemptKey, out var previous);
        var attempt = previous + 1;
        request.Options.Set(AttemptKey, attempt);
        var context = OutgoingCallContext.Current;
        var requestBody = settings.RecordBodies ? await ReadAsync(request.Content, settings.MaxBodyLength, cancellationToken).ConfigureAwait(false) : null;
        var started = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await AppendAsync(store, request, context, attempt, started, requestBody, null, null, $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            throw;
        }

        var succeeded = response.IsSuccessStatusCode;
        if (succeeded && request.Method == HttpMethod.Get && !Sampled(settings.ReadSampleRate))
        {
            return response;
        }

        var responseBody = settings.RecordBodies ? await ReadAsync(response.Content, settings.MaxBodyLength, cancellationToken).ConfigureAwait(false) : null;
        var error = succeeded ? null : FormattableString.Invariant($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();
        await AppendAsync(store, request, context, attempt, started, requestBody, response, responseBody, error).ConfigureAwait(false);
        return response;
    }

    private async Task AppendAsync(
        IOutgoingLogStore store,
        HttpRequestMessage request,
        OutgoingCallContext? context,
        int attempt,
        long started,
        string? requestBody,
        HttpResponseMessage? response,
        string? responseBody,
        string? error)
    {
        var method = request.Method.Method;
        var path = SecretRedactor.Redact(request.RequestUri?.PathAndQuery) ?? string.Empty;
        try
        {
            var entry = new NewOutgoingEntry(
                context?.Operation ?? NoContextOperation,
                $"{method} {path}",
                response?.IsSuccessStatusCode == true ? OutgoingStatus.Succeeded : OutgoingStatus.Failed)
            {
                Entity = context?.Entity,
                RecordId = context?.RecordId,
                HttpStatus = response is null ? null : (int)response.StatusCode,
                Response = SecretRedactor.Redact(responseBody),
                Error = SecretRedactor.Redact(error),
                Service = service,
                Method = method,
                Path = path,
                Duration = time.GetElapsedTime(started),
                Attempt = attempt,
                CorrelationId = CorrelationId(response),
                RequestBody = SecretRedactor.Redact(requestBody),
            };

            // The entry is written even when the caller gave up: the request was sent.
            await store.AppendOutgoingAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Writing the log must never fail the request it describes.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            OutgoingLogLog.AppendFailed(logger, ex, service, method, path);
        }
    }

    // Without a chosen store there is nowhere to log (the clients are used on their own): send without logging.
    private IOutgoingLogStore? Store()
    {
        try
        {
            return services.GetRequiredService<IOutgoingLogStore>();
        }
        catch (InvalidOperationException ex)
        {
            OutgoingLogLog.NoStore(logger, ex.Message);
            return null;
        }
    }

    private static async Task<string?> ReadAsync(HttpContent? content, int maxLength, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        // Buffered, so the body can still be sent (or read by the caller) afterwards.
        await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (text.Length == 0)
        {
            return null;
        }

        // Redact before cutting, so a secret split by the cut cannot survive half-masked.
        text = SecretRedactor.Redact(text)!;
        return text.Length <= maxLength
            ? text
            : string.Concat(text.AsSpan(0, maxLength), string.Create(CultureInfo.InvariantCulture, $"… (truncated, {text.Length} characters)"));
    }

    private static string? CorrelationId(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var header in CorrelationHeaders)
        {
            if (response.Headers.TryGetValues(header, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

#pragma warning disable CA5394 // Sampling for a log, not security.
    private static bool Sampled(double rate) => rate >= 1 || (rate > 0 && Random.Shared.NextDouble() < rate);
#pragma warning restore CA5394
}
