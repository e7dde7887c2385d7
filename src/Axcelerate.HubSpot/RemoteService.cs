namespace Axcelerate.HubSpot;

/// <summary>The remote system a call went to.</summary>
public enum RemoteService
{
    /// <summary>HubSpot's CRM API.</summary>
    HubSpot,

    /// <summary>aXcelerate's API.</summary>
    Axcelerate,
}
