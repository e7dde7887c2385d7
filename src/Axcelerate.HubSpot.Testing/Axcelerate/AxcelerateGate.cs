using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// What every aXcelerate API request passes before its endpoint: latency, the <c>apitoken</c>/<c>wstoken</c> headers,
/// the request rate (429 + <c>Retry-After</c>) and form-only writes.
/// </summary>
internal sealed class AxcelerateGate
{
    private readonly AxcelerateSandboxOptions _options;
    private readonly TimeProvider _time;
    private readonly AxcelerateStore _store;
    private readonly Lock _gate = new();
    private long _window = -1;
    private int _count;

    /// <summary>Where rate-limited requests are logged; set once the server's logging is known.</summary>
    public Microsoft.Extensions.Logging.ILogger Logger { get; set; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public AxcelerateGate(AxcelerateSandboxOptions options, TimeProvider time, AxcelerateStore store)
    {
        _options = options;
        _time = time;
        _store = store;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Items[typeof(AxcelerateStore)] = _store;
        if (_options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(_options.Latency, http.RequestAborted).ConfigureAwait(false);
        }

        var request = http.Request;
        var apiToken = request.Headers["apitoken"].ToString();
        var wsToken = request.Headers["wstoken"].ToString();
        if (apiToken.Length == 0)
        {
            return AxcelerateJson.Fail(StatusCodes.Status401Unauthorized, "No API token provided", "A valid API token must exist in the HTTP header in order to use this API");
        }

        if (!string.Equals(apiToken, _options.ApiToken, StringComparison.Ordinal))
        {
            return AxcelerateJson.Fail(StatusCodes.Status401Unauthorized, "Invalid API token", "The API token in the HTTP header is not valid for this account");
        }

        if (wsToken.Length == 0)
        {
            return AxcelerateJson.Fail(StatusCodes.Status401Unauthorized, "No WS token provided", "A valid WS token must exist in the HTTP header in order to use this API");
        }

        if (!string.Equals(wsToken, _options.WsToken, StringComparison.Ordinal))
        {
            return AxcelerateJson.Fail(StatusCodes.Status401Unauthorized, "Invalid WS token", "The WS token in the HTTP header is not valid for this account");
        }

        if (TryTakePermit() is { } retryAfter)
        {
            AxcelerateSandboxLog.RateLimited(Logger, request.Method, request.Path.Value ?? "/", retryAfter);
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return AxcelerateJson.Fail(StatusCodes.Status429TooManyRequests, "Too Many Requests", $"Rate limit exceeded. Retry after {retryAfter.ToString(CultureInfo.InvariantCulture)} seconds.");
        }

        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)) && request.ContentLength is not 0 && request.ContentType is { } contentType && !request.HasFormContentType)
        {
            // aXcelerate reads only URL variables and form fields; a JSON body is silently ignored there, which the
            // sandbox makes visible instead of letting a write quietly do nothing.
            return AxcelerateJson.Fail(
                StatusCodes.Status412PreconditionFailed,
                "Validation Error.",
                $"The request body is {contentType}; aXcelerate reads only form fields (application/x-www-form-urlencoded) and URL variables, so it would be ignored.");
        }

        return await next(context).ConfigureAwait(false);
    }

    /// <summary>Counts the request in the current fixed window; returns the seconds to wait when the window is full.</summary>
    private int? TryTakePermit()
    {
        if (_options.RateLimitPerWindow is not { } limit)
        {
            return null;
        }

        var windowTicks = Math.Max(1, _options.RateLimitWindow.Ticks);
        var now = _time.GetUtcNow().UtcTicks;
        var window = now / windowTicks;
        lock (_gate)
        {
            if (window != _window)
            {
                _window = window;
                _count = 0;
            }

            if (_count < limit)
            {
                _count++;
                return null;
            }
        }

        var remaining = TimeSpan.FromTicks(((window + 1) * windowTicks) - now);
        return Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
    }
}
