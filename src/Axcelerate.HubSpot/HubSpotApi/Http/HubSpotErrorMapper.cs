using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Turns a failed HubSpot response into a <see cref="HubSpotApiException"/> (Refit's exception factory).</summary>
internal static partial class HubSpotErrorMapper
{
    public static async Task<Exception?> CreateAsync(HttpResponseMessage response, TimeProvider time, ILogger logger, Resilience.HubSpotRateGovernor? governor = null)
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
        var existingId = ExistingObjectId(ToContext(body?.Context), hubSpotMessage);
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
            // HubSpot resets the daily limit at midnight in the portal's time zone (known once the account details were read).
            var zone = governor?.PortalTimeZone;
            var resetsAt = governor?.NextDailyReset(time.GetUtcNow()) ?? NextUtcMidnight(time.GetUtcNow());
            HubSpotApiLog.DailyLimitReached(logger, method, path, resetsAt);
            var when = zone is null
                ? $"about {resetsAt:O} (midnight UTC; HubSpot resets at midnight in the portal's time zone, which has not been read)"
                : $"at {resetsAt:O} (midnight {zone.Id}, the portal's time zone)";
            return new HubSpotRateLimitException($"{text} The daily limit resets {when}.")
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
            RetryAfter = Resilience.HubSpotRetryAfter.ForException(response, body, time), ExistingObjectId = existingId,
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

    /// <summary>HubSpot's error context as string lists, whatever JSON shape each value came in (list, string, number).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> ToContext(Dictionary<string, JsonElement>? context) =>
        context?.ToDictionary(p => p.Key, p => Strings(p.Value)) ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The existing record's id of a conflict: <c>context.existingId</c>, else "Existing ID: N" in the message.</summary>
    internal static string? ExistingObjectId(IReadOnlyDictionary<string, IReadOnlyList<string>> context, string? message)
    {
        if (context.TryGetValue("existingId", out var ids) && ids.Count > 0 && !string.IsNullOrEmpty(ids[0]))
        {
            return ids[0];
        }

        return message is not null && ExistingIdText().Match(message) is { Success: true } match ? match.Groups[1].Value : null;
    }

    private static IReadOnlyList<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Select(Text).OfType<string>()],
        JsonValueKind.Null or JsonValueKind.Undefined => [],
        _ => Text(value) is { } text ? [text] : [],
    };

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"Existing ID: ?(\d+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExistingIdText();

    private static DateTimeOffset NextUtcMidnight(DateTimeOffset now) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
}
