using Axcelerate.HubSpot.Coordination;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Coordination;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.Coordination;

/// <summary>
/// Leadership by lease between host instances sharing one store (two DI containers, one in-memory store, one fake
/// clock): one instance runs the work, renews while it works, and stops when the lease is taken from it.
/// </summary>
public sealed class LeadershipTests
{
    private static Task<InstanceGroup> StartAsync(int count, Action<HubSpotIntegrationOptions>? integration = null)
    {
        InMemoryIntegrationStore? shared = null;
        return InstanceGroup.StartAsync(count, time => shared ??= new InMemoryIntegrationStore(time), integration: o =>
        {
            o.Coordination.LeaseDuration = TimeSpan.FromSeconds(30);
            o.Coordination.LeaseRenewInterval = TimeSpan.FromSeconds(10);
            integration?.Invoke(o);
        });
    }

    [Fact]
    public async Task Leased_work_runs_on_one_instance_at_a_time_and_the_other_takes_it_once_released()
    {
        await using var group = await StartAsync(2);
        var a = group.Get<ExclusiveWork>(0);
        var b = group.Get<ExclusiveWork>(1);
        var working = new TaskCompletionSource();
        var finish = new TaskCompletionSource();

        var first = a.TryRunAsync("poll:contacts", async _ =>
        {
            working.SetResult();
            await finish.Task;
        }, CancellationToken.None);
        await working.Task;
        var refused = await b.TryRunAsync("poll:contacts", _ => Task.FromResult(1), perRun: false, CancellationToken.None);

        refused.Ran.Should().BeFalse("instance A holds the lease");
        refused.HeldBy!.Holder.Should().Be(a.InstanceId);
        a.InstanceId.Should().NotBe(b.InstanceId, "two hosts in one process still get their own ids");
        finish.SetResult();
        (await first).Should().BeTrue();
        (await group.Get<ILeaseStore>(0).GetLeaseAsync("poll:contacts")).Should().BeNull("the lease is released when the work ends");
        (await b.TryRunAsync("poll:contacts", _ => Task.FromResult(2), perRun: false, CancellationToken.None)).Value.Should().Be(2);
    }

    [Fact]
    public async Task The_holder_renews_its_lease_while_it_works_so_a_long_run_keeps_it()
    {
        await using var group = await StartAsync(2);
        var a = group.Get<ExclusiveWork>(0);
        var leases = group.Get<ILeaseStore>(1);
        var working = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var run = a.TryRunAsync("prune:incoming-log", async _ =>
        {
            working.SetResult();
            await finish.Task;
        }, CancellationToken.None);
        await working.Task;
        var taken = (await leases.GetLeaseAsync("prune:incoming-log"))!.ExpiresAt;

        // Three lease lengths, a renewal interval at a time: each renewal moves the expiry on.
        for (var i = 0; i < 9; i++)
        {
            group.Clock.Advance(TimeSpan.FromSeconds(10));
            await WaitUntilAsync(async () => (await leases.GetLeaseAsync("prune:incoming-log"))?.ExpiresAt == group.Clock.GetUtcNow().AddSeconds(30));
        }

        (await leases.TryAcquireLeaseAsync("prune:incoming-log", "someone-else", TimeSpan.FromSeconds(30))).Should().BeNull();
        (await leases.GetLeaseAsync("prune:incoming-log"))!.ExpiresAt.Should().BeAfter(taken.AddSeconds(60));
        finish.SetResult();
        (await run).Should().BeTrue();
    }

    [Fact]
    public async Task Work_whose_lease_was_taken_over_is_cancelled_and_ends_with_LeaseLostException()
    {
        await using var group = await StartAsync(2, o => o.InstanceId = null);
        var a = group.Get<ExclusiveWork>(0);
        var leases = group.Get<ILeaseStore>(1);
        var working = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        var run = a.TryRunAsync("journal:global", async token =>
        {
            working.SetResult();
            token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
        }, CancellationToken.None);
        await working.Task;

        // As after a pause past its expiry: the lease is gone and another instance holds it.
        (await leases.ReleaseLeaseAsync("journal:global", a.InstanceId)).Should().BeTrue();
        (await leases.TryAcquireLeaseAsync("journal:global", "instance-b", TimeSpan.FromSeconds(30))).Should().NotBeNull();
        group.Clock.Advance(TimeSpan.FromSeconds(10)); // A's next renewal is refused

        var lost = (await run.Invoking(r => r).Should().ThrowAsync<LeaseLostException>()).Which;
        lost.LeaseName.Should().Be("journal:global");
        lost.Message.Should().Contain("another instance holds it");
        cancelled.Task.IsCompleted.Should().BeTrue("the work's token was cancelled");
        (await leases.GetLeaseAsync("journal:global"))!.Holder.Should().Be("instance-b", "the instance that lost the lease does not release the new holder's");
    }

    [Fact]
    public async Task A_second_import_of_an_entity_is_refused_on_any_instance_while_one_runs_and_resumes_after()
    {
        await using var group = await StartAsync(2);
        for (var i = 0; i < 3; i++)
        {
            group.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"lease{i}@example.edu.au", ["firstname"] = "Lease", ["lastname"] = $"Person{i}" });
        }

        group.Clock.Advance(group.Sandbox.HubSpot.Options.SearchLag);
        using var firstRecord = new ManualResetEventSlim();
        using var carryOn = new ManualResetEventSlim();
        var progress = new Blocking(firstRecord, carryOn);
        var running = Task.Run(() => group.Get<IImportOrchestrator>(0).ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = 1 }, progress));
        firstRecord.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("the import reports its first record");

        var onOther = () => group.Get<IImportOrchestrator>(1).ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        var onSame = () => group.Get<IImportOrchestrator>(0).ImportPageAsync(new ImportRequest(MappedEntity.Contact));
        var dryRun = await group.Get<IImportOrchestrator>(1).ImportPageAsync(new ImportRequest(MappedEntity.Contact) { DryRun = true });

        var refused = (await onOther.Should().ThrowAsync<ImportAlreadyRunningException>()).Which;
        refused.Entity.Should().Be(MappedEntity.Contact);
        refused.Holder.Should().StartWith(group.Get<ExclusiveWork>(0).InstanceId + "#");
        refused.Message.Should().Contain("running already");
        await onSame.Should().ThrowAsync<ImportAlreadyRunningException>("a second run on the same instance is refused too");
        dryRun.Records.Should().NotBeEmpty("a dry run writes nothing and needs no lease");
        (await group.Get<IImportOrchestrator>(1).ImportAllAsync(new ImportRequest(MappedEntity.Organisation))).Should().NotBeNull("another entity's import is not blocked");

        carryOn.Set();
        var report = await running;
        report.Records.Should().HaveCount(3);
        var afterwards = await group.Get<IImportOrchestrator>(1).ImportAllAsync(new ImportRequest(MappedEntity.Contact) { StartOver = true });
        afterwards.Records.Should().HaveCount(3).And.OnlyContain(r => r.Outcome == ImportOutcome.Unchanged, "the first run linked them all");
    }

    [Fact]
    public void Lease_options_and_the_instance_id_are_validated_naming_the_key()
    {
        var errors = Validate(o =>
        {
            o.InstanceId = "   ";
            o.Coordination.LeaseDuration = TimeSpan.FromSeconds(30);
            o.Coordination.LeaseRenewInterval = TimeSpan.FromSeconds(30);
        });

        errors.Should().Contain(e => e.Contains("HubSpotIntegration:InstanceId", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Contains("HubSpotIntegration:Coordination:LeaseRenewInterval", StringComparison.Ordinal) && e.Contains("shorter than LeaseDuration", StringComparison.Ordinal));
        Validate(o => o.Coordination.LeaseDuration = TimeSpan.FromMilliseconds(500))
            .Should().Contain(e => e.Contains("HubSpotIntegration:Coordination:LeaseDuration", StringComparison.Ordinal));
        Validate(o => o.InstanceId = "web-1").Should().BeEmpty();
    }

    [Fact]
    public async Task A_configured_instance_id_is_the_holder_and_the_default_names_machine_and_process()
    {
        await using var group = await StartAsync(1);
        var named = group.AddInstance(o => o.InstanceId = "web-1");

        group.Get<ExclusiveWork>(named).InstanceId.Should().Be("web-1");
        group.Get<ExclusiveWork>(0).InstanceId.Should().StartWith($"{Environment.MachineName}-{Environment.ProcessId}-");
    }

    private static IReadOnlyList<string> Validate(Action<HubSpotIntegrationOptions> configure)
    {
        var options = new HubSpotIntegrationOptions();
        configure(options);
        var result = new CoordinationOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures!] : [];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 2000 && !await condition(); i++)
        {
            await Task.Delay(5);
        }

        (await condition()).Should().BeTrue();
    }

    /// <summary>Holds the import at its first record until told to carry on.</summary>
    private sealed class Blocking(ManualResetEventSlim reached, ManualResetEventSlim carryOn) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            reached.Set();
            carryOn.Wait(TimeSpan.FromSeconds(60));
        }
    }
}
