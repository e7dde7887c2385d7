namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Which of HubSpot's two journals the reader pulls.</summary>
public enum WebhooksJournalKind
{
    /// <summary>The global journal (<c>/webhooks-journal/journal/2026-03</c>): events of every portal the app is installed in.</summary>
    Global,

    /// <summary>The local journal (<c>/webhooks-journal/journal-local/2026-03</c>): events of one installed portal (<see cref="WebhooksJournalOptions.InstallPortalId"/>).</summary>
    Local,
}
