namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Receives aXcelerate webhook deliveries (<c>{type, message, clientId, messageId, timestamp}</c>) from any host: checks
/// <c>Ax-Signature</c>, parses the envelope, logs it in the incoming log as Pending (subscription type
/// <c>axcelerate.</c> + the event type, e.g. <c>axcelerate.contact.contact_updated</c>; a redelivery of the same
/// <c>messageId</c> is logged once) and answers at once. Nothing is stored for a refused request. ASP.NET Core hosts use
/// <c>MapAxcelerateWebhooks</c> (package Axcelerate.HubSpot.AspNetCore), which calls this.
/// </summary>
public interface IAxcelerateWebhookReceiver
{
    /// <summary>Checks and logs one delivery.</summary>
    /// <param name="request">The request as received (the signature is over its raw body).</param>
    /// <param name="cancellationToken">Cancels the store write.</param>
    /// <returns>
    /// The status to answer and why: 200 logged (or already logged), 400 not an aXcelerate webhook envelope, 401 bad or
    /// missing signature, 413 body too large, 500 not configured (no key and unsigned deliveries not accepted) or the
    /// store failed (aXcelerate redelivers).
    /// </returns>
    Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default);
}
