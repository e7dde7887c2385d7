using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Sync Fields, aXcelerate to HubSpot, over real HTTP against the strict sandbox.</summary>
public sealed class FieldSyncPushTests
{
    [Fact]
    public async Task A_push_writes_only_the_chosen_field_in_batch_updates_one_per_page_and_nothing_for_unchanged_values()
    {
        await using var host = await SandboxHost.StartAsync();
        var pairs = new List<(int AxcelerateId, string HubSpotId)>();
        for (var i = 1; i <= 105; i++)
        {
            // Every fifth contact already has the same job title in HubSpot; every contact's city differs but is not chosen.
            pairs.Add(await host.AddLinkedContactAsync(
                $"person{i}@example.edu.au",
                new Dictionary<string, string?> { ["POSITION"] = $"Trainer {i}", ["CITY"] = "Brisbane" },
                new Dictionary<string, string?> { ["jobtitle"] = i % 5 == 0 ? $"Trainer {i}" : null, ["city"] = "Cairns" }));
        }

        host.ClearJournals();

        var report = await host.SyncFields().SyncAllAsync(new FieldSyncRequest(FieldSyncDirection.Push, ["JobTitle"]) { PageSize = 100 });

        report.Records.Should().HaveCount(105);
        report.Pages.Should().Be(2);
        report.IsComplete.Should().BeTrue();
        report.Fields.Should().Equal("jobtitle");
        report.Unchanged.Should().Be(21);
        report.Updated.Should().Be(84);
        report.Failed.Should().Be(0);
        var batches = host.HubSpotBatchUpdates();
        batches.Should().HaveCount(2, "one batch update per page of changed records, never one request per record");
        var inputs = batches.SelectMany(b => FieldSyncSandbox.BatchInputs(b)).ToList();
        inputs.Should().HaveCount(84, "unchanged values are not sent");
        inputs.Should().OnlyContain(i => i.Value.Keys.SequenceEqual(new[] { "jobtitle" }), "only the chosen field is written");
        host.HubSpotWrites().Should().HaveCount(2, "no other HubSpot write than the two batch updates");
        host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Path.EndsWith("/contacts/batch/read", StringComparison.Ordinal)).Should().Be(2, "HubSpot is read a page at a time");
        host.AxcelerateWrites().Should().BeEmpty();
        var logged = await host.Get<Axcelerate.HubSpot.Storage.IOutgoingLogStore>().QueryOutgoingAsync(new() { Service = RemoteService.HubSpot, PageSize = 500 });
        logged.Items.Where(e => e.Path!.EndsWith("/batch/update", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.OnlyContain(e => e.Operation == "sync-fields" && e.Entity == MappedEntity.Contact, "a batch update is logged as the Sync Fields run of contacts (it covers many records)");
        foreach (var (axcelerateId, hubSpotId) in pairs)
        {
            host.HubSpotValue(hubSpotId, "jobtitle").Should().Be($"Trainer {pairs.IndexOf((axcelerateId, hubSpotId)) + 1}");
            host.HubSpotValue(hubSpotId, "city").Should().Be("Cairns", "fields not chosen are left alone");
        }

        host.ClearJournals();
        var again = await host.SyncFields().SyncAllAsync(new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle"]) { PageSize = 100, StartOver = true });
        again.Unchanged.Should().Be(105);
        host.HubSpotWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task A_value_that_does_not_convert_and_a_refused_input_fail_only_their_records_and_the_page_goes_on()
    {
        await using var host = await SandboxHost.StartAsync();
        var ok1 = await host.AddLinkedContactAsync("one@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Coordinator", ["STATE"] = "QLD" });
        var badState = await host.AddLinkedContactAsync("two@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Coordinator", ["STATE"] = "Narnia" });
        var conflict = await host.AddLinkedContactAsync("three@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Coordinator" });
        var ok2 = await host.AddLinkedContactAsync("four@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Coordinator" });
        // In aXcelerate the third contact's email changed to one that another HubSpot contact already has: HubSpot refuses it (207, per input).
        host.Sandbox.Axcelerate.UpdateContact(conflict.AxcelerateId, new Dictionary<string, string?> { ["EMAILADDRESS"] = "one@example.edu.au" });

        var report = await host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle", "state", "email"]));

        report.Records.Should().HaveCount(4);
        Outcome(report, ok1.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Updated);
        Outcome(report, ok2.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Updated);
        var state = Outcome(report, badState.AxcelerateId);
        state.Outcome.Should().Be(FieldSyncOutcome.Failed);
        state.Reason.Should().Contain("'state'").And.Contain("Narnia");
        state.ConversionErrors.Should().ContainSingle(e => e.HubSpotProperty == "state");
        var refused = Outcome(report, conflict.AxcelerateId);
        refused.Outcome.Should().Be(FieldSyncOutcome.Failed);
        refused.Reason.Should().StartWith("HubSpot refused the update").And.Contain("already exists");
        host.HubSpotValue(ok1.HubSpotId, "jobtitle").Should().Be("Coordinator");
        host.HubSpotValue(ok2.HubSpotId, "jobtitle").Should().Be("Coordinator");
        host.HubSpotValue(badState.HubSpotId, "jobtitle").Should().BeNull("a record with a value that does not convert is not written at all");
        host.HubSpotValue(conflict.HubSpotId, "email").Should().Be("three@example.edu.au");
        host.HubSpotBatchUpdates().Should().ContainSingle();
    }

    [Fact]
    public async Task A_linked_record_missing_on_one_side_is_reported_and_the_others_are_synchronised()
    {
        await using var host = await SandboxHost.StartAsync();
        var gone = await host.AddLinkedContactAsync("gone@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Tutor" });
        var kept = await host.AddLinkedContactAsync("kept@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Tutor" });
        await host.HubSpot.Contacts.ArchiveAsync(gone.HubSpotId);

        var report = await host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle"]));

        Outcome(report, gone.AxcelerateId).Reason.Should().Be($"The linked HubSpot contact {gone.HubSpotId} no longer exists.");
        Outcome(report, kept.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Updated);
        host.HubSpotValue(kept.HubSpotId, "jobtitle").Should().Be("Tutor");
    }

    [Fact]
    public async Task A_transient_failure_that_outlasts_the_retries_stops_the_sync_and_the_next_call_resumes_at_the_unfinished_page()
    {
        await using var host = await SandboxHost.StartAsync();
        var pairs = new List<(int AxcelerateId, string HubSpotId)>();
        for (var i = 1; i <= 4; i++)
        {
            pairs.Add(await host.AddLinkedContactAsync($"p{i}@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = $"Title {i}" }));
        }

        var request = new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle"]) { PageSize = 2 };
        var first = await host.SyncFields().SyncPageAsync(request);
        host.Sandbox.HubSpot.Faults.FailNext(100, Axcelerate.HubSpot.Testing.Faults.SandboxFault.ServiceUnavailable, "/batch/update");

        var stopped = () => host.SyncFields().SyncAllAsync(request);
        (await stopped.Should().ThrowAsync<IntegrationApiException>()).Which.IsTransient.Should().BeTrue();
        host.Sandbox.HubSpot.Faults.Clear();
        host.ClearJournals();
        var resumed = await host.SyncFields().SyncAllAsync(request);

        first.Records.Select(r => r.HubSpotId).Should().Equal(pairs[0].HubSpotId, pairs[1].HubSpotId);
        resumed.Records.Select(r => r.HubSpotId).Should().Equal(pairs[2].HubSpotId, pairs[3].HubSpotId);
        resumed.Updated.Should().Be(2);
        resumed.IsComplete.Should().BeTrue();
        pairs.Select(p => host.HubSpotValue(p.HubSpotId, "jobtitle")).Should().Equal("Title 1", "Title 2", "Title 3", "Title 4");
    }

    private static FieldSyncRecordResult Outcome(FieldSyncReport report, int axcelerateId) => report.Records.Single(r => r.AxcelerateId == axcelerateId);
}
