using Axcelerate.HubSpot;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.DependencyInjection;

public sealed class AddHubSpotIntegrationTests
{
    [Fact]
    public void Binds_the_HubSpotIntegration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HubSpotIntegration:HubSpot:BaseUrl"] = "http://127.0.0.1:5071",
                ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-test",
                ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
                ["HubSpotIntegration:Axcelerate:ApiToken"] = "api-test",
                ["HubSpotIntegration:Axcelerate:WsToken"] = "ws-test",
            })
            .Build();
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(configuration);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        options.HubSpot.BaseUrl.Should().Be(new Uri("http://127.0.0.1:5071"));
        options.HubSpot.AccessToken.Should().Be("pat-test");
        options.Axcelerate.BaseUrl.Should().Be(new Uri("http://127.0.0.1:5072/api"));
    }

    [Fact]
    public async Task Returns_a_builder_whose_HTTP_client_builders_configure_the_clients_requests()
    {
        var services = new ServiceCollection();
        var builder = services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        builder.Services.Should().BeSameAs(services);

        await using var host = await SandboxHost.StartAsync(builder: b =>
        {
            b.HubSpotHttpClient.ConfigureHttpClient(c => c.DefaultRequestHeaders.Add("X-Configured-By", "hubspot-builder"));
            b.AxcelerateHttpClient.ConfigureHttpClient(c => c.DefaultRequestHeaders.Add("X-Configured-By", "axcelerate-builder"));
        });

        await host.HubSpot.Contacts.ListPageAsync();
        await host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);

        host.Sandbox.HubSpot.Journal.Entries.Should().NotBeEmpty()
            .And.OnlyContain(e => e.Headers.GetValueOrDefault("X-Configured-By") == "hubspot-builder");
        host.Sandbox.Axcelerate.Journal.Entries.Should().NotBeEmpty()
            .And.OnlyContain(e => e.Headers.GetValueOrDefault("X-Configured-By") == "axcelerate-builder");
    }

    [Fact]
    public void Reads_the_Web_Service_user_from_the_section_it_was_given_without_a_container_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Integration:HubSpot:AccessToken"] = "pat-test",
                ["Integration:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
                ["Integration:Axcelerate:ApiToken"] = "api-test",
                ["Integration:Axcelerate:WsToken"] = "ws-test",
                ["Integration:Users:WebServiceUserContactId"] = "777",
                ["HubSpotIntegration:Users:WebServiceUserContactId"] = "12345",
            })
            .Build();
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(configuration, "Integration");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value.Users.WebServiceUserContactId.Should().Be(777);
    }

    [Fact]
    public void A_second_call_adds_configuration_but_no_second_registration()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        var afterFirst = services.Select(d => d.ServiceType).ToList();

        services.AddHubSpotIntegration(o => o.HubSpot.Tier = Axcelerate.HubSpot.HubSpotApi.HubSpotTier.Professional);

        var added = services.Skip(afterFirst.Count).Select(d => d.ServiceType).ToList();
        // The new options delegate, plus the framework's own per-call AddHttpClient bookkeeping; no service twice.
        added.Should().Contain(typeof(IConfigureOptions<HubSpotIntegrationOptions>));
        added.Should().OnlyContain(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>));
    }

    [Fact]
    public void Binds_every_part_of_the_options_tree_from_a_configuration_section()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Apps:Crm:HubSpot:AccessToken"] = "pat-test",
                ["Apps:Crm:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
                ["Apps:Crm:Axcelerate:ApiToken"] = "api-test",
                ["Apps:Crm:Axcelerate:WsToken"] = "ws-test",
                ["Apps:Crm:Users:WebServiceUserContactId"] = "4242",
                ["Apps:Crm:OutgoingLog:RecordBodies"] = "false",
                ["Apps:Crm:OutgoingLog:MaxBodyLength"] = "512",
                ["Apps:Crm:OutgoingLog:ReadSampleRate"] = "0.25",
            })
            .Build()
            .GetSection("Apps:Crm");
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(section);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        options.HubSpot.AccessToken.Should().Be("pat-test");
        options.Users.WebServiceUserContactId.Should().Be(4242);
        options.OutgoingLog.Should().BeEquivalentTo(new { Enabled = true, RecordBodies = false, MaxBodyLength = 512, ReadSampleRate = 0.25 });
    }

    [Fact]
    public void Sets_the_Web_Service_user_in_code()
    {
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "pat-test";
            o.Axcelerate.BaseUrl = new Uri("http://127.0.0.1:5072/api");
            o.Axcelerate.ApiToken = "api-test";
            o.Axcelerate.WsToken = "ws-test";
            o.Users.WebServiceUserContactId = 31;
        }).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value.Users.WebServiceUserContactId.Should().Be(31);
    }

    [Fact]
    public async Task Start_up_validation_fails_on_bad_user_and_outgoing_log_options_naming_each_key()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "pat-test";
            o.Users.WebServiceUserContactId = -5;
            o.OutgoingLog.MaxBodyLength = 10;
            o.OutgoingLog.ReadSampleRate = 1.5;
        }).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        // What a host runs at start (ValidateOnStart).
        var start = async () => await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:Users:WebServiceUserContactId", StringComparison.Ordinal) && f.Contains("-5", StringComparison.Ordinal));
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:OutgoingLog:MaxBodyLength", StringComparison.Ordinal));
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:OutgoingLog:ReadSampleRate", StringComparison.Ordinal));
    }

    [Fact]
    public void Registers_each_feature_service_by_type_without_factories()
    {
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");

        Type[] features = [typeof(Axcelerate.HubSpot.Users.IUserLinkService), typeof(Axcelerate.HubSpot.Settings.ISyncSettingsService), typeof(Axcelerate.HubSpot.Deals.IDealStageMappingService), typeof(Axcelerate.HubSpot.Mapping.IFieldMappingService)];
        foreach (var feature in features)
        {
            services.Should().ContainSingle(d => d.ServiceType == feature).Which.ImplementationType.Should().NotBeNull(feature.Name);
        }
    }

    [Fact]
    public void UseStore_keeps_a_token_store_the_host_registered()
    {
        var services = new ServiceCollection();
        var own = new HostTokenStore();
        services.AddSingleton<IHubSpotTokenStore>(own);

        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test").UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IHubSpotTokenStore>().Should().BeSameAs(own);
    }

    private sealed class HostTokenStore : IHubSpotTokenStore
    {
        public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<HubSpotTokenSet?>(null);

        public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask ClearAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
