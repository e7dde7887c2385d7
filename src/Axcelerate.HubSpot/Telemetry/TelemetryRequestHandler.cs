using System.Diagnostics;
using Axcelerate.HubSpot.Logs;

namespace Axcelerate.HubSpot.Telemetry;

/// <summary>
/// Outermost in a client's pipeline: one client span per request, around all its attempts (retries, rate-limit waits),
/// tagged with the service, method, path (never the query, which may carry personal data) and the operation it served.
/// </summary>
internal sealed class TelemetryRequestHandler(RemoteService service) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var serviceName = service == RemoteService.HubSpot ? "HubSpot" : "aXcelerate";
        using var activity = IntegrationTelemetry.Source.StartActivity($"{serviceName} {request.Method.Method}", ActivityKind.Client);
        if (activity is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        activity.SetTag("service", serviceName.ToLowerInvariant());
        activity.SetTag("http.request.method", request.Method.Method);
        activity.SetTag("server.address", request.RequestUri?.Host);
        activity.SetTag("url.path", request.RequestUri?.AbsolutePath);
        activity.SetTag("operation", OutgoingCallContext.Current?.Operation ?? "http");
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            activity.SetTag("http.response.status_code", (int)response.StatusCode);
            activity.SetTag("attempts", TelemetryAttemptHandler.AttemptsOf(request));
            if (!response.IsSuccessStatusCode)
            {
                activity.SetStatus(ActivityStatusCode.Error, $"{(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return response;
        }
        catch (Exception ex)
        {
            activity.SetTag("attempts", TelemetryAttemptHandler.AttemptsOf(request));
            activity.SetTag("error.type", ex.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
