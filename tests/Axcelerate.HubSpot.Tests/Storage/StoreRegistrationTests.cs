using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Storage;

public sealed class StoreRegistrationTests
{
    [Fact]
    public void Resolving_a_store_before_choosing_one_says_how_to_choose()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IRecordLinkStore>();
        var settings = () => provider.GetRequiredService<ISyncSettingsService>().GetAsync().GetAwaiter().GetResult();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("No integration store was chosen*UseSqliteStore*UseInMemoryStore()*");
        settings.Should().Throw<InvalidOperationException>().WithMessage("No integration store was chosen*");
    }

    [Fact]
    public void UseInMemoryStore_serves_every_part_and_the_token_store_from_one_instance()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test").UseInMemoryStore();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IIntegrationStore>();

        store.Should().BeOfType<InMemoryIntegrationStore>();
        object[] parts =
        [
            provider.GetRequiredService<IRecordLinkStore>(),
            provider.GetRequiredService<IUserLinkStore>(),
            provider.GetRequiredService<IFieldMappingStore>(),
            provider.GetRequiredService<IDealStageMapStore>(),
            provider.GetRequiredService<ISyncSettingsStore>(),
            provider.GetRequiredService<IImportCheckpointStore>(),
            provider.GetRequiredService<IIncomingLogStore>(),
            provider.GetRequiredService<IOutgoingLogStore>(),
            provider.GetRequiredService<IHubSpotTokenStore>(),
        ];
        parts.Should().OnlyContain(part => ReferenceEquals(part, store));
        services.Count(d => d.ServiceType == typeof(IIntegrationStore)).Should().Be(1);
    }

    [Fact]
    public async Task UseSqliteStore_replaces_the_default_token_store_and_persists_through_DI()
    {
        using var database = new TempDatabase();
        var services = new ServiceCollection();
        var builder = services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        services.Single(d => d.ServiceType == typeof(IHubSpotTokenStore)).ImplementationType.Should().Be<InMemoryHubSpotTokenStore>("the HubSpot client registers a process-memory default");

        builder.UseSqliteStore(database.ConnectionString);
        await using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<IHubSpotTokenStore>().Should().BeOfType<SqliteIntegrationStore>();
            services.Count(d => d.ServiceType == typeof(IHubSpotTokenStore)).Should().Be(1);
            await provider.GetRequiredService<ISyncSettingsService>().SetAsync(SyncFlow.DealUpdateWebhook, true);
        }

        var again = new ServiceCollection();
        again.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test").UseSqliteStore(database.ConnectionString);
        await using var reopened = again.BuildServiceProvider();
        (await reopened.GetRequiredService<ISyncSettingsService>().IsEnabledAsync(SyncFlow.DealUpdateWebhook)).Should().BeTrue();
    }

    [Fact]
    public void UseSqliteStore_rejects_an_empty_connection_string()
    {
        var builder = new ServiceCollection().AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");

        var use = () => builder.UseSqliteStore(" ");

        use.Should().Throw<ArgumentException>().WithParameterName("connectionString");
    }
}
