using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.Paging;
using Microsoft.Extensions.Logging;
using Refit;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// Sends one aXcelerate call and applies the API's rules: non-2xx or <c>ERROR: true</c> → <see cref="AxcelerateApiException"/>,
/// 204 or an empty body → no content, otherwise the parsed JSON.
/// </summary>
internal sealed class AxcelerateTransport(IAxcelerateApi api, AxcelerateJson json, TimeProvider timeProvider, ILogger<AxcelerateTransport> logger)
{
    public AxcelerateJson Json => json;

    /// <summary>Today in the account's time zone, on the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), json.Zone).DateTime);

    /// <summary>Streams a day-window walk (see <see cref="AxcelerateDayWindowPageable{T}"/>).</summary>
    public AsyncPageable<T> DayWindows<T>(
        DateOnly from,
        Func<IAxcelerateApi, DateOnly, int, int, CancellationToken, Task<HttpResponseMessage>> call,
        int pageSize,
        int maxPageSize,
        Func<T, long> key,
        CancellationToken cancellationToken)
        where T : class =>
        new AxcelerateDayWindowPageable<T>(
            from,
            () => Today,
            (day, offset, size, token) => GetListAsync<T>(a => call(a, day, offset, size, token), token),
            key,
            pageSize,
            maxPageSize,
            cancellationToken);

    /// <summary>Sends the call; returns the JSON root or <see langword="null"/> for 204 / an empty body.</summary>
    public async Task<JsonElement?> SendAsync(Func<IAxcelerateApi, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
    {
        HttpResponseMessage sent;
        try
        {
            sent = await call(api).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ApiRequestException or Polly.Timeout.TimeoutRejectedException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw TransportFailure(e, cancellationToken);
        }

        using var response = sent;
        var endpoint = Describe(response.RequestMessage);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        AxcelerateLog.ResponseReceived(logger, endpoint, (int)response.StatusCode);

        var root = ParseBody(body);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response, endpoint, root);
        }

        if (root is null)
        {
            if (response.StatusCode != HttpStatusCode.NoContent && !string.IsNullOrWhiteSpace(body))
            {
                AxcelerateLog.ResponseNotJson(logger, endpoint, (int)response.StatusCode);
                throw new AxcelerateApiException(response.StatusCode, endpoint, "aXcelerate returned a response that is not JSON.", null, null);
            }

            return null;
        }

        if (IsErrorBody(root.Value))
        {
            throw Failure(response, endpoint, root);
        }

        return root;
    }

    /// <summary>Reads one record; <see langword="null"/> for 204 or 404 (not found).</summary>
    public async Task<T?> GetOrDefaultAsync<T>(Func<IAxcelerateApi, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var root = await SendAsync(call, cancellationToken).ConfigureAwait(false);
            return json.ReadList<T>(root) is [var first, ..] ? first : null;
        }
        catch (AxcelerateApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Reads a list; 204 gives an empty list.</summary>
    public async Task<List<T>> GetListAsync<T>(Func<IAxcelerateApi, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
        where T : class =>
        json.ReadList<T>(await SendAsync(call, cancellationToken).ConfigureAwait(false));

    /// <summary>Sends a write and reads aXcelerate's small result object.</summary>
    public async Task<AxcelerateWriteResult> WriteAsync(Func<IAxcelerateApi, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
    {
        var root = await SendAsync(call, cancellationToken).ConfigureAwait(false);
        return root is { ValueKind: JsonValueKind.Object } element ? json.Read<AxcelerateWriteResult>(element) : new AxcelerateWriteResult();
    }

    /// <summary>An <c>offset</c>/<c>displayLength</c> enumeration that resumes from its continuation token.</summary>
    /// <param name="call">Sends one page request for an offset and a page size.</param>
    /// <param name="pageSize">The page size asked for when the caller gives no hint.</param>
    /// <param name="maxPageSize">The largest page size a caller may ask for.</param>
    /// <param name="key">The record id, to drop repeats.</param>
    /// <param name="rowsCarryCount">Whether rows carry <c>COUNT</c> (total matches), which then decides when to stop.</param>
    /// <param name="cancellationToken">Cancels every request.</param>
    public AsyncPageable<T> Pageable<T>(
        Func<IAxcelerateApi, int, int, CancellationToken, Task<HttpResponseMessage>> call,
        int pageSize,
        int maxPageSize,
        Func<T, long> key,
        bool rowsCarryCount,
        CancellationToken cancellationToken)
        where T : AxcelerateRecord =>
        new AxcelerateOffsetPageable<T>(
            (offset, size, token) => GetListAsync<T>(a => call(a, offset, size, token), token),
            key,
            rowsCarryCount ? CountOf : null,
            pageSize,
            maxPageSize,
            logger,
            cancellationToken);

    private static int? CountOf(AxcelerateRecord record) =>
        int.TryParse(record.GetFieldText("COUNT"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null;

    /// <summary>
    /// A call that got no response (network failure, timeout) becomes an <see cref="AxcelerateApiException"/> with no
    /// status code, so callers decide from <see cref="IntegrationApiException.IsTransient"/> alone. Cancellation by the
    /// caller stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    private static AxcelerateApiException TransportFailure(Exception failure, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var endpoint = failure is ApiRequestException request ? Describe(request.RequestMessage) : "request";
        var cause = failure is ApiRequestException { InnerException: { } inner } ? inner : failure;
        var reason = cause switch
        {
            Polly.Timeout.TimeoutRejectedException => "no answer within HubSpotIntegration:Axcelerate:AttemptTimeout (timed out)",
            TimeoutException or TaskCanceledException => "the request timed out",
            HttpRequestException http => "network failure: " + http.Message,
            _ => "the request could not be sent: " + cause.Message,
        };
        return new AxcelerateApiException(endpoint, reason, cause);
    }

    internal static string Describe(HttpRequestMessage? request) =>
        request?.RequestUri is { } uri ? $"{request.Method} {(uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0])}" : "unknown";

    /// <summary>The JSON root of a response body, or null when it is blank or not JSON.</summary>
    internal static JsonElement? ParseBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsErrorBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, "ERROR", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.Number => property.Value.TryGetInt32(out var n) && n != 0,
                    JsonValueKind.String => LenientReader.ParseBoolean(property.Value.GetString()) == true,
                    _ => false,
                };
            }
        }

        return false;
    }

    private AxcelerateApiException Failure(HttpResponseMessage response, string endpoint, JsonElement? root)
    {
        var error = root is { ValueKind: JsonValueKind.Object } element ? json.Read<AxcelerateErrorBody>(element) : null;
        var messages = error?.Messages ?? (root is null ? response.ReasonPhrase : null);
        AxcelerateLog.RequestFailed(logger, endpoint, response.StatusCode, messages, error?.Details);
        return new AxcelerateApiException(response.StatusCode, endpoint, messages, error?.Details, error?.Code, RetryAfterOf(response));
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - (response.Headers.Date ?? timeProvider.GetUtcNow()),
            _ => null,
        };
}
