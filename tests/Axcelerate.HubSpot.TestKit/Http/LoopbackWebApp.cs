using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.TestKit.Http;

/// <summary>
/// The one way tests host the SDK's ASP.NET Core endpoints: a slim <see cref="WebApplication"/> on Kestrel, listening on
/// 127.0.0.1 only (a free port, or a fixed one so a restarted host keeps its URL), with no log providers.
/// </summary>
public static class LoopbackWebApp
{
    /// <summary>Builds and starts the app; returns it with its base address (<c>http://127.0.0.1:port</c>).</summary>
    /// <param name="services">Registers the app's services (the SDK, or services borrowed from another provider).</param>
    /// <param name="map">Maps the endpoints (and any middleware) on the built app.</param>
    /// <param name="port">The port; 0 for a free one.</param>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        services(builder.Services);
        var app = builder.Build();
        try
        {
            map(app);
            await app.StartAsync().ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return (app, new Uri(address.TrimEnd('/')));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
