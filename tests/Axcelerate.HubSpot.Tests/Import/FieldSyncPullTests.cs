using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Sync Fields, HubSpot to aXcelerate, and the request checks, over real HTTP against the strict sandbox.</summary>
public sealed class FieldSyncPullTests
{
    [Fact]
    public async Task A_pull_writes_only_the_chosen_field_to_aXcelerate_and_nothing_when_unchanged()
    {
        await using var host = await SandboxHost.StartAsync();
        var a = await host.AddLinkedContactAsync("a@example.edu.au", new Dictionary<string, string?> { ["CITY"] = "Brisbane" }, new Dictionary<string, string?> { ["jobtitle"] = "Assessor", ["city"] = "Cairns" });
        var b = await host.AddLinkedContactAsync("b@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Clerk", ["CITY"] = "Brisbane" }, new Dictionary<string, string?> { ["jobtitle"] = "Registrar", ["city"] = "Cairns" });
        var same = await host.AddLinkedContactAsync("c@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Trainer", ["CITY"] = "Brisbane" }, new Dictionary<string, string?> { ["jobtitle"] = "Trainer", ["city"] = "Cairns" });
        host.ClearJournals();

        var report = await host.SyncFields().SyncAllAsync(new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]));

        report.Updated.Should().Be(2);
        report.Unchanged.Should().Be(1);
        report.Records.Single(r => r.AxcelerateId == same.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Unchanged);
        report.Records.Single(r => r.AxcelerateId == b.AxcelerateId).Changes.Should().Equal(new Dictionary<string, string> { ["position"] = "Registrar" });
        var writes = host.AxcelerateWrites();
        writes.Should().HaveCount(2, "one update per changed contact, none for the unchanged one");
        writes.Should().OnlyContain(w => w.FormParameters.ContainsKey("position") && !w.FormParameters.ContainsKey("city"));
        host.Sandbox.Axcelerate.GetContact(a.AxcelerateId)!["POSITION"].Should().Be("Assessor");
        host.Sandbox.Axcelerate.GetContact(b.AxcelerateId)!["POSITION"].Should().Be("Registrar");
        host.Sandbox.Axcelerate.GetContact(b.AxcelerateId)!["CITY"].Should().Be("Brisbane", "fields not chosen are left alone");
        host.HubSpotWrites().Should().BeEmpty();
        var logged = await host.Get<Axcelerate.HubSpot.Storage.IOutgoingLogStore>().QueryOutgoingAsync(new() { Operation = "sync-fields", PageSize = 500 });
        logged.Items.Where(e => e.Service == RemoteService.Axcelerate && e.Method != "GET").Select(e => (e.Entity, e.RecordId)).Should().BeEquivalentTo(
            [(MappedEntity.Contact, a.AxcelerateId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (MappedEntity.Contact, b.AxcelerateId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "every write is logged as the Sync Fields run of its record");
        logged.Items.Should().Contain(e => e.Service == RemoteService.HubSpot && e.Path!.EndsWith("/batch/read", StringComparison.Ordinal), "the reads are logged under the operation too");

        host.ClearJournals();
        var again = await host.SyncFields().SyncAllAsync(new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]));
        again.Unchanged.Should().Be(3);
        host.AxcelerateWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_deactivated_and_rule_forbidden_fields_are_refused_naming_each_and_nothing_is_called()
    {
        await using var host = await SandboxHost.StartAsync();
        var mappings = host.Get<IFieldMappingService>();
        await mappings.SetActiveAsync(MappedEntity.Contact, "city", "city", isActive: false);
        var all = await mappings.ListAsync(MappedEntity.Contact);
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "zip") with { Rule = SyncRule.AxcelerateOnly });
        await host.AddLinkedContactAsync("a@example.edu.au", new Dictionary<string, string?> { ["CITY"] = "Brisbane" });
        host.ClearJournals();

        var pull = () => host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle", "city", "favourite_colour", "zip"]));

        var refused = (await pull.Should().ThrowAsync<ArgumentException>()).Which.Message;
        refused.Should().Contain("'city' is deactivated").And.Contain("'favourite_colour' is not a mapped contact field").And.Contain("'zip' is aXcelerate-only");
        refused.Should().NotContain("'jobtitle'");
        var none = () => host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Push, []));
        (await none.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("Choose at least one field");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();
        host.Sandbox.Axcelerate.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_prefer_unless_blank_rule_still_applies_so_a_pull_only_fills_blank_aXcelerate_values()
    {
        await using var host = await SandboxHost.StartAsync();
        var mappings = host.Get<IFieldMappingService>();
        var all = await mappings.ListAsync(MappedEntity.Contact);
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "jobtitle") with { Rule = SyncRule.PreferAxcelerateUnlessBlank });
        var set = await host.AddLinkedContactAsync("set@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Clerk" }, new Dictionary<string, string?> { ["jobtitle"] = "Registrar" });
        var blank = await host.AddLinkedContactAsync("blank@example.edu.au", hubSpot: new Dictionary<string, string?> { ["jobtitle"] = "Registrar" });

        var report = await host.SyncFields().SyncAllAsync(new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]));

        report.Records.Single(r => r.AxcelerateId == set.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Unchanged);
        report.Records.Single(r => r.AxcelerateId == blank.AxcelerateId).Outcome.Should().Be(FieldSyncOutcome.Updated);
        host.Sandbox.Axcelerate.GetContact(set.AxcelerateId)!["POSITION"].Should().Be("Clerk");
        host.Sandbox.Axcelerate.GetContact(blank.AxcelerateId)!["POSITION"].Should().Be("Registrar");
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_both_ways_and_writes_nothing()
    {
        await using var host = await SandboxHost.StartAsync();
        var pair = await host.AddLinkedContactAsync("a@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Clerk" }, new Dictionary<string, string?> { ["jobtitle"] = "Registrar" });
        host.ClearJournals();

        var push = await host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Push, ["jobtitle"]) { DryRun = true });
        var pull = await host.SyncFields().SyncPageAsync(new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]) { DryRun = true });

        push.DryRun.Should().BeTrue();
        push.Records.Should().ContainSingle().Which.Changes.Should().Equal(new Dictionary<string, string> { ["jobtitle"] = "Clerk" });
        pull.Records.Should().ContainSingle().Which.Changes.Should().Equal(new Dictionary<string, string> { ["position"] = "Registrar" });
        push.Updated.Should().Be(1);
        host.HubSpotWrites().Should().BeEmpty();
        host.AxcelerateWrites().Should().BeEmpty();
        host.HubSpotValue(pair.HubSpotId, "jobtitle").Should().Be("Registrar");
        host.Sandbox.Axcelerate.GetContact(pair.AxcelerateId)!["POSITION"].Should().Be("Clerk");
    }

    [Fact]
    public async Task Pages_follow_the_links_in_order_with_next_page_tokens_and_auto_continue_runs_to_the_end()
    {
        await using var host = await SandboxHost.StartAsync();
        var pairs = new List<(int AxcelerateId, string HubSpotId)>();
        for (var i = 1; i <= 7; i++)
        {
            pairs.Add(await host.AddLinkedContactAsync($"p{i}@example.edu.au", hubSpot: new Dictionary<string, string?> { ["jobtitle"] = $"Title {i}" }));
        }

        var request = new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]) { PageSize = 3 };
        var progress = new RecordingSyncProgress();
        var first = await host.SyncFields().SyncPageAsync(request, progress);
        var second = await host.SyncFields().SyncPageAsync(request with { ContinuationToken = first.ContinuationToken });
        var third = await host.SyncFields().SyncPageAsync(request with { ContinuationToken = second.ContinuationToken });

        first.Records.Select(r => r.AxcelerateId).Should().Equal(pairs.Take(3).Select(p => (long)p.AxcelerateId));
        second.Records.Select(r => r.AxcelerateId).Should().Equal(pairs.Skip(3).Take(3).Select(p => (long)p.AxcelerateId));
        third.Records.Select(r => r.AxcelerateId).Should().Equal((long)pairs[6].AxcelerateId);
        first.IsComplete.Should().BeFalse();
        third.IsComplete.Should().BeTrue();
        progress.Reports.Select(p => p.Done).Should().Equal(1, 2, 3);
        progress.Reports.Should().OnlyContain(p => p.Total == 3);
        progress.Reports[^1].Updated.Should().Be(3);

        for (var i = 1; i <= 7; i++)
        {
            host.Sandbox.HubSpot.SimulateUserEdit(Axcelerate.HubSpot.Testing.HubSpot.Objects.HubSpotObjectType.Contacts, pairs[i - 1].HubSpotId, new Dictionary<string, string?> { ["jobtitle"] = $"Senior {i}" });
        }

        var all = await host.SyncFields().SyncAllAsync(request, progress);
        all.Pages.Should().Be(3);
        all.Updated.Should().Be(7);
        all.IsComplete.Should().BeTrue();
        progress.Reports[^1].Total.Should().Be(7, "the total is known once the last page is read");
        pairs.Select(p => host.Sandbox.Axcelerate.GetContact(p.AxcelerateId)!["POSITION"]).Should().Equal(Enumerable.Range(1, 7).Select(i => $"Senior {i}"));
    }

    [Fact]
    public async Task A_cancelled_sync_resumes_from_its_checkpoint_at_the_unfinished_page_without_writing_twice()
    {
        await using var host = await SandboxHost.StartAsync();
        var pairs = new List<(int AxcelerateId, string HubSpotId)>();
        for (var i = 1; i <= 10; i++)
        {
            pairs.Add(await host.AddLinkedContactAsync($"p{i}@example.edu.au", hubSpot: new Dictionary<string, string?> { ["jobtitle"] = $"Title {i}" }));
        }

        host.ClearJournals();
        var request = new FieldSyncRequest(FieldSyncDirection.Pull, ["jobtitle"]) { PageSize = 4 };
        using var stop = new CancellationTokenSource();
        var progress = new RecordingSyncProgress(p =>
        {
            if (p.Done == 6)
            {
                stop.Cancel();
            }
        });
        var run = () => host.SyncFields().SyncAllAsync(request, progress, stop.Token);
        await run.Should().ThrowAsync<OperationCanceledException>();
        host.AxcelerateWrites().Should().HaveCount(6);

        var resumed = await host.SyncFields().SyncAllAsync(request);

        resumed.Records.Select(r => r.AxcelerateId).Should().Equal(pairs.Skip(4).Select(p => (long)p.AxcelerateId), "the first page was checkpointed before the stop");
        resumed.Unchanged.Should().Be(2, "the two records of the unfinished page written before the stop need nothing");
        resumed.Updated.Should().Be(4);
        host.AxcelerateWrites().Should().HaveCount(10, "every contact was written exactly once");
        pairs.Select(p => host.Sandbox.Axcelerate.GetContact(p.AxcelerateId)!["POSITION"]).Should().Equal(Enumerable.Range(1, 10).Select(i => $"Title {i}"));

        var fresh = await host.SyncFields().SyncAllAsync(request);
        fresh.Records.Should().HaveCount(10, "a finished sync starts again from the first page");
    }
}
