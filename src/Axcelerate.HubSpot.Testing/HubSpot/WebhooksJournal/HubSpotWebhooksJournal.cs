using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Auth;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.WebhooksJournal;

/// <summary>
/// HubSpot's webhooks journal (2026-03) for the sandbox's app: the changes its webhooks v4 subscriptions match are
/// written, one entry per write, to a journal kept for <see cref="Retention"/> (3 days, on the sandbox clock). Apps
/// read it over HTTP with a client-credentials token: <c>earliest</c>, <c>latest</c>, <c>offset/{offset}/next</c> and
/// the batch reads, in the global (<c>/webhooks-journal/journal/2026-03</c>) and the local
/// (<c>/webhooks-journal/journal-local/2026-03</c>, <c>installPortalId</c>) form; each answer points at a file
/// (<c>url</c>) holding the entry's events. The journal endpoints are exempt from the API rate limits.
/// </summary>
public sealed class HubSpotWebhooksJournal
{
    private readonly Lock _gate = new();
    private readonly List<HubSpotJournalSubscription> _subscriptions = [];
    private readonly List<JournalEntry> _entries = [];
    private readonly HubSpotOAuth _oauth;
    private readonly TimeProvider _timeProvider;
    private long _nextSubscriptionId = 3_100_001;

    internal HubSpotWebhooksJournal(HubSpotSandboxOptions options, HubSpotOAuth oauth, TimeProvider timeProvider)
    {
        Options = options;
        _oauth = oauth;
        _timeProvider = timeProvider;
    }

    /// <summary>How long an entry stays in the journal (HubSpot: 3 days); an offset older than this answers 404.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long the file URL of an entry works after it was handed out (a pre-signed URL; sandbox: 15 minutes).</summary>
    public TimeSpan FileUrlLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The scopes the app may request with the client-credentials grant (by default the journal and subscription
    /// scopes and read access to contacts, companies and deals). Remove one to test a refused token request.
    /// </summary>
    public IReadOnlyCollection<string> ClientCredentialsScopes
    {
        get => _oauth.ClientCredentialsScopes;
        set => _oauth.ClientCredentialsScopes = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How many client-credentials tokens were issued so far.</summary>
    public int TokensIssued => _oauth.ClientCredentialsTokensIssued;

    /// <summary>The app's webhooks v4 subscriptions.</summary>
    public IReadOnlyList<HubSpotJournalSubscription> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _subscriptions];
            }
        }
    }

    /// <summary>The offsets of the entries still kept, oldest first.</summary>
    public IReadOnlyList<string> Offsets
    {
        get
        {
            lock (_gate)
            {
                PruneLocked();
                return [.. _entries.Select(e => e.Offset)];
            }
        }
    }

    /// <summary>How many journal requests were answered (they count against no rate limit).</summary>
    public int RequestCount => _requestCount;

    internal HubSpotSandboxOptions Options { get; }

    private int _requestCount;

    /// <summary>
    /// Creates a subscription directly (no HTTP), as the app would with <c>POST /webhooks-journal/subscriptions/2026-03</c>;
    /// an existing subscription for the same type, object type and associated types is updated instead.
    /// </summary>
    /// <param name="subscriptionType"><c>OBJECT</c> or <c>ASSOCIATION</c>.</param>
    /// <param name="objectType">Contacts, companies or deals.</param>
    /// <param name="actions">The actions, such as <c>CREATE</c> and <c>UPDATE</c>.</param>
    /// <param name="properties">For <c>UPDATE</c>: the properties watched; none for every property.</param>
    /// <returns>The subscription.</returns>
    /// <exception cref="ArgumentException">The type, object type or an action is not valid.</exception>
    public HubSpotJournalSubscription Subscribe(string subscriptionType, HubSpotObjectType objectType, IReadOnlyList<string> actions, IReadOnlyList<string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var problem = Validate(subscriptionType, objectType.TypeId, actions);
        return problem is null
            ? Upsert(subscriptionType, objectType.TypeId, actions, Options.PortalId, properties ?? [], [])
            : throw new ArgumentException(problem, nameof(actions));
    }

    internal static string? Validate(string? subscriptionType, string? objectTypeId, IReadOnlyList<string>? actions)
    {
        string[] objectActions = ["CREATE", "UPDATE", "DELETE", "MERGE", "RESTORE"];
        string[] associationActions = ["ASSOCIATION_ADDED", "ASSOCIATION_REMOVED"];
        var allowed = subscriptionType switch
        {
            "OBJECT" => objectActions,
            "ASSOCIATION" => associationActions,
            _ => null,
        };
        if (allowed is null)
        {
            return $"subscriptionType '{subscriptionType}' is not supported; use OBJECT or ASSOCIATION (the sandbox journals CRM object changes only).";
        }

        var type = objectTypeId is null ? null : HubSpotObjectType.Find(objectTypeId);
        if (type is null || !type.HasWebhooks || type.TypeId != objectTypeId)
        {
            return $"objectTypeId '{objectTypeId}' is not supported; use 0-1 (contacts), 0-2 (companies) or 0-3 (deals).";
        }

        if (actions is not { Count: > 0 })
        {
            return "actions must list at least one action.";
        }

        var wrong = actions.Where(a => !allowed.Contains(a, StringComparer.Ordinal)).ToList();
        return wrong.Count > 0 ? $"actions {string.Join(", ", wrong)} are not valid for {subscriptionType}; use {string.Join(", ", allowed)}." : null;
    }

    internal HubSpotJournalSubscription Upsert(string subscriptionType, string objectTypeId, IReadOnlyList<string> actions, long portalId, IReadOnlyList<string> properties, IReadOnlyList<string> associatedObjectTypeIds)
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var index = _subscriptions.FindIndex(s => s.SubscriptionType == subscriptionType && s.ObjectTypeId == objectTypeId && s.PortalId == portalId
                && s.AssociatedObjectTypeIds.Order(StringComparer.Ordinal).SequenceEqual(associatedObjectTypeIds.Order(StringComparer.Ordinal)));
            if (index >= 0)
            {
                var updated = _subscriptions[index] with { Actions = [.. actions.Distinct()], Properties = [.. properties.Distinct()], UpdatedAt = now };
                _subscriptions[index] = updated;
                return updated;
            }

            var created = new HubSpotJournalSubscription(_nextSubscriptionId++, subscriptionType, objectTypeId, [.. actions.Distinct()], portalId, [.. properties.Distinct()], [.. associatedObjectTypeIds.Distinct()], now, now);
            _subscriptions.Add(created);
            return created;
        }
    }

    internal bool Unsubscribe(long id)
    {
        lock (_gate)
        {
            return _subscriptions.RemoveAll(s => s.Id == id) > 0;
        }
    }

    internal void OnChanged(IReadOnlyList<ObjectChange> changes)
    {
        lock (_gate)
        {
            if (_subscriptions.Count == 0)
            {
                return;
            }

            var events = JournalEventBuilder.Build(changes, _subscriptions, Options.PortalId, Options.AppId);
            if (events.Count > 0)
            {
                _entries.Add(new JournalEntry(Guid.NewGuid().ToString(), _timeProvider.GetUtcNow(), Options.PortalId, [.. events],
                    Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));
            }
        }
    }

    internal void Counted() => Interlocked.Increment(ref _requestCount);

    internal DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>The kept entries of one portal (null: every portal), oldest first.</summary>
    internal List<JournalEntry> Entries(long? portalId)
    {
        lock (_gate)
        {
            PruneLocked();
            return [.. _entries.Where(e => portalId is null || e.PortalId == portalId)];
        }
    }

    internal JournalEntry? ByFileToken(string token)
    {
        lock (_gate)
        {
            PruneLocked();
            return _entries.FirstOrDefault(e => string.Equals(e.FileToken, token, StringComparison.Ordinal));
        }
    }

    private void PruneLocked()
    {
        var cutoff = _timeProvider.GetUtcNow() - Retention;
        _entries.RemoveAll(e => e.PublishedAt <= cutoff);
    }

    /// <summary>One journal entry: its offset, when it was published, and the events of one write.</summary>
    internal sealed record JournalEntry(string Offset, DateTimeOffset PublishedAt, long PortalId, JsonObject[] Events, string FileToken);
}
