using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.Journal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Hosting;

/// <summary>What every emulated service offers: where it listens, what it received, and failures on demand.</summary>
public abstract class SandboxService : ISandboxEmulator
{
    private SandboxHost? _host;

    /// <summary>The base URL a client is configured with for this service.</summary>
    public virtual Uri BaseAddress => RootAddress;

    /// <summary>The root the server listens on, such as <c>http://127.0.0.1:5071/</c>.</summary>
    public Uri RootAddress => Host.RootAddress;

    /// <summary>Every request the server received (secrets redacted).</summary>
    public RequestJournal Journal => Host.Journal;

    /// <summary>Failures to answer on demand instead of the emulated service.</summary>
    public FaultInjector Faults => Host.Faults;

    /// <summary>A short name, such as <c>HubSpot</c>.</summary>
    public abstract string Name { get; }

    private SandboxHost Host => _host ?? throw new InvalidOperationException($"The {Name} sandbox has not been started.");

    internal void Attach(SandboxHost host) => _host = host;

    /// <summary>Maps the service's endpoints onto the server.</summary>
    /// <param name="endpoints">The server's route builder.</param>
    internal abstract void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Writes an injected HTTP failure in the service's own error format.</summary>
    /// <param name="context">The request being failed.</param>
    /// <param name="statusCode">The status to answer.</param>
    /// <returns>A task that completes when the response is written.</returns>
    internal abstract Task WriteFaultAsync(HttpContext context, int statusCode);

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints) => MapEndpoints(endpoints);

    Task ISandboxEmulator.WriteFaultAsync(HttpContext context, int statusCode) => WriteFaultAsync(context, statusCode);
}
