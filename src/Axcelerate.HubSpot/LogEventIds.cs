namespace Axcelerate.HubSpot;

/// <summary>
/// The first event id of each area's <c>[LoggerMessage]</c> range; an area's ids are <c>start + n</c>, n below the
/// range size. One place, so a new area takes a free range instead of colliding with another.
/// </summary>
internal static class LogEventIds
{
    /// <summary>HubSpot client: 1000-1999.</summary>
    public const int HubSpotApi = 1000;

    /// <summary>aXcelerate client: 2000-2999.</summary>
    public const int AxcelerateApi = 2000;

    /// <summary>Field mappings and the plan cache: 3000-3099.</summary>
    public const int Mapping = 3000;

    /// <summary>Matching: 3100-3199.</summary>
    public const int Matching = 3100;

    /// <summary>Sync settings: 3500-3599.</summary>
    public const int Settings = 3500;

    /// <summary>User links: 3600-3699.</summary>
    public const int Users = 3600;

    /// <summary>Deal-stage map: 3700-3799.</summary>
    public const int Deals = 3700;

    /// <summary>Store providers (SQLite, later PostgreSQL): 4000-4999.</summary>
    public const int Storage = 4000;

    /// <summary>Import orchestrator and the Sync Fields tool: 5000-5499.</summary>
    public const int Import = 5000;

    /// <summary>Link and export, deals from records: 5500-5999.</summary>
    public const int Linking = 5500;

    /// <summary>Webhook receiver and processor: 6000-6499.</summary>
    public const int Webhooks = 6000;

    /// <summary>aXcelerate to HubSpot contact sync: 6500-6999.</summary>
    public const int ContactSync = 6500;

    /// <summary>Incoming and outgoing logs (the outgoing-log handler, retention): 7000-7499.</summary>
    public const int Logs = 7000;

    /// <summary>Engagements: 7500-7999.</summary>
    public const int Engagements = 7500;

    /// <summary>Webhooks journal reader and client: 8000-8099.</summary>
    public const int WebhooksJournal = 8000;

    /// <summary>Leases and shared rate budgets of several host instances: 8100-8199.</summary>
    public const int Coordination = 8100;

    // 9000-9999 belong to the sandbox package (Axcelerate.HubSpot.Testing).
}
