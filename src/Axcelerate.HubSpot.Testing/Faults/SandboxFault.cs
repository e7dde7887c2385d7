namespace Axcelerate.HubSpot.Testing.Faults;

/// <summary>A failure a sandbox server can produce on demand.</summary>
public enum SandboxFault
{
    /// <summary>429 Too Many Requests, in the service's own rate-limit format.</summary>
    TooManyRequests,

    /// <summary>500 Internal Server Error.</summary>
    InternalServerError,

    /// <summary>502 Bad Gateway.</summary>
    BadGateway,

    /// <summary>503 Service Unavailable.</summary>
    ServiceUnavailable,

    /// <summary>504 Gateway Timeout.</summary>
    GatewayTimeout,

    /// <summary>423 Locked (HubSpot's answer to heavy concurrent writes on one record).</summary>
    Locked,

    /// <summary>The server never answers; the client's timeout decides.</summary>
    Timeout,

    /// <summary>The connection is reset without a response.</summary>
    ConnectionReset,
}
