using System.Globalization;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>
/// Several webhook processors, each a host of its own (its own DI container and connection pool) registered through
/// <c>AddHubSpotIntegration(...).UsePostgreSqlStore(...)</c>, drain one incoming log over the strict sandbox.
/// </summary>
public sealed class PostgreSqlProcessorTests : IDisposable
{
    private const int Contacts = 1000;

    private readonly TempSchema _schema = new();

    public void Dispose() => _schema.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Several_processors_on_one_database_apply_each_event_exactly_once(int processors)
    {
        await using var host = await SandboxHost.StartAsync(
            sandbox: o => o.HubSpot.WithoutRateLimits(), // the test is about sharing the work, not about HubSpot's throttling
            builder: b => b.UsePostgreSqlStore(PostgresServer.ConnectionString, o => o.Schema = _schema.Name));
        await host.Get<ISyncSettingsService>().SetAsync(Enum.GetValues<SyncFlow>().ToDictionary(f => f, _ => true));
        var occurred = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(1, Contacts).Select(i =>
        {
            var id = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = $"Student{i}",
                ["lastname"] = "Tester",
                ["email"] = $"student{i}@example.edu.au",
            }).Id;
            return new NewIncomingEvent(i, "contact.creation", id, occurred,
                $$"""{"eventId":{{i}},"subscriptionType":"contact.creation","objectId":{{id}},"occurredAt":{{occurred.ToUnixTimeMilliseconds()}},"portalId":{{host.Sandbox.HubSpot.Options.PortalId.ToString(CultureInfo.InvariantCulture)}}}""");
        }).ToList();
        foreach (var chunk in events.Chunk(500))
        {
            await host.Get<IIncomingLogStore>().AppendIncomingAsync(chunk);
        }

        var others = Enumerable.Range(1, processors - 1).Select(_ =>
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddHubSpotIntegration(host.PointAt).UsePostgreSqlStore(PostgresServer.ConnectionString, o => o.Schema = _schema.Name);
            return services.BuildServiceProvider();
        }).ToList();
        try
        {
            IWebhookProcessor[] all = [host.Get<IWebhookProcessor>(), .. others.Select(p => p.GetRequiredService<IWebhookProcessor>())];

            var finishedBy = await Task.WhenAll(all.Select(processor => Task.Run(async () =>
            {
                var finished = 0;
                while ((await processor.ProcessDueAsync()).Entries is { Count: > 0 } entries)
                {
                    finished += entries.Count;
                }

                return finished;
            })));

            finishedBy.Sum().Should().Be(Contacts, "every entry was finished by exactly one processor");
            finishedBy.Count(n => n > 0).Should().BeGreaterThan(1, "the processors shared the work");
            var entries = await AllEntriesAsync(host.Get<IIncomingLogStore>());
            entries.Should().HaveCount(Contacts).And.OnlyContain(e => e.Status == IncomingStatus.Succeeded && e.Attempts == 1, "no entry was claimed twice");
            var created = host.Sandbox.Axcelerate.Contacts.Where(c => c.Id != host.Sandbox.Axcelerate.WebServiceContactId).ToList();
            created.Should().HaveCount(Contacts, "each HubSpot contact became one aXcelerate contact");
            host.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method != "GET").Should().Be(Contacts, "aXcelerate was written once per event");
            (await host.Get<IRecordLinkStore>().ListRecordLinksAsync(MappedEntity.Contact, pageSize: Contacts)).Items.Should().HaveCount(Contacts);
        }
        finally
        {
            foreach (var provider in others)
            {
                await provider.DisposeAsync();
            }
        }
    }

    private static async Task<List<IncomingLogEntry>> AllEntriesAsync(IIncomingLogStore store)
    {
        var all = new List<IncomingLogEntry>();
        string? token = null;
        do
        {
            var page = await store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000, ContinuationToken = token, OldestFirst = true });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return all;
    }
}
