using Refit;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// HubSpot's webhooks journal and v4 subscription endpoints (2026-03). <c>root</c> is
/// <c>webhooks-journal/journal/2026-03</c> or <c>webhooks-journal/journal-local/2026-03</c>. The single-entry reads
/// return the raw response: 204 (nothing there) and 404 (offset expired) are answers, not failures.
/// </summary>
internal interface IWebhooksJournalApi
{
    [Post("/oauth/v1/token")]
    Task<ClientCredentialsTokenDto> RequestTokenAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);

    [Get("/{**root}/earliest")]
    Task<HttpResponseMessage> GetEarliestAsync(string root, long? installPortalId, CancellationToken cancellationToken);

    [Get("/{**root}/latest")]
    Task<HttpResponseMessage> GetLatestAsync(string root, long? installPortalId, CancellationToken cancellationToken);

    [Get("/{**root}/offset/{offset}/next")]
    Task<HttpResponseMessage> GetNextAsync(string root, string offset, long? installPortalId, CancellationToken cancellationToken);

    [Get("/{**root}/batch/earliest/{count}")]
    Task<JournalBatchDto> GetEarliestBatchAsync(string root, int count, long? installPortalId, CancellationToken cancellationToken);

    [Get("/{**root}/batch/latest/{count}")]
    Task<JournalBatchDto> GetLatestBatchAsync(string root, int count, long? installPortalId, CancellationToken cancellationToken);

    [Post("/{**root}/batch/read")]
    Task<JournalBatchDto> ReadBatchAsync(string root, [Body] JournalBatchReadDto body, long? installPortalId, CancellationToken cancellationToken);

    [Get("/webhooks-journal/subscriptions/2026-03")]
    Task<JournalSubscriptionsDto> ListSubscriptionsAsync(CancellationToken cancellationToken);

    [Post("/webhooks-journal/subscriptions/2026-03")]
    Task<JournalSubscriptionDto> CreateSubscriptionAsync([Body] JournalSubscriptionCreateDto body, CancellationToken cancellationToken);

    [Delete("/webhooks-journal/subscriptions/2026-03/{subscriptionId}")]
    Task DeleteSubscriptionAsync(long subscriptionId, CancellationToken cancellationToken);
}
