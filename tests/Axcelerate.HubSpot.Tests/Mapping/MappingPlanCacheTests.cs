using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Tests.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Mapping;

/// <summary>The compiled plan per entity is cached: built once, rebuilt when a mapping or the time zone changes.</summary>
public sealed class MappingPlanCacheTests : IDisposable
{
    private readonly IConfigurationRoot _configuration;
    private readonly ServiceProvider _provider;

    public MappingPlanCacheTests()
    {
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:BaseUrl"] = "https://hubspot.test",
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-na1-test-token",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "https://college.app.axcelerate.com/api",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
            ["HubSpotIntegration:Axcelerate:TimeZone"] = "Australia/Sydney",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddHubSpotIntegration(_configuration).UseInMemoryStore();
        var http = new StubHandler();
        builder.HubSpotHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        builder.AxcelerateHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        _provider = services.BuildServiceProvider();
    }

    private IFieldMappingService Service => _provider.GetRequiredService<IFieldMappingService>();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task Many_concurrent_reads_share_one_compiled_plan()
    {
        var plans = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => Service.GetPlanAsync(MappedEntity.Contact))));

        plans.Distinct().Should().ContainSingle("the plan is compiled once and then served from the cache");
        (await Service.GetPlanAsync(MappedEntity.Contact)).Should().BeSameAs(plans[0]);
        plans[0].Fields.Should().HaveCount(DefaultFieldMappings.For(MappedEntity.Contact).Count);
    }

    [Fact]
    public async Task A_mapping_changed_through_the_service_is_seen_by_the_next_read()
    {
        var before = await Service.GetPlanAsync(MappedEntity.Organisation);

        await Service.SetActiveAsync(MappedEntity.Organisation, "detail.phone", "phone", isActive: false);
        var after = await Service.GetPlanAsync(MappedEntity.Organisation);

        after.Should().NotBeSameAs(before);
        before.Fields.Should().Contain(f => f.HubSpotProperty == "phone");
        after.Fields.Should().NotContain(f => f.HubSpotProperty == "phone");
    }

    [Fact]
    public async Task A_mapping_changed_in_the_store_by_another_instance_is_seen_by_the_next_read()
    {
        var before = await Service.GetPlanAsync(MappedEntity.Contact);

        await _provider.GetRequiredService<IFieldMappingStore>().SetFieldMappingActiveAsync(MappedEntity.Contact, "position", "jobtitle", false);
        var after = await Service.GetPlanAsync(MappedEntity.Contact);

        after.Should().NotBeSameAs(before);
        after.Fields.Should().NotContain(f => f.HubSpotProperty == "jobtitle");
        (await Service.GetPlanAsync(MappedEntity.Contact)).Should().BeSameAs(after);
    }

    [Fact]
    public async Task A_new_time_zone_rebuilds_the_plan()
    {
        var before = await Service.GetPlanAsync(MappedEntity.Opportunity);

        _configuration["HubSpotIntegration:Axcelerate:TimeZone"] = "Australia/Perth";
        _configuration.Reload();
        var after = await Service.GetPlanAsync(MappedEntity.Opportunity);

        before.TimeZone.Id.Should().Be("Australia/Sydney");
        after.TimeZone.Id.Should().Be("Australia/Perth");
    }
}
