using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>A Sync Fields run stopped in one process resumes in the next from the durable SQLite store, over the strict sandbox.</summary>
public sealed class FieldSyncRestartTests
{
    // A "process": the SDK registered afresh against the same sandbox and the same SQLite file.
    private static ServiceProvider Process(SandboxHost host, TempDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(o =>
        {
            host.PointAt(o);
            o.Import.PageSize = 3;
        }).UseSqliteStore(database.ConnectionString);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_push_stopped_mid_run_resumes_in_a_new_process_from_the_SQLite_checkpoint()
    {
        await using var host = await SandboxHost.StartAsync();
        using var database = new TempDatabase();
        var request = new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle"]);
        var hubSpotIds = new List<string>();
        await using (var first = Process(host, database))
        {
            for (var i = 1; i <= 7; i++)
            {
                var contact = host.Sandbox.Axcelerate.AddContact("Given", "Family", $"p{i}@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = $"Title {i}" });
                var hubSpotId = host.AddHubSpotContact("Given", "Family", $"p{i}@example.edu.au");
                await first.GetRequiredService<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, contact.Id, hubSpotId);
                hubSpotIds.Add(hubSpotId);
            }

            using var stop = new CancellationTokenSource();
            var progress = new RecordingSyncProgress(p =>
            {
                if (p.Done == 4)
                {
                    stop.Cancel();
                }
            });
            var run = () => first.GetRequiredService<IFieldSyncOrchestrator>().SyncAllAsync(request, progress, stop.Token);
            await run.Should().ThrowAsync<OperationCanceledException>();
        }

        host.ClearJournals();
        await using var second = Process(host, database);
        var resumed = await second.GetRequiredService<IFieldSyncOrchestrator>().SyncAllAsync(request);

        resumed.Records.Select(r => r.HubSpotId).Should().Equal(hubSpotIds.Skip(3), "the first page was checkpointed before the stop");
        resumed.IsComplete.Should().BeTrue();
        hubSpotIds.Select(id => host.HubSpotValue(id, "jobtitle")).Should().Equal(Enumerable.Range(1, 7).Select(i => $"Title {i}"));
        (await second.GetRequiredService<IFieldSyncCheckpointStore>().GetFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().BeNull("a finished sync leaves no checkpoint");
    }
}
