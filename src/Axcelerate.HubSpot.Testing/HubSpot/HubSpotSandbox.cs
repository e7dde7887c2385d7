using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>An emulated HubSpot portal served over HTTP.</summary>
public sealed class HubSpotSandbox : SandboxService
{
    internal HubSpotSandbox(HubSpotSandboxOptions options, DemoDataSet? demoData, TimeProvider timeProvider)
    {
        Options = options;
        _ = demoData;
        _ = timeProvider;
    }

    /// <summary>The options the sandbox was started with.</summary>
    public HubSpotSandboxOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "HubSpot";

    internal override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    internal override Task WriteFaultAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
