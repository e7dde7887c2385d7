using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Hosting;

/// <summary>One emulated service: its endpoints and how it words an injected failure.</summary>
internal interface ISandboxEmulator
{
    /// <summary>A short name for logs and the journal, such as <c>HubSpot</c>.</summary>
    string Name { get; }

    /// <summary>Maps the service's endpoints onto the host.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Writes an injected HTTP failure in the service's own error format.</summary>
    Task WriteFaultAsync(HttpContext context, int statusCode);
}
