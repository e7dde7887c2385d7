using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Turns a failed HubSpot response into a <see cref="HubSpotApiException"/> (Refit's exception factory).</summary>
internal static class HubSpotErrorMapper
{
    public static async Task<Exception?> CreateAsync(HttpResponseMessage response, TimeProvider time, ILogger logger)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var (method, path) = Describe(response.RequestMessage);
        var body = await ReadBodyAsync(response).ConfigureAwait(false);
        var status = response.StatusCode;
        var category = body?.Category ?? body?.Error;
        var hubSpotMessage = body?.Message ?? body?.ErrorDescription;
        var correlationId = body?.CorrelationId;
        var errors = body?.Errors?.Select(ToDetail).ToList() ?? [];
        if (status == HttpStatusCode.NotFound)
        {
            // Lookups by id or email miss routinely; the caller decides whether that matters.
            HubSpotApiLog.NotFound(logger, method, path, correlationId);
        }
        else
        {
            HubSpotApiLog.RequestFailed(logger, method, path, (int)status, category, correlationId);
        }

        var text = $"HubSpot {method} {path} failed with {(int)status} {status}"
            + (category is null ? "" : $" ({category})")
            + (hubSpotMessage is null ? "." : $": {hubSpotMessage}")
            + (errors.Count == 0 ? "" : $" Errors: {string.Join("; ", errors)}.")
            + (correlationId is null ? "" : $" Correlation id {correlationId}.");

        if (status == HttpStatusCode.TooManyRequests && HubSpotRateLimitKinds.Classify(body) == HubSpotRateLimitKind.Daily)
        {
            var resetsAt = NextUtcMidnight(time.GetUtcNow());
            HubSpotApiLog.DailyLimitReached(logger, method, path, resetsAt);
            return new HubSpotRateLimitException($"{text} The daily limit resets about {resetsAt:O} (midnight UTC; HubSpot resets at midnight in the portal's time zone).")
            {
                StatusCode = status, Category = category, SubCategory = body?.SubCategory, CorrelationId = correlationId,
                HubSpotMessage = hubSpotMessage, Errors = errors, RequestMethod = method, RequestPath = path,
                PolicyName = body?.PolicyName, ResetsAt = resetsAt, RetryAfter = resetsAt - time.GetUtcNow(),
            };
        }

        return new HubSpotApiException(text)
        {
            StatusCode = status, Category = category, SubCategory = body?.SubCategory, CorrelationId = correlationId,
            HubSpotMessage = hubSpotMessage, Errors = errors, RequestMethod = method, RequestPath = path,
            RetryAfter = Resilience.HubSpotRetryAfter.ForException(response, body, time),
        };
    }

    /// <summary>Wraps a transport failure (network error, timeout); passes cancellations and our own exceptions through.</summary>
    public static Exception FromTransport(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return exception;
        }

        if (exception is HubSpotApiException or InvalidOperationException)
        {
            return exception;
        }

        var (method, path) = Describe(request);
        var what = exception is Polly.Timeout.TimeoutRejectedException or TaskCanceledException ? "timed out" : "could not reach HubSpot";
        return new HubSpotApiException($"HubSpot {method} {path} {what} ({exception.GetType().Name}).", exception)
        {
            RequestMethod = method, RequestPath = path,
        };
    }

    internal static (string Method, string Path) Describe(HttpRequestMessage? request) =>
        (request?.Method.Method ?? "?", request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "?");

    internal static async Task<ErrorBody?> ReadBodyAsync(HttpResponseMessage response)
    {
        try
        {
            var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize(json, HubSpotJsonContext.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static HubSpotErrorDetail ToDetail(ErrorDetailDto dto) => new()
    {
        Message = dto.Message ?? "",
        Code = dto.Code,
        In = dto.In,
        SubCategory = dto.SubCategory,
        Context = ToContext(dto.Context),
    };

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> ToContext(Dictionary<string, List<string>>? context) =>
        context?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value) ?? new Dictionary<string, IReadOnlyList<string>>();

    private static DateTimeOffset NextUtcMidnight(DateTimeOffset now) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
}
