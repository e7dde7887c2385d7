using Axcelerate.HubSpot.Logs;

namespace Axcelerate.HubSpot.Telemetry;

/// <summary>
/// Innermost in a client's pipeline, so it sees every attempt: counts requests, retries (a second or later attempt of
/// the same request message, as the retry policies resend it) and 429s, and times each attempt.
/// </summary>
internal sealed class TelemetryAttemptHandler(RemoteService service, IntegrationTelemetry telemetry, TimeProvider time) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("Axcelerate.HubSpot.Attempt");

    /// <summary>How many attempts the request has had so far.</summary>
    public static int AttemptsOf(HttpRequestMessage request) => request.Options.TryGetValue(AttemptKey, out var attempts) ? attempts : 0;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = AttemptsOf(request) + 1;
        request.Options.Set(AttemptKey, attempt);
        var operation = OutgoingCallContext.Current?.Operation ?? "http";
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            telemetry.RecordAttempt(service, request.Method.Method, (int)response.StatusCode, attempt > 1, time.GetElapsedTime(started), operation);
            return response;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            telemetry.RecordAttempt(service, request.Method.Method, statusCode: null, attempt > 1, time.GetElapsedTime(started), operation);
            throw;
        }
    }
}
