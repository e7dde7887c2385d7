using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>The contract of leases (one instance does the work) and shared request budgets.</summary>
public abstract partial class IntegrationStoreContractTests
{
    [Fact]
    public async Task A_lease_is_held_by_one_holder_until_it_expires_or_is_released()
    {
        var first = await Store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromSeconds(30));

        first.Should().Be(new StoreLease("import", "host-a", Time.GetUtcNow().AddSeconds(30)));
        (await Store.TryAcquireLeaseAsync("import", "host-b", TimeSpan.FromSeconds(30))).Should().BeNull("host-a's lease is live");
        (await Store.TryAcquireLeaseAsync("poller", "host-b", TimeSpan.FromSeconds(30))).Should().NotBeNull("leases are per name");
        (await Store.ReleaseLeaseAsync("import", "host-b")).Should().BeFalse("only the holder releases");
        (await Store.GetLeaseAsync("import")).Should().Be(first);

        Time.Advance(TimeSpan.FromSeconds(30));
        (await Store.GetLeaseAsync("import")).Should().BeNull("an expired lease is free");
        var taken = await Store.TryAcquireLeaseAsync("import", "host-b", TimeSpan.FromSeconds(30));
        taken!.Holder.Should().Be("host-b");
        (await Store.ReleaseLeaseAsync("import", "host-a")).Should().BeFalse("host-a lost the lease when it expired");
        (await Store.ReleaseLeaseAsync("import", "host-b")).Should().BeTrue();
        (await Store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromSeconds(30))).Should().NotBeNull("a released lease is free at once");
    }

    [Fact]
    public async Task The_holder_renews_its_lease_and_moves_its_expiry()
    {
        await Store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromSeconds(30));
        Time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await Store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromSeconds(30));

        renewed!.ExpiresAt.Should().Be(Time.GetUtcNow().AddSeconds(30));
        Time.Advance(TimeSpan.FromSeconds(20));
        (await Store.TryAcquireLeaseAsync("import", "host-b", TimeSpan.FromSeconds(30))).Should().BeNull("the renewal still holds");
    }

    [Fact]
    public async Task Racing_holders_never_both_win_a_lease()
    {
        var attempts = Enumerable.Range(0, 16)
            .Select(i => Task.Run(async () => await Store.TryAcquireLeaseAsync("import", $"host-{i}", TimeSpan.FromMinutes(1))));

        var results = await Task.WhenAll(attempts);

        results.Count(lease => lease is not null).Should().Be(1);
    }

    [Fact]
    public async Task A_rate_budget_grants_no_more_than_its_limit_within_its_rolling_window()
    {
        var window = TimeSpan.FromSeconds(10);

        (await Store.TakeRatePermitsAsync("hubspot:general", 60, 100, window)).Should().Be(60);
        (await Store.TakeRatePermitsAsync("hubspot:general", 60, 100, window)).Should().Be(40, "only 40 of the 100 are left");
        (await Store.TakeRatePermitsAsync("hubspot:general", 1, 100, window)).Should().Be(0);
        (await Store.TakeRatePermitsAsync("hubspot:search", 5, 5, TimeSpan.FromSeconds(1))).Should().Be(5, "budgets are per name");

        Time.Advance(TimeSpan.FromSeconds(9));
        (await Store.TakeRatePermitsAsync("hubspot:general", 1, 100, window)).Should().Be(0, "the first permits are still inside the window");
        Time.Advance(TimeSpan.FromSeconds(1));
        (await Store.TakeRatePermitsAsync("hubspot:general", 100, 100, window)).Should().Be(100, "the whole window has rolled over");
    }

    [Fact]
    public async Task Racing_takers_share_a_rate_budget_without_exceeding_it()
    {
        var takes = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(async () => await Store.TakeRatePermitsAsync("hubspot:general", 7, 100, TimeSpan.FromSeconds(10))));

        var granted = await Task.WhenAll(takes);

        granted.Sum().Should().Be(100, "20 takers asking 7 each exceed the 100 allowed, which are all handed out");
    }

    [Fact]
    public async Task A_rate_request_out_of_range_names_the_argument()
    {
        var tooMany = () => Store.TakeRatePermitsAsync("b", 11, 10, TimeSpan.FromSeconds(10)).AsTask();
        var partSecond = () => Store.TakeRatePermitsAsync("b", 1, 10, TimeSpan.FromMilliseconds(1500)).AsTask();
        var noLease = () => Store.TryAcquireLeaseAsync("import", "a", TimeSpan.Zero).AsTask();

        (await tooMany.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("requested");
        (await partSecond.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("window");
        (await noLease.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("duration");
    }
}
