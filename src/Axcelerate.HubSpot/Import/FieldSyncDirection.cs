namespace Axcelerate.HubSpot.Import;

/// <summary>Which way the Sync Fields tool copies the chosen fields of linked records.</summary>
public enum FieldSyncDirection
{
    /// <summary>aXcelerate to HubSpot: the linked HubSpot records get aXcelerate's values.</summary>
    Push,

    /// <summary>HubSpot to aXcelerate: the linked aXcelerate records get HubSpot's values.</summary>
    Pull,
}
