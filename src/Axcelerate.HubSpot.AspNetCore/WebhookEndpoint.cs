using System.Buffers;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>
/// What both webhook endpoints do: read the body within the limit (never buffering more), rebuild the URL as the sender
/// signed it, hand the request to the system's receiver, and answer with its status and reason.
/// </summary>
internal static class WebhookEndpoint
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>Handles one delivery.</summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The most body bytes accepted.</param>
    /// <param name="limitKey">The setting behind <paramref name="limit"/>, named in a 413's reason.</param>
    /// <param name="refused">Logs a refusal made before the receiver (status, reason).</param>
    /// <param name="receive">The system's receiver.</param>
    public static async Task HandleAsync(
        HttpContext context,
        int limit,
        string limitKey,
        Action<int, string> refused,
        Func<WebhookRequest, CancellationToken, Task<WebhookReceiveResult>> receive)
    {
        // The server's own limit must not cut in first (with its own answer); this endpoint enforces MaxBodyBytes itself.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = (long)limit + 1;
        }

        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, refused, StatusCodes.Status413PayloadTooLarge, $"Content-Length {context.Request.ContentLength} is more than the {limit} bytes allowed ({limitKey})").ConfigureAwait(false);
            return;
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request.Body, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await RefuseAsync(context, refused, e.StatusCode, "the request body could not be read").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the sender went away mid-body: nothing to answer, nothing stored
        }

        if (body is null)
        {
            await RefuseAsync(context, refused, StatusCodes.Status413PayloadTooLarge, $"the body is more than the {limit} bytes allowed ({limitKey})").ConfigureAwait(false);
            return;
        }

        if (!Uri.TryCreate(FullUrl(context.Request), UriKind.Absolute, out var uri))
        {
            await RefuseAsync(context, refused, StatusCodes.Status400BadRequest, "the request URL could not be read").ConfigureAwait(false);
            return;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Request.Headers)
        {
            headers[name] = values.ToString();
        }

        var request = new WebhookRequest(context.Request.Method, uri, headers, body) { PathBase = context.Request.PathBase.Value ?? string.Empty };
        var result = await receive(request, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, result.StatusCode, result.Reason).ConfigureAwait(false);
    }

    /// <summary>
    /// The URL as the client sent it: scheme, the Host header and the raw request target (percent-escapes as sent,
    /// path base included), which is what HubSpot signed when no proxy sits between.
    /// </summary>
    private static string FullUrl(HttpRequest request)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = rawTarget is { Length: > 0 } && rawTarget[0] == '/'
            ? rawTarget
            : request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        return $"{request.Scheme}://{request.Host.ToUriComponent()}{target}";
    }

    /// <summary>Reads the whole body, or returns null as soon as it passes <paramref name="limit"/> bytes (the rest is never read).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit + 1, ChunkSize));
        while (true)
        {
            var read = await body.ReadAsync(buffer.GetMemory(ChunkSize), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static async Task RefuseAsync(HttpContext context, Action<int, string> refused, int statusCode, string reason)
    {
        refused(statusCode, reason);
        await AnswerAsync(context, statusCode, reason).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(HttpContext context, int statusCode, string reason)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reason, context.RequestAborted).ConfigureAwait(false);
    }
}
