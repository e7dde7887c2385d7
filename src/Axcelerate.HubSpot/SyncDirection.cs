namespace Axcelerate.HubSpot;

/// <summary>Which way values travelled when they were synced.</summary>
public enum SyncDirection
{
    /// <summary>Values written from aXcelerate into HubSpot.</summary>
    ToHubSpot,

    /// <summary>Values written from HubSpot into aXcelerate.</summary>
    ToAxcelerate,
}
