using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>The request delegate behind <c>MapAxcelerateWebhooks</c>: read the body within the limit, hand it to the receiver, answer.</summary>
internal static class AxcelerateWebhookEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var receiver = services.GetRequiredService<IAxcelerateWebhookReceiver>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AxcelerateWebhookEndpoint).FullName!);
        var limit = services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.AxcelerateWebhooks.MaxBodyBytes;

        // The server's own limit must not cut in first (with its own answer); this endpoint enforces MaxBodyBytes itself.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = (long)limit + 1;
        }

        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, logger, StatusCodes.Status413PayloadTooLarge, $"Content-Length {context.Request.ContentLength} is more than the {limit} bytes allowed (HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes)").ConfigureAwait(false);
            return;
        }

        byte[]? body;
        try
        {
            body = await HubSpotWebhookEndpoint.ReadBodyAsync(context.Request.Body, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await RefuseAsync(context, logger, e.StatusCode, "the request body could not be read").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the sender went away mid-body: nothing to answer, nothing stored
        }

        if (body is null)
        {
            await RefuseAsync(context, logger, StatusCodes.Status413PayloadTooLarge, $"the body is more than the {limit} bytes allowed (HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes)").ConfigureAwait(false);
            return;
        }

        if (!Uri.TryCreate(HubSpotWebhookEndpoint.FullUrl(context.Request), UriKind.Absolute, out var uri))
        {
            await RefuseAsync(context, logger, StatusCodes.Status400BadRequest, "the request URL could not be read").ConfigureAwait(false);
            return;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Request.Headers)
        {
            headers[name] = values.ToString();
        }

        var request = new WebhookRequest(context.Request.Method, uri, headers, body) { PathBase = context.Request.PathBase.Value ?? string.Empty };
        var result = await receiver.ReceiveAsync(request, context.RequestAborted).ConfigureAwait(false);
        await HubSpotWebhookEndpoint.AnswerAsync(context, result.StatusCode, result.Reason).ConfigureAwait(false);
    }

    private static async Task RefuseAsync(HttpContext context, ILogger logger, int statusCode, string reason)
    {
        AxcelerateWebhookEndpointLog.Refused(logger, statusCode, reason);
        await HubSpotWebhookEndpoint.AnswerAsync(context, statusCode, reason).ConfigureAwait(false);
    }
}
