using System.Collections.Concurrent;
using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Coordination;

/// <summary>
/// Several webhook processor instances on one database, each its own DI container through the real
/// <c>AddHubSpotIntegration</c>, against the strict sandbox: every event applied exactly once, the order per object
/// kept, an instance killed while it holds claims, and stores started at once on a new database. A provider runs it by
/// subclassing with <see cref="CreateStore"/> (called once per instance, as each host process opens its own store).
/// </summary>
public abstract class MultiInstanceContractTests : IDisposable
{
    /// <summary>HubSpot contacts linked to aXcelerate before the events arrive.</summary>
    private const int Contacts = 20;

    /// <summary>Rounds of edits to every contact while the instances process.</summary>
    private const int Rounds = 5;

    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(1);

    /// <summary>Opens this instance's store on the shared database (a new store object each time for a database provider).</summary>
    /// <param name="timeProvider">The clock the store stamps and expires with.</param>
    protected abstract IIntegrationStore CreateStore(TimeProvider timeProvider);

    /// <summary>
    /// The incoming events the draining tests append (HubSpot webhook events: 100 contact changes, the rest company
    /// creations the processor skips without a call). 2,000 by default: 10,000 drain in about 50 s on a loaded 2-core
    /// machine (SQLite), too slow for the suite; a provider or a local run may raise it.
    /// </summary>
    protected virtual int EventCount => 2_000;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Instances_drain_the_incoming_log_applying_each_event_once_and_keeping_the_order_per_contact(int instances)
    {
        await using var group = await StartAsync(instances);
        var contacts = await LinkContactsAsync(group);
        var appended = new ConcurrentBag<long>();
        var producing = true;
        var done = new ConcurrentDictionary<long, int>();

        var producer = Task.Run(async () =>
        {
            try
            {
                await ProduceAsync(group, contacts, appended);
            }
            finally
            {
                producing = false;
            }
        });
        var workers = Enumerable.Range(0, instances).Select(i => Task.Run(() => DrainAsync(group, i, done, () => producing))).ToList();
        await producer;
        await Task.WhenAll(workers);

        var entries = await AllEntriesAsync(group.Get<IIncomingLogStore>(0));
        entries.Should().HaveCount(EventCount);
        appended.Should().HaveCount(EventCount);
        entries.Should().OnlyContain(e => e.Attempts == 1, "no entry was claimed twice");
        entries.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded || e.Status == IncomingStatus.Skipped, "every event was finished");
        done.Keys.ToHashSet().SetEquals(entries.Select(e => e.Id)).Should().BeTrue("the instances' completions cover every entry");
        done.Values.Should().OnlyContain(count => count == 1, "no entry was completed by two instances");
        done.Values.Count.Should().Be(EventCount);
        entries.Count(e => e.SubscriptionType == "contact.propertyChange").Should().Be(Contacts * Rounds);
        entries.Where(e => e.SubscriptionType == "contact.propertyChange").Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);

        // The order per contact: whatever instance applied which change, aXcelerate ends with HubSpot's last value.
        foreach (var (hubSpotId, axcelerateId) in contacts)
        {
            group.Sandbox.Axcelerate.GetContact(axcelerateId)!["POSITION"].Should().Be(Title(hubSpotId, Rounds), $"contact {hubSpotId}'s last change wins");
        }

        var writes = group.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method == "PUT" && e.Path.Contains("/contact/", StringComparison.Ordinal));
        writes.Should().BeInRange(Contacts, Contacts * Rounds, "each change is written at most once (changes read together are written together)");
    }

    [Fact]
    public async Task An_instance_killed_while_it_holds_claims_leaves_them_to_expire_and_another_instance_finishes_them()
    {
        await using var group = await StartAsync(2);
        var contacts = await LinkContactsAsync(group);
        await EditAndAppendAsync(group, contacts, round: 1, new ConcurrentBag<long>());
        await AppendSkipsAsync(group.Get<IIncomingLogStore>(0), 0, 200, new ConcurrentBag<long>());

        // Instance 0 claims a batch (the processor's first step) and dies before finishing any of it.
        var held = await group.Get<IIncomingLogStore>(0).ClaimDueIncomingAsync(100, ClaimLease);
        held.Should().HaveCount(100);
        await group.KillAsync(0);

        var processor = group.Get<IWebhookProcessor>(1);
        var before = await DrainOnceAsync(processor);
        before.Should().HaveCount(Contacts + 200 - 100).And.NotContain(e => held.Any(h => h.Id == e.Id), "the dead instance's claims still hold");
        (await group.Get<IIncomingLogStore>(1).GetIncomingAsync(held[0].Id))!.Status.Should().Be(IncomingStatus.Processing);

        group.Clock.Advance(ClaimLease);
        var after = await DrainOnceAsync(processor);

        after.Select(e => e.Id).Order().Should().Equal(held.Select(e => e.Id).Order(), "once the leases ran out, instance 1 took the abandoned entries over");
        var entries = await AllEntriesAsync(group.Get<IIncomingLogStore>(1));
        entries.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded || e.Status == IncomingStatus.Skipped);
        var heldIds = held.Select(e => e.Id).ToHashSet();
        entries.Where(e => heldIds.Contains(e.Id)).Should().OnlyContain(e => e.Attempts == 2, "the dead instance's attempt counts");
        entries.Where(e => !heldIds.Contains(e.Id)).Should().OnlyContain(e => e.Attempts == 1);
        foreach (var (hubSpotId, axcelerateId) in contacts)
        {
            group.Sandbox.Axcelerate.GetContact(axcelerateId)!["POSITION"].Should().Be(Title(hubSpotId, 1));
        }
    }

    [Fact]
    public async Task Stores_opened_at_once_on_a_new_database_all_migrate_and_share_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        using var start = new ManualResetEventSlim();
        var opening = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return CreateStore(clock);
        })).ToList();
        start.Set();
        var stores = await Task.WhenAll(opening);

        try
        {
            for (var i = 0; i < stores.Length; i++)
            {
                await stores[i].AppendIncomingAsync([Skip(i)]);
            }

            foreach (var store in stores)
            {
                (await AllEntriesAsync(store)).Select(e => e.EventId).Should().BeEquivalentTo(Enumerable.Range(0, stores.Length).Select(i => 1_000_000L + i));
            }

            var leases = await Task.WhenAll(stores.Select((s, i) => s.TryAcquireLeaseAsync("import:contact", $"instance-{i}", TimeSpan.FromMinutes(1)).AsTask()));
            leases.Count(l => l is not null).Should().Be(1, "one schema, one lease table");
        }
        finally
        {
            foreach (var store in stores.OfType<IDisposable>())
            {
                store.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the provider's test database.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private Task<InstanceGroup> StartAsync(int instances) => InstanceGroup.StartAsync(
        instances,
        CreateStore,
        sandbox: o => o.HubSpot.WithoutRateLimits(), // about claiming, not rate limits (SharedRateBudgetTests cover those)
        integration: o =>
        {
            o.HubSpot.Tier = HubSpotTier.ApiLimitIncrease; // the client's own window, on the wall clock, must not pace this test either
            o.WebhookProcessing.Lease = ClaimLease;
        });

    // Contacts in HubSpot, imported (linked) by instance 0, with every sync flow on.
    private static async Task<List<(string HubSpotId, int AxcelerateId)>> LinkContactsAsync(InstanceGroup group)
    {
        for (var i = 0; i < Contacts; i++)
        {
            group.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?>
            {
                ["email"] = $"multi{i}@example.edu.au", ["firstname"] = "Multi", ["lastname"] = $"Instance{i}", ["jobtitle"] = "Trainer",
            });
        }

        group.Clock.Advance(group.Sandbox.HubSpot.Options.SearchLag);
        await group.Get<ISyncSettingsService>(0).SetAsync(Enum.GetValues<SyncFlow>().ToDictionary(f => f, _ => true));
        var report = await group.Get<IImportOrchestrator>(0).ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = 100 });
        report.Records.Should().HaveCount(Contacts).And.OnlyContain(r => r.AxcelerateId != null);
        return [.. report.Records.Select(r => (r.HubSpotId, (int)r.AxcelerateId!.Value))];
    }

    // Round by round, each contact is edited in HubSpot and its change event logged, with cheap skips in between, while
    // the instances process: a contact's later change may reach one instance while another still applies an earlier one.
    private async Task ProduceAsync(InstanceGroup group, List<(string HubSpotId, int AxcelerateId)> contacts, ConcurrentBag<long> appended)
    {
        var store = group.Get<IIncomingLogStore>(0);
        var skips = EventCount - (Contacts * Rounds);
        var perRound = skips / Rounds;
        var next = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var count = round == Rounds ? skips - next : perRound;
            await AppendSkipsAsync(store, next, count / 2, appended);
            await EditAndAppendAsync(group, contacts, round, appended);
            await AppendSkipsAsync(store, next + (count / 2), count - (count / 2), appended);
            next += count;
            group.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task EditAndAppendAsync(InstanceGroup group, List<(string HubSpotId, int AxcelerateId)> contacts, int round, ConcurrentBag<long> appended)
    {
        var events = new List<NewIncomingEvent>();
        foreach (var (hubSpotId, _) in contacts)
        {
            group.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotId, new Dictionary<string, string?> { ["jobtitle"] = Title(hubSpotId, round) });
            var eventId = (round * 100_000L) + long.Parse(hubSpotId, CultureInfo.InvariantCulture) % 100_000;
            events.Add(new NewIncomingEvent(
                eventId,
                "contact.propertyChange",
                hubSpotId,
                group.Clock.GetUtcNow(),
                $$"""{"eventId":{{eventId}},"subscriptionType":"contact.propertyChange","objectId":{{hubSpotId}},"propertyName":"jobtitle","propertyValue":"{{Title(hubSpotId, round)}}","changeSource":"CRM_UI","occurredAt":{{group.Clock.GetUtcNow().ToUnixTimeMilliseconds()}}}"""));
        }

        foreach (var result in await group.Get<IIncomingLogStore>(0).AppendIncomingAsync(events))
        {
            result.IsDuplicate.Should().BeFalse();
            appended.Add(result.Entry.Id);
        }
    }

    // Company creations: real HubSpot events the processor finishes without a call (companies link by import).
    private static async Task AppendSkipsAsync(IIncomingLogStore store, int from, int count, ConcurrentBag<long> appended)
    {
        for (var start = from; start < from + count; start += 500)
        {
            var batch = Enumerable.Range(start, Math.Min(500, from + count - start)).Select(Skip).ToList();
            foreach (var result in await store.AppendIncomingAsync(batch))
            {
                appended.Add(result.Entry.Id);
            }
        }
    }

    private static NewIncomingEvent Skip(int i)
    {
        var eventId = 1_000_000L + i;
        var objectId = 5_000_000 + i;
        return new NewIncomingEvent(eventId, "company.creation", objectId.ToString(CultureInfo.InvariantCulture), new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            $$"""{"eventId":{{eventId}},"subscriptionType":"company.creation","objectId":{{objectId}},"changeSource":"CRM_UI"}""");
    }

    private static string Title(string hubSpotId, int round) => $"Title {hubSpotId} v{round}";

    // One instance's processor loop: passes until nothing is due and the producer has finished.
    private static async Task DrainAsync(InstanceGroup group, int index, ConcurrentDictionary<long, int> done, Func<bool> producing)
    {
        var processor = group.Get<IWebhookProcessor>(index);
        var idle = 0;
        while (idle < 3)
        {
            var stillProducing = producing();
            var report = await processor.ProcessDueAsync();
            foreach (var entry in report.Entries)
            {
                done.AddOrUpdate(entry.Id, 1, (_, n) => n + 1);
            }

            idle = report.Entries.Count == 0 && !stillProducing ? idle + 1 : 0;
            if (report.Entries.Count == 0)
            {
                await Task.Delay(1);
            }
        }
    }

    private static async Task<List<IncomingLogEntry>> DrainOnceAsync(IWebhookProcessor processor)
    {
        var all = new List<IncomingLogEntry>();
        while (true)
        {
            var report = await processor.ProcessDueAsync();
            if (report.Entries.Count == 0)
            {
                return all;
            }

            all.AddRange(report.Entries);
        }
    }

    private static async Task<List<IncomingLogEntry>> AllEntriesAsync(IIncomingLogStore store)
    {
        var all = new List<IncomingLogEntry>();
        string? token = null;
        do
        {
            var page = await store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000, ContinuationToken = token });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
