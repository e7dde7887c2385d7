using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Size check, signature check, parse, one incoming-log write, signal the processor, answer. Refusals store nothing
/// and are logged with their reason only (never the body or the secret).
/// </summary>
/// <remarks>
/// The store is resolved on the first delivery, inside the write's error handling: a store that cannot be opened
/// (e.g. the SQLite file's folder is missing) answers 500 like a failed write, and is tried again on the next delivery.
/// </remarks>
internal sealed class WebhookReceiver(
    IServiceProvider services,
    IIncomingWorkSignal signal,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookReceiver> logger) : IWebhookReceiver
{
    private IIncomingLogStore? _store;

    public async Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = options.CurrentValue;
        var settings = current.Webhooks;
        if (request.Body.Length > settings.MaxBodyBytes)
        {
            return Refuse(413, $"the body is {request.Body.Length} bytes, more than the {settings.MaxBodyBytes} allowed (HubSpotIntegration:Webhooks:MaxBodyBytes)");
        }

        if (string.IsNullOrEmpty(current.HubSpot.ClientSecret))
        {
            // 500, not 401: the request may be genuine, and HubSpot retries it once the host is configured.
            const string Reason = "HubSpotIntegration:HubSpot:ClientSecret is not set, so no HubSpot signature can be checked";
            WebhookReceiverLog.NotConfigured(logger, Reason);
            return new WebhookReceiveResult(500, Reason);
        }

        var signedUri = SignedUri(request, settings.PublicBaseUrl);
        if (WebhookSignatureValidator.Check(request, signedUri, current.HubSpot.ClientSecret, settings.AllowedSignatureVersions, timeProvider.GetUtcNow(), settings.TimestampTolerance) is { } invalid)
        {
            return Refuse(401, invalid);
        }

        var (events, problem) = WebhookBatchParser.Parse(request.Body);
        if (events is null)
        {
            return Refuse(400, problem!);
        }

        if (events.Count == 0)
        {
            return new WebhookReceiveResult(200, "the batch holds no events");
        }

        IReadOnlyList<IncomingAppendResult> results;
        try
        {
            _store ??= services.GetRequiredService<IIncomingLogStore>();
            results = await _store.AppendIncomingAsync(events, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not acknowledged, so HubSpot retries the delivery later.
            WebhookReceiverLog.StoreFailed(logger, e, events.Count);
            return new WebhookReceiveResult(500, "the incoming log could not be written") { EventCount = events.Count };
        }

        var duplicates = results.Count(r => r.IsDuplicate);
        if (duplicates < results.Count)
        {
            signal.Notify();
        }

        WebhookReceiverLog.Logged(logger, results.Count - duplicates, duplicates);
        return new WebhookReceiveResult(200, duplicates == 0 ? "logged" : $"logged ({duplicates} of {results.Count} already logged)")
        {
            EventCount = events.Count,
            DuplicateCount = duplicates,
        };
    }

    /// <summary>
    /// The URL HubSpot signed: the request's URL, or with a public base URL, that base in place of the request's
    /// scheme, host, port and path base (the route's path and the query kept as received).
    /// </summary>
    internal static string SignedUri(WebhookRequest request, Uri? publicBaseUrl)
    {
        var received = request.Uri.OriginalString;
        if (publicBaseUrl is null)
        {
            return received;
        }

        var rest = received;
        var scheme = received.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var pathStart = received.IndexOfAny(['/', '?', '#'], scheme + 3);
            rest = pathStart < 0 ? string.Empty : received[pathStart..];
        }

        var pathBase = request.PathBase.TrimEnd('/');
        if (pathBase.Length > 0 && rest.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase)
            && (rest.Length == pathBase.Length || rest[pathBase.Length] is '/' or '?'))
        {
            rest = rest[pathBase.Length..];
        }

        return publicBaseUrl.AbsoluteUri.TrimEnd('/') + rest;
    }

    private WebhookReceiveResult Refuse(int statusCode, string reason)
    {
        WebhookReceiverLog.Refused(logger, statusCode, reason);
        return new WebhookReceiveResult(statusCode, reason);
    }
}
