namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Receives HubSpot webhook deliveries from any host: checks the signature, parses the batch, logs its events in the
/// incoming log as Pending in one write and answers at once, without waiting for processing (HubSpot gives up after
/// 5 seconds and retries). Nothing is stored for a refused request. ASP.NET Core hosts use <c>MapHubSpotWebhooks</c>
/// (package Axcelerate.HubSpot.AspNetCore), which calls this.
/// </summary>
public interface IWebhookReceiver
{
    /// <summary>Checks and logs one delivery.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels the store write.</param>
    /// <returns>The status to answer and why.</returns>
    Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default);
}
