using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>The webhooks journal checkpoints every store provider keeps.</summary>
public abstract partial class IntegrationStoreContractTests
{
    [Fact]
    public async Task Keeps_one_webhooks_journal_checkpoint_per_journal_replacing_and_forgetting_it()
    {
        var published = new DateTimeOffset(2026, 3, 1, 9, 0, 0, 123, TimeSpan.FromHours(10));
        (await Store.GetJournalCheckpointAsync("global")).Should().BeNull();

        var first = await Store.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint("global", "offset-1", published));
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint("local:24680135", "offset-a", null));
        var second = await Store.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint("global", "offset-2", published.AddMinutes(1)));

        first.UpdatedAt.Should().Be(Time.GetUtcNow().AddMinutes(-1));
        (await Store.GetJournalCheckpointAsync("global")).Should().Be(second, "the last save wins");
        second.Should().Match<WebhooksJournalCheckpoint>(c => c.Offset == "offset-2" && c.PublishedAt == published.AddMinutes(1) && c.UpdatedAt == Time.GetUtcNow());
        (await Store.GetJournalCheckpointAsync("global"))!.PublishedAt!.Value.Offset.Should().Be(TimeSpan.Zero, "times come back in UTC");
        (await Store.GetJournalCheckpointAsync("local:24680135")).Should().Match<WebhooksJournalCheckpoint>(c => c.Offset == "offset-a" && c.PublishedAt == null, "each journal has its own checkpoint");
        (await Store.DeleteJournalCheckpointAsync("global")).Should().BeTrue();
        (await Store.DeleteJournalCheckpointAsync("global")).Should().BeFalse();
        (await Store.GetJournalCheckpointAsync("global")).Should().BeNull();
        var blank = async () => await Store.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint(" ", "offset", null));
        await blank.Should().ThrowAsync<ArgumentException>();
    }
}
