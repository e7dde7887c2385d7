using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>An emulated aXcelerate account served over HTTP under <c>/api</c>.</summary>
public sealed class AxcelerateSandbox : SandboxService
{
    internal AxcelerateSandbox(AxcelerateSandboxOptions options, DemoDataSet? demoData, TimeProvider timeProvider)
    {
        Options = options;
        _ = demoData;
        _ = timeProvider;
    }

    /// <summary>The options the sandbox was started with.</summary>
    public AxcelerateSandboxOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "aXcelerate";

    /// <summary>The base URL a client is configured with: the counterpart of <c>https://{sub}.app.axcelerate.com/api</c>.</summary>
    public override Uri BaseAddress => new(RootAddress, "api");

    internal override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    internal override Task WriteFaultAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
