using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Tests.Settings;

public sealed class SyncSettingsServiceTests : IDisposable
{
    private readonly FakeLogCollector _logs = new();
    private readonly ServiceProvider _provider;

    public SyncSettingsServiceTests()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(_logs)));
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test").UseInMemoryStore();
        _provider = services.BuildServiceProvider();
        Settings = _provider.GetRequiredService<ISyncSettingsService>();
    }

    private ISyncSettingsService Settings { get; }

    public void Dispose() => _provider.Dispose();

    public static TheoryData<SyncFlow> EveryFlow => [.. Enum.GetValues<SyncFlow>()];

    [Theory]
    [MemberData(nameof(EveryFlow))]
    public async Task A_flow_is_off_until_an_admin_turns_it_on_and_its_switch_round_trips_through_the_store(SyncFlow flow)
    {
        var store = _provider.GetRequiredService<ISyncSettingsStore>();
        (await Settings.IsEnabledAsync(flow)).Should().BeFalse("nothing is stored yet, and a fresh install runs no flow");
        (await Settings.ShouldRunAsync(flow, "contact 1")).Should().BeFalse();

        await Settings.SetAsync(flow, true);

        (await store.GetSyncSettingsAsync()).Should().Equal(new Dictionary<SyncFlow, bool> { [flow] = true });
        var settings = await Settings.GetAsync();
        settings.IsEnabled(flow).Should().BeTrue();
        settings.Flows.Where(f => f.Value).Select(f => f.Key).Should().Equal(flow);
        (await Settings.ShouldRunAsync(flow, "contact 1")).Should().BeTrue();

        await Settings.SetAsync(flow, false);

        (await store.GetSyncSettingsAsync())[flow].Should().BeFalse();
        (await Settings.IsEnabledAsync(flow)).Should().BeFalse();
    }

    [Fact]
    public async Task Submitting_several_switches_changes_only_those()
    {
        await Settings.SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.DealCreationWebhook] = true });

        var after = await Settings.SetAsync(SyncFlow.PushContactOnCreate, false);

        after.IsEnabled(SyncFlow.DealCreationWebhook).Should().BeTrue();
        after.IsEnabled(SyncFlow.PushContactOnCreate).Should().BeFalse();
        after.Flows.Count(f => f.Value).Should().Be(1);
        (await Settings.IsEnabledAsync(SyncFlow.DealCreationWebhook)).Should().BeTrue();
    }

    [Fact]
    public async Task A_flow_that_is_off_says_so_in_the_log_and_an_enabled_one_runs_quietly()
    {
        await Settings.SetAsync(SyncFlow.ContactUpdateWebhook, true);
        _logs.Clear();

        var offRuns = await Settings.ShouldRunAsync(SyncFlow.ContactDeletionWebhook, "contact 9001");
        var onRuns = await Settings.ShouldRunAsync(SyncFlow.ContactUpdateWebhook, "contact 9001");

        offRuns.Should().BeFalse();
        onRuns.Should().BeTrue();
        _logs.GetSnapshot().Should().ContainSingle().Which.Message.Should().Be("Flow ContactDeletionWebhook is off; nothing done for contact 9001");
    }

    [Fact]
    public async Task Logs_a_switch_only_when_it_changes()
    {
        await Settings.SetAsync(SyncFlow.CompanyUpdateWebhook, true);
        await Settings.SetAsync(SyncFlow.CompanyUpdateWebhook, true);

        _logs.GetSnapshot().Select(r => r.Message).Should().Equal("Sync flow CompanyUpdateWebhook switched on");
    }

    [Fact]
    public async Task Refuses_a_flow_that_does_not_exist()
    {
        var set = async () => await Settings.SetAsync((SyncFlow)99, true);

        (await set.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should().Contain("99 is not a sync flow");
    }
}
