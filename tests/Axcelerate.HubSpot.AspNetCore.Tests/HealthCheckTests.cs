using System.Net;
using Axcelerate.HubSpot.AspNetCore;
using Axcelerate.HubSpot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>The integration's health check in a real ASP.NET Core host beside the strict sandbox.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task A_connected_integration_with_an_empty_log_is_healthy_and_checks_the_authorisation_once_per_interval()
    {
        await using var host = await HealthHost.StartAsync();

        var first = await host.GetHealthAsync();
        var second = await host.CheckAsync();

        first.Should().Be((HttpStatusCode.OK, "Healthy"));
        second.Status.Should().Be(HealthStatus.Healthy, second.Description);
        second.Description.Should().Contain("0 failed incoming entries").And.Contain("0 incoming entries waiting").And.Contain("daily HubSpot requests left");
        host.Sandbox.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle("the authorisation is checked once per interval, not per health request");
    }

    [Fact]
    public async Task Failed_entries_at_the_thresholds_make_it_degraded_then_unhealthy_with_the_count_in_the_description()
    {
        await using var host = await HealthHost.StartAsync(o =>
        {
            o.FailedEntriesDegraded = 2;
            o.FailedEntriesUnhealthy = 3;
        });
        await host.FailEntriesAsync(1);
        (await host.CheckAsync()).Status.Should().Be(HealthStatus.Healthy);

        await host.FailEntriesAsync(1);
        var degraded = await host.CheckAsync();
        degraded.Status.Should().Be(HealthStatus.Degraded);
        degraded.Description.Should().Contain("2 failed incoming entries");

        await host.FailEntriesAsync(1);
        var unhealthy = await host.CheckAsync();
        unhealthy.Status.Should().Be(HealthStatus.Unhealthy);
        unhealthy.Description.Should().Contain("3 failed incoming entries");

        await host.FailEntriesAsync(5);
        (await host.CheckAsync()).Description.Should().Contain("4+ failed incoming entries", "at most threshold + 1 rows are read");
        (await host.GetHealthAsync()).Should().Be((HttpStatusCode.ServiceUnavailable, "Unhealthy"));
    }

    [Fact]
    public async Task A_token_HubSpot_refuses_is_unhealthy()
    {
        await using var host = await HealthHost.StartAsync(integration: o => o.HubSpot.AccessToken = "pat-na1-revoked-0000");

        var result = await host.CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Contain("HubSpot refused the integration's authorisation (401)").And.NotContain("pat-na1-revoked");
        (await host.GetHealthAsync()).Status.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    private sealed class HealthHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Uri _url;
        private long _nextEventId = 1;

        private HealthHost(SandboxHost sandbox, WebApplication app, Uri url)
        {
            Sandbox = sandbox;
            _app = app;
            _url = url;
        }

        public SandboxHost Sandbox { get; }

        public static async Task<HealthHost> StartAsync(Action<HubSpotIntegrationHealthCheckOptions>? thresholds = null, Action<HubSpotIntegrationOptions>? integration = null)
        {
            var sandbox = await SandboxHost.StartAsync();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(sandbox.Clock);
            builder.Services.AddHubSpotIntegration(o =>
            {
                sandbox.PointAt(o);
                o.HubSpot.MaxRetries = 0;
                integration?.Invoke(o);
            }).UseInMemoryStore();
            builder.Services.AddHealthChecks().AddHubSpotIntegration(thresholds);
            var app = builder.Build();
            app.MapHealthChecks("/health");
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new HealthHost(sandbox, app, new Uri(address.TrimEnd('/') + "/health"));
        }

        public async Task<(HttpStatusCode Status, string Body)> GetHealthAsync()
        {
            using var client = new HttpClient();
            using var response = await client.GetAsync(_url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public async Task<HealthReportEntry> CheckAsync()
        {
            var report = await _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            return report.Entries["hubspot-integration"];
        }

        public async Task FailEntriesAsync(int count)
        {
            var store = _app.Services.GetRequiredService<IIncomingLogStore>();
            for (var i = 0; i < count; i++)
            {
                var id = _nextEventId++;
                var appended = await store.AppendIncomingAsync([new NewIncomingEvent(id, "contact.propertyChange", "101", Sandbox.Clock.GetUtcNow(), "{}")]);
                (await store.MarkIncomingAsync(appended.Single().Entry.Id, IncomingStatus.Failed, "broken")).Should().BeTrue();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
    }
}
