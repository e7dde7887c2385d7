using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>Failures, retries, re-runs, leases, the background service and retention, over the strict sandbox.</summary>
public sealed class WebhookProcessingReliabilityTests
{
    [Fact]
    public async Task A_transient_failure_waits_with_backoff_and_then_succeeds()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, integration: o => o.WebhookProcessing.MaxAttempts = 3);
        bed.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au");
        await bed.DeliverAsync();
        bed.Host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.ServiceUnavailable);

        var first = (await bed.ProcessAllAsync()).Single();

        first.Status.Should().Be(IncomingStatus.Pending);
        first.NextAttemptAt.Should().Be(bed.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        first.Error.Should().Contain("Attempt 1 of 3").And.Contain("503");
        (await bed.ProcessAllAsync()).Should().BeEmpty("the retry is not due yet");
        bed.AxcelerateContacts().Should().BeEmpty();

        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await bed.ProcessAllAsync()).Single();

        second.Status.Should().Be(IncomingStatus.Succeeded);
        second.Attempts.Should().Be(2);
        bed.AxcelerateContacts().Should().ContainSingle();
    }

    [Fact]
    public async Task A_failed_event_is_reset_and_runs_again_to_success()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, integration: o => o.WebhookProcessing.MaxAttempts = 1);
        var id = bed.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au");
        await bed.DeliverAsync();
        bed.Host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.InternalServerError);

        var failed = (await bed.ProcessAllAsync()).Single();
        failed.Status.Should().Be(IncomingStatus.Failed);
        failed.Error.Should().Contain("Gave up after 1 attempts").And.Contain("500");
        (await bed.ProcessAllAsync()).Should().BeEmpty("a failed entry waits for a person");

        var reset = await bed.Log.ResetAsync(failed.Id);
        var rerun = (await bed.ProcessAllAsync()).Single();

        reset.Should().BeEquivalentTo(new { Status = IncomingStatus.Pending, Error = (string?)null });
        rerun.Status.Should().Be(IncomingStatus.Succeeded);
        rerun.Attempts.Should().Be(2);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().NotBeNull();
    }

    [Fact]
    public async Task Re_run_now_processes_a_failed_entry_at_once_and_returns_its_outcome()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, integration: o => o.WebhookProcessing.MaxAttempts = 1);
        var id = bed.AddHubSpotContact("Alan", "Turing", "alan@example.edu.au");
        await bed.DeliverAsync();
        bed.Host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.BadGateway);
        var failed = (await bed.ProcessAllAsync()).Single();

        var rerun = await bed.Log.RerunAsync(failed.Id);

        rerun.Status.Should().Be(IncomingStatus.Succeeded);
        rerun.Result.Should().Contain("created aXcelerate contact");
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().NotBeNull();
        var again = async () => await bed.Log.RerunAsync(failed.Id);
        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Succeeded*");
        var missing = async () => await bed.Log.ResetAsync(987654);
        await missing.Should().ThrowAsync<KeyNotFoundException>().WithMessage("*987654*");
    }

    [Fact]
    public async Task A_processor_that_died_mid_batch_loses_and_repeats_nothing_once_its_lease_expired()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly);
        var ids = new[]
        {
            bed.AddHubSpotContact("One", "Person", "one@example.edu.au"),
            bed.AddHubSpotContact("Two", "Person", "two@example.edu.au"),
            bed.AddHubSpotContact("Three", "Person", "three@example.edu.au"),
        };
        await bed.DeliverAsync();
        var lease = bed.Host.Get<Microsoft.Extensions.Options.IOptions<HubSpotIntegrationOptions>>().Value.WebhookProcessing.Lease;

        // The first processor claimed two entries and died after its create of "one" reached aXcelerate, before it linked it.
        var dead = await bed.Store.ClaimDueIncomingAsync(2, lease);
        bed.Host.Sandbox.Axcelerate.AddContact("One", "Person", "one@example.edu.au");

        var whileLeased = await bed.ProcessAllAsync();
        bed.Clock.Advance(lease);
        var afterLease = await bed.ProcessAllAsync();

        whileLeased.Should().ContainSingle().Which.ObjectId.Should().Be(ids[2]);
        afterLease.Select(e => e.Id).Should().BeEquivalentTo(dead.Select(e => e.Id));
        afterLease.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded && e.Attempts == 2);
        afterLease.Single(e => e.ObjectId == ids[0]).Result.Should().Contain("linked to aXcelerate contact", "the create that reached aXcelerate is matched, not repeated");
        bed.AxcelerateContacts().Should().HaveCount(3);
        (await bed.EntriesAsync()).Should().HaveCount(3).And.OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        foreach (var id in ids)
        {
            (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().NotBeNull();
        }
    }

    [Fact]
    public async Task The_background_service_processes_continuously_stops_cleanly_and_a_restart_finds_the_pending_entries()
    {
        using var database = new TempDatabase();
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, builder: b => b.UseSqliteStore(database.ConnectionString).ProcessWebhooksInBackground());
        var first = bed.AddHubSpotContact("Before", "Stop", "before@example.edu.au");
        await bed.DeliverAsync();

        var services = bed.Host.Services.GetServices<IHostedService>().ToList();
        foreach (var service in services)
        {
            await service.StartAsync(CancellationToken.None);
        }

        await WaitUntilAsync(async () => (await bed.EntriesAsync()).All(e => e.Status == IncomingStatus.Succeeded));
        foreach (var service in services)
        {
            await service.StopAsync(CancellationToken.None);
        }

        var second = bed.AddHubSpotContact("After", "Stop", "after@example.edu.au");
        await bed.DeliverAsync();
        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        (await bed.EntriesAsync()).Single(e => e.ObjectId == second).Status.Should().Be(IncomingStatus.Pending, "nothing processes after the stop");

        // A new process over the same database.
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(bed.Clock);
        collection.AddHubSpotIntegration(bed.Configure).UseSqliteStore(database.ConnectionString).ProcessWebhooksInBackground();
        await using var restarted = collection.BuildServiceProvider();
        var again = restarted.GetServices<IHostedService>().ToList();
        foreach (var service in again)
        {
            await service.StartAsync(CancellationToken.None);
        }

        await WaitUntilAsync(async () => (await bed.EntriesAsync()).All(e => e.Status == IncomingStatus.Succeeded));
        foreach (var service in again)
        {
            await service.StopAsync(CancellationToken.None);
        }

        services.Select(s => s.GetType().Name).Should().Contain(["WebhookProcessingService", "IncomingLogPruningService"], "the processor and the incoming log's pruner");
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, first)).Should().NotBeNull();
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, second)).Should().NotBeNull();
        bed.AxcelerateContacts().Should().HaveCount(2);
    }

    [Fact]
    public async Task Retention_removes_finished_entries_by_age_and_count_and_keeps_unprocessed_ones()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, integration: o =>
        {
            o.IncomingLog.RetentionAge = TimeSpan.FromDays(7);
            o.IncomingLog.MaxEntries = 2;
        });
        bed.AddHubSpotContact("Old", "One", "old1@example.edu.au");
        bed.AddHubSpotContact("Old", "Two", "old2@example.edu.au");
        await bed.DeliverAndProcessAsync();
        bed.Clock.Advance(TimeSpan.FromDays(8));
        bed.AddHubSpotContact("New", "One", "new1@example.edu.au");
        bed.AddHubSpotContact("New", "Two", "new2@example.edu.au");
        bed.AddHubSpotContact("New", "Three", "new3@example.edu.au");
        await bed.DeliverAndProcessAsync();
        bed.AddHubSpotContact("Waiting", "One", "waiting@example.edu.au");
        await bed.DeliverAsync();

        var removed = await bed.Log.PruneAsync();

        removed.Should().Be(4, "two by age, then the finished entries beyond the newest two");
        var left = await bed.EntriesAsync();
        left.Should().HaveCount(2);
        left.Count(e => e.Status == IncomingStatus.Pending).Should().Be(1);
        left.Should().NotContain(e => e.ReceivedAt < bed.Clock.GetUtcNow().AddDays(-7));
    }

    [Fact]
    public async Task Searches_the_incoming_log_by_status_object_type_and_text_page_by_page()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly);
        var ada = bed.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au");
        bed.AddHubSpotContact("Alan", "Turing", "alan@example.edu.au");
        bed.Host.Sandbox.Axcelerate.AddContact("Alan", "Turing", "alan@example.edu.au");
        bed.Host.Sandbox.Axcelerate.AddContact("Alan", "Turing", "alan@example.edu.au");
        await bed.DeliverAndProcessAsync();

        var failed = await bed.EntriesAsync(new IncomingLogQuery { Status = IncomingStatus.Failed });
        var byResult = await bed.EntriesAsync(new IncomingLogQuery { Text = "CREATED aXcelerate contact" });
        var byError = await bed.EntriesAsync(new IncomingLogQuery { Text = "alan@example" });
        var contacts = await bed.EntriesAsync(new IncomingLogQuery { ObjectType = "contact", PageSize = 1 });
        var pages = new List<int>();
        await foreach (var page in bed.Log.SearchAsync().AsPages(null, 1))
        {
            pages.Add(page.Values.Count);
        }

        failed.Should().ContainSingle().Which.Error.Should().Contain("alan@example.edu.au");
        byResult.Should().ContainSingle().Which.ObjectId.Should().Be(ada);
        byError.Should().ContainSingle().Which.Id.Should().Be(failed[0].Id);
        contacts.Should().HaveCount(2);
        pages.Should().Equal(1, 1);
        (await bed.Log.GetAsync(failed[0].Id))!.Status.Should().Be(IncomingStatus.Failed);
        (await bed.Log.GetAsync(424242)).Should().BeNull();
    }

    [Fact]
    public async Task A_pass_stopped_mid_batch_keeps_what_it_finished_and_puts_the_rest_back_at_once()
    {
        using var stop = new CancellationTokenSource();
        await using var bed = await WebhookTestBed.StartAsync(
            webhooks: WebhookTestBed.ContactCreationsOnly,
            builder: b => b.AxcelerateHttpClient.AddHttpMessageHandler(() => new StopAfterFirstWrite(stop)));
        var ids = new[]
        {
            bed.AddHubSpotContact("One", "Stop", "one.stop@example.edu.au"),
            bed.AddHubSpotContact("Two", "Stop", "two.stop@example.edu.au"),
            bed.AddHubSpotContact("Three", "Stop", "three.stop@example.edu.au"),
        };
        await bed.DeliverAsync();

        var stopped = async () => await bed.Processor.ProcessDueAsync(stop.Token);
        await stopped.Should().ThrowAsync<OperationCanceledException>();
        var afterStop = await bed.EntriesAsync();
        var rest = await bed.ProcessAllAsync();

        // The stop came while the first create's answer was being read: the contact exists in aXcelerate, unlinked.
        afterStop.Should().OnlyContain(e => e.Status == IncomingStatus.Pending && e.NextAttemptAt == null && e.LeaseExpiresAt == null,
            "unfinished entries are due again at once, with no lease to wait for");
        rest.Select(e => e.ObjectId).Should().BeEquivalentTo(ids);
        rest.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        rest.Single(e => e.ObjectId == ids[0]).Result.Should().Contain("linked to aXcelerate contact", "the create that reached aXcelerate is matched, not repeated");
        bed.AxcelerateContacts().Should().HaveCount(3);
    }

    [Fact]
    public async Task Two_processors_racing_over_one_log_process_every_entry_exactly_once()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: WebhookTestBed.ContactCreationsOnly, integration: o => o.WebhookProcessing.BatchSize = 1);
        for (var i = 1; i <= 6; i++)
        {
            bed.AddHubSpotContact($"Racer{i}", "Person", $"racer{i}@example.edu.au");
        }

        await bed.DeliverAsync();

        var both = await Task.WhenAll(Task.Run(bed.ProcessAllAsync), Task.Run(bed.ProcessAllAsync));

        both.SelectMany(d => d).Select(e => e.Id).Should().OnlyHaveUniqueItems().And.HaveCount(6);
        (await bed.EntriesAsync()).Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded && e.Attempts == 1);
        bed.AxcelerateContacts().Should().HaveCount(6);
    }

    /// <summary>Cancels the pass once the first aXcelerate write has been answered (a host stopping mid-batch).</summary>
    private sealed class StopAfterFirstWrite(CancellationTokenSource stop) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method != HttpMethod.Get)
            {
                await stop.CancelAsync();
            }

            return response;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // Generous: the machine may be slow; the assertion is on the outcome, not the time.
        for (var i = 0; i < 600 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        (await condition()).Should().BeTrue();
    }
}
