namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// How the webhooks journal is read (<c>builder.ReadWebhooksJournal(o =&gt; ...)</c>). The journal needs a
/// client-credentials token of the app: <see cref="ClientId"/> and <see cref="ClientSecret"/> default to
/// <c>HubSpotIntegration:HubSpot:ClientId/ClientSecret</c>. <see cref="ToString"/> never prints the secret.
/// </summary>
public sealed class WebhooksJournalOptions
{
    /// <summary>The app's client id; null uses <c>HubSpotIntegration:HubSpot:ClientId</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret; null uses <c>HubSpotIntegration:HubSpot:ClientSecret</c>. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long the reader waits between polls once it has caught up (default 30 seconds; 1 second to 1 hour).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most journal entries read in one poll before the next starts at once (default 100; 1 to 1,000).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The global journal (every installed portal, the default) or the local one of <see cref="InstallPortalId"/>.</summary>
    public WebhooksJournalKind Journal { get; set; } = WebhooksJournalKind.Global;

    /// <summary>The installed portal whose local journal is read; required with <see cref="WebhooksJournalKind.Local"/>.</summary>
    public long? InstallPortalId { get; set; }

    /// <summary>Where the first run starts (no stored offset yet): the earliest kept entry (default) or after the latest.</summary>
    public WebhooksJournalStart StartFrom { get; set; } = WebhooksJournalStart.Earliest;

    /// <summary>Whether the background reader runs (default true); false registers the client and reader for manual use only.</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>The key the reader's offset is stored under: <c>global</c> or <c>local:{InstallPortalId}</c>.</summary>
    public string JournalKey => Journal == WebhooksJournalKind.Local ? $"local:{InstallPortalId}" : "global";

    /// <inheritdoc />
    public override string ToString() =>
        $"WebhooksJournalOptions {{ Journal = {Journal}, InstallPortalId = {InstallPortalId}, PollInterval = {PollInterval}, BatchSize = {BatchSize}, " +
        $"StartFrom = {StartFrom}, ClientId = {ClientId ?? "(HubSpot's)"}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(HubSpot's)" : "(set)")} }}";
}
