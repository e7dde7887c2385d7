using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Size check, signature check, parse, one incoming-log write, signal the processor, answer. Refusals store nothing
/// and are logged with their reason only (never the body or the key).
/// </summary>
internal sealed class AxcelerateWebhookReceiver(
    IServiceProvider services,
    IIncomingWorkSignal signal,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    ILogger<AxcelerateWebhookReceiver> logger) : IAxcelerateWebhookReceiver
{
    private IIncomingLogStore? _store;

    public async Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue.AxcelerateWebhooks;
        if (request.Body.Length > settings.MaxBodyBytes)
        {
            return Refuse(413, $"the body is {request.Body.Length} bytes, more than the {settings.MaxBodyBytes} allowed (HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes)");
        }

        if (settings.SigningKey is { Length: > 0 } key)
        {
            if (AxcelerateWebhookSignature.Check(request, key, settings.SignatureScheme) is { } invalid)
            {
                return Refuse(401, invalid);
            }
        }
        else if (!settings.AcceptUnsigned)
        {
            // 500, not 401: the request may be genuine, and aXcelerate redelivers it once the host is configured.
            const string Reason = "HubSpotIntegration:AxcelerateWebhooks:SigningKey is not set and AcceptUnsigned is false, so no aXcelerate delivery can be trusted";
            AxcelerateWebhookLog.NotConfigured(logger, Reason);
            return new WebhookReceiveResult(500, Reason);
        }

        var (incoming, problem) = AxcelerateWebhookEnvelope.Parse(request.Body);
        if (incoming is null)
        {
            return Refuse(400, problem!);
        }

        IReadOnlyList<IncomingAppendResult> results;
        try
        {
            _store ??= services.GetRequiredService<IIncomingLogStore>();
            results = await _store.AppendIncomingAsync([incoming], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AxcelerateWebhookLog.StoreFailed(logger, e);
            return new WebhookReceiveResult(500, "the incoming log could not be written") { EventCount = 1 };
        }

        var duplicate = results.Count > 0 && results[0].IsDuplicate;
        if (!duplicate)
        {
            signal.Notify();
        }

        AxcelerateWebhookLog.Logged(logger, incoming.SubscriptionType, incoming.ObjectId, duplicate);
        return new WebhookReceiveResult(200, duplicate ? "already logged" : "logged") { EventCount = 1, DuplicateCount = duplicate ? 1 : 0 };
    }

    private WebhookReceiveResult Refuse(int statusCode, string reason)
    {
        AxcelerateWebhookLog.Refused(logger, statusCode, reason);
        return new WebhookReceiveResult(statusCode, reason);
    }
}
