namespace Axcelerate.HubSpot.Storage;

/// <summary>How a request to HubSpot or aXcelerate ended.</summary>
public enum OutgoingStatus
{
    /// <summary>The remote system accepted the request (a 2xx answer).</summary>
    Succeeded,

    /// <summary>The remote system refused it or it could not be sent; the error says why.</summary>
    Failed,
}
