using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>An import stopped in one process resumes in the next from the durable SQLite store, over the strict sandbox.</summary>
public sealed class ImportRestartTests
{
    // A second "process": the SDK registered afresh against the same sandbox and the same SQLite file.
    private static ServiceProvider Process(SandboxHost host, TempDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(o =>
        {
            host.PointAt(o);
            o.Import.PageSize = 4;
        }).UseSqliteStore(database.ConnectionString);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task An_import_killed_mid_page_resumes_in_a_new_process_from_the_SQLite_checkpoint_without_duplicates()
    {
        await using var host = await SandboxHost.StartAsync();
        using var database = new TempDatabase();
        var ids = host.AddHubSpotContacts(10);

        await using (var first = Process(host, database))
        {
            using var stop = new CancellationTokenSource();
            var progress = new RecordingProgress(p =>
            {
                if (p.Done == 6)
                {
                    stop.Cancel();
                }
            });
            var run = () => first.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact), progress, stop.Token);
            await run.Should().ThrowAsync<OperationCanceledException>();
        }

        await using var second = Process(host, database);
        var resumed = await second.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact));

        resumed.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids.Skip(4), "the first page was checkpointed before the stop");
        resumed.Unchanged.Should().Be(2, "the two records of the unfinished page created before the stop are linked");
        resumed.Created.Should().Be(4);
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().HaveCount(10).And.OnlyHaveUniqueItems();
        (await second.GetRequiredService<IImportOrchestrator>().GetCheckpointAsync(MappedEntity.Contact))!.IsComplete.Should().BeTrue();
    }
}
