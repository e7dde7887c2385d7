using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>The journal and v4 subscription calls over the Refit API; files are downloaded without the bearer token.</summary>
internal sealed class WebhooksJournalClient(
    IWebhooksJournalApi api,
    IHttpClientFactory httpClients,
    IOptionsMonitor<WebhooksJournalOptions> options,
    TimeProvider time,
    ILogger<WebhooksJournalClient> logger) : IWebhooksJournalClient
{
    /// <summary>The name of the plain <see cref="HttpClient"/> that downloads entry files.</summary>
    public const string FilesHttpClientName = "Axcelerate.HubSpot.WebhooksJournal.Files";

    private static readonly (string Type, string[] Actions)[] Needed =
    [
        ("OBJECT", ["CREATE", "UPDATE", "DELETE", "MERGE"]),
        ("ASSOCIATION", ["ASSOCIATION_ADDED", "ASSOCIATION_REMOVED"]),
    ];

    private static readonly string[] ObjectTypeIds = ["0-1", "0-2", "0-3"];

    private string Root => options.CurrentValue.Journal == WebhooksJournalKind.Local ? "webhooks-journal/journal-local/2026-03" : "webhooks-journal/journal/2026-03";

    private long? Portal => options.CurrentValue.Journal == WebhooksJournalKind.Local ? options.CurrentValue.InstallPortalId : null;

    public async Task<WebhooksJournalEntry?> GetEarliestAsync(CancellationToken cancellationToken = default)
    {
        using var response = await api.GetEarliestAsync(Root, Portal, cancellationToken).ConfigureAwait(false);
        return await SingleAsync(response, null).ConfigureAwait(false);
    }

    public async Task<WebhooksJournalEntry?> GetLatestAsync(CancellationToken cancellationToken = default)
    {
        using var response = await api.GetLatestAsync(Root, Portal, cancellationToken).ConfigureAwait(false);
        return await SingleAsync(response, null).ConfigureAwait(false);
    }

    public async Task<WebhooksJournalEntry?> GetNextAsync(string offset, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(offset);
        using var response = await api.GetNextAsync(Root, offset, Portal, cancellationToken).ConfigureAwait(false);
        return await SingleAsync(response, offset).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WebhooksJournalEntry>> GetEarliestBatchAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Entries(await api.GetEarliestBatchAsync(Root, count, Portal, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<WebhooksJournalEntry>> GetLatestBatchAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Entries(await api.GetLatestBatchAsync(Root, count, Portal, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<WebhooksJournalEntry>> GetBatchAsync(IEnumerable<string> offsets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var body = new JournalBatchReadDto { Inputs = [.. offsets] };
        return body.Inputs.Count == 0 ? [] : Entries(await api.ReadBatchAsync(Root, body, Portal, cancellationToken).ConfigureAwait(false));
    }

    public async Task<WebhooksJournalFile> ReadFileAsync(WebhooksJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var http = httpClients.CreateClient(FilesHttpClientName);
        using var response = await http.GetAsync(entry.Url, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The URL is pre-signed: its query is a credential, so only the path is named.
            throw new HubSpotApiException($"Downloading the webhooks journal file of entry {entry.Offset} failed with {(int)response.StatusCode} {response.StatusCode}" +
                (response.StatusCode == HttpStatusCode.Forbidden ? " (the link may have expired; the next read fetches a fresh one)." : "."))
            {
                StatusCode = response.StatusCode, RequestMethod = "GET", RequestPath = entry.Url.AbsolutePath,
            };
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            JournalFileDto? file;
            try
            {
                file = await JsonSerializer.DeserializeAsync(stream, WebhooksJournalJsonContext.Default.JournalFileDto, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new HubSpotApiException($"The webhooks journal file of entry {entry.Offset} is not valid JSON: {ex.Message}", ex)
                {
                    StatusCode = response.StatusCode, RequestMethod = "GET", RequestPath = entry.Url.AbsolutePath,
                };
            }

            return new WebhooksJournalFile(file?.Offset ?? entry.Offset, file?.PublishedAt?.ToUniversalTime(), file?.JournalEvents ?? []);
        }
    }

    public async Task<IReadOnlyList<WebhooksJournalSubscription>> GetSubscriptionsAsync(CancellationToken cancellationToken = default) =>
        [.. ((await api.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false)).Results ?? []).Select(ToSubscription)];

    public async Task<WebhooksJournalSubscription> CreateSubscriptionAsync(WebhooksJournalSubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SubscriptionType);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ObjectTypeId);
        if (request.Actions is not { Count: > 0 })
        {
            throw new ArgumentException("A subscription needs at least one action, such as CREATE or UPDATE.", nameof(request));
        }

        var created = await api.CreateSubscriptionAsync(
            new JournalSubscriptionCreateDto
            {
                SubscriptionType = request.SubscriptionType,
                PortalId = request.PortalId,
                ObjectTypeId = request.ObjectTypeId,
                Actions = [.. request.Actions],
                Properties = [.. request.Properties],
                AssociatedObjectTypeIds = request.AssociatedObjectTypeIds.Count == 0 ? null : [.. request.AssociatedObjectTypeIds],
            },
            cancellationToken).ConfigureAwait(false);
        var subscription = ToSubscription(created);
        WebhooksJournalLog.SubscriptionCreated(logger, subscription.Id, subscription.SubscriptionType, subscription.ObjectTypeId, subscription.Actions);
        return subscription;
    }

    public Task DeleteSubscriptionAsync(long subscriptionId, CancellationToken cancellationToken = default) =>
        api.DeleteSubscriptionAsync(subscriptionId, cancellationToken);

    public async Task<IReadOnlyList<WebhooksJournalSubscription>> EnsureSubscriptionsAsync(long portalId, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(portalId);
        var existing = await GetSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        List<WebhooksJournalSubscription> result = [];
        foreach (var objectTypeId in ObjectTypeIds)
        {
            foreach (var (type, actions) in Needed)
            {
                var current = existing.FirstOrDefault(s => s.SubscriptionType == type && s.ObjectTypeId == objectTypeId && (s.PortalId is null || s.PortalId == portalId)
                    && s.AssociatedObjectTypeIds.Count == 0);
                if (current is not null && actions.All(a => current.Actions.Contains(a, StringComparer.Ordinal)))
                {
                    result.Add(current);
                    continue;
                }

                // Keep the actions and properties someone added; add what the integration needs.
                var merged = (current?.Actions ?? []).Union(actions, StringComparer.Ordinal).ToList();
                result.Add(await CreateSubscriptionAsync(
                    new WebhooksJournalSubscriptionRequest(type, objectTypeId, merged, portalId) { Properties = current?.Properties ?? [] },
                    cancellationToken).ConfigureAwait(false));
            }
        }

        return result;
    }

    private async Task<WebhooksJournalEntry?> SingleAsync(HttpResponseMessage response, string? offset)
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        if (offset is not null && response.StatusCode == HttpStatusCode.NotFound)
        {
            var (method, path) = HubSpotErrorMapper.Describe(response.RequestMessage);
            throw new WebhooksJournalOffsetExpiredException($"HubSpot no longer knows webhooks journal offset {offset} (404): it is older than the journal's 3-day retention. Entries after it may be lost; read again from the earliest entry.")
            {
                Offset = offset, StatusCode = response.StatusCode, RequestMethod = method, RequestPath = path,
            };
        }

        if (await HubSpotErrorMapper.CreateAsync(response, time, logger).ConfigureAwait(false) is { } error)
        {
            throw error;
        }

        var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        return ToEntry(JsonSerializer.Deserialize(json, WebhooksJournalJsonContext.Default.JournalFetchDto));
    }

    private static List<WebhooksJournalEntry> Entries(JournalBatchDto batch) => [.. (batch.Results ?? []).Select(ToEntry).OfType<WebhooksJournalEntry>()];

    private static WebhooksJournalEntry? ToEntry(JournalFetchDto? dto) =>
        dto?.CurrentOffset is { Length: > 0 } offset && Uri.TryCreate(dto.Url, UriKind.Absolute, out var url)
            ? new WebhooksJournalEntry(offset, url, dto.ExpiresAt?.ToUniversalTime())
            : null;

    private static WebhooksJournalSubscription ToSubscription(JournalSubscriptionDto dto) =>
        new(dto.Id, dto.SubscriptionType ?? "OBJECT", dto.ObjectTypeId ?? string.Empty, dto.Actions ?? [], dto.PortalId)
        {
            Properties = dto.Properties ?? [],
            AssociatedObjectTypeIds = dto.AssociatedObjectTypeIds ?? [],
        };
}
