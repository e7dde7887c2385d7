using Microsoft.Extensions.Hosting;

namespace Axcelerate.HubSpot.Testing.Hosting;

/// <summary>
/// A host lifetime that leaves process signals alone: the sandbox lives inside someone else's process (a test run,
/// the sample, the standalone server), and the default console lifetime would swallow Ctrl+C and SIGTERM on their behalf.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
