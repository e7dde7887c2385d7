namespace Axcelerate.HubSpot.Storage;

/// <summary>How a request to HubSpot ended.</summary>
public enum OutgoingStatus
{
    /// <summary>HubSpot accepted the request.</summary>
    Succeeded,

    /// <summary>HubSpot refused it or it could not be sent; the error says why.</summary>
    Failed,
}
