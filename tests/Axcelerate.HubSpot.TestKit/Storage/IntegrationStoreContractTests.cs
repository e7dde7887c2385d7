using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>The behaviour every store provider must have; each provider runs it through a concrete subclass.</summary>
public abstract partial class IntegrationStoreContractTests : IDisposable
{
    protected IntegrationStoreContractTests()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
    }

    protected FakeTimeProvider Time { get; }

    private readonly Lock _storeGate = new();
    private IIntegrationStore? _store;

    // Created on first use (subclasses may need their constructor to run first); racing tests must share one store.
    protected IIntegrationStore Store
    {
        get
        {
            lock (_storeGate)
            {
                return _store ??= CreateStore(Time);
            }
        }
    }

    protected abstract IIntegrationStore CreateStore(TimeProvider timeProvider);

    public virtual void Dispose()
    {
        (_store as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    // ---- record links ----

    [Fact]
    public async Task Finds_a_link_from_either_side_with_the_time_it_was_made()
    {
        var link = await Store.LinkAsync(MappedEntity.Contact, 101, "9001");

        link.LinkedAt.Should().Be(Time.GetUtcNow());
        (await Store.FindByAxcelerateIdAsync(MappedEntity.Contact, 101)).Should().Be(link);
        (await Store.FindByHubSpotIdAsync(MappedEntity.Contact, "9001")).Should().Be(link);
        (await Store.FindByHubSpotIdAsync(MappedEntity.Organisation, "9001")).Should().BeNull("links are per entity");
    }

    [Fact]
    public async Task Linking_the_same_pair_again_returns_the_existing_link()
    {
        var first = await Store.LinkAsync(MappedEntity.Contact, 101, "9001");
        Time.Advance(TimeSpan.FromMinutes(5));

        var again = await Store.LinkAsync(MappedEntity.Contact, 101, "9001");

        again.Should().Be(first);
    }

    [Fact]
    public async Task Refuses_to_link_a_record_already_linked_elsewhere_and_names_both_records()
    {
        await Store.LinkAsync(MappedEntity.Contact, 101, "9001");

        var axSideTaken = async () => await Store.LinkAsync(MappedEntity.Contact, 101, "9002");
        var hsSideTaken = async () => await Store.LinkAsync(MappedEntity.Contact, 102, "9001");

        (await axSideTaken.Should().ThrowAsync<StoreConflictException>()).Which.Message.Should().Contain("101").And.Contain("9002").And.Contain("9001");
        (await hsSideTaken.Should().ThrowAsync<StoreConflictException>()).Which.Message.Should().Contain("102").And.Contain("9001").And.Contain("101");
        (await Store.FindByAxcelerateIdAsync(MappedEntity.Contact, 102)).Should().BeNull();
    }

    [Fact]
    public async Task Unlinking_frees_both_sides()
    {
        await Store.LinkAsync(MappedEntity.Organisation, 7, "55");

        (await Store.UnlinkAsync(MappedEntity.Organisation, 7)).Should().BeTrue();
        (await Store.UnlinkAsync(MappedEntity.Organisation, 7)).Should().BeFalse();

        (await Store.FindByHubSpotIdAsync(MappedEntity.Organisation, "55")).Should().BeNull();
        (await Store.LinkAsync(MappedEntity.Organisation, 8, "55")).AxcelerateId.Should().Be(8);
    }

    [Fact]
    public async Task Re_points_a_link_after_a_HubSpot_merge()
    {
        await Store.LinkAsync(MappedEntity.Contact, 101, "old");
        await Store.LinkAsync(MappedEntity.Contact, 102, "taken");

        (await Store.ReplaceHubSpotIdAsync(MappedEntity.Contact, "old", "survivor")).Should().BeTrue();
        (await Store.ReplaceHubSpotIdAsync(MappedEntity.Contact, "missing", "x")).Should().BeFalse();
        var collide = async () => await Store.ReplaceHubSpotIdAsync(MappedEntity.Contact, "survivor", "taken");

        (await Store.FindByAxcelerateIdAsync(MappedEntity.Contact, 101))!.HubSpotId.Should().Be("survivor");
        (await Store.FindByHubSpotIdAsync(MappedEntity.Contact, "old")).Should().BeNull();
        await collide.Should().ThrowAsync<StoreConflictException>();
        (await Store.FindByAxcelerateIdAsync(MappedEntity.Contact, 101))!.HubSpotId.Should().Be("survivor");
    }

    [Fact]
    public async Task Remembers_the_hash_and_time_of_the_last_values_synced_each_way()
    {
        await Store.LinkAsync(MappedEntity.Contact, 101, "9001");
        Time.Advance(TimeSpan.FromMinutes(1));
        var toHubSpotAt = Time.GetUtcNow();
        await Store.RecordSyncAsync(MappedEntity.Contact, 101, SyncDirection.ToHubSpot, "hash-out");
        Time.Advance(TimeSpan.FromMinutes(1));

        var updated = await Store.RecordSyncAsync(MappedEntity.Contact, 101, SyncDirection.ToAxcelerate, "hash-in");

        updated!.LastSyncedToHubSpot.Should().Be(new SyncStamp("hash-out", toHubSpotAt));
        updated.LastSyncedToAxcelerate.Should().Be(new SyncStamp("hash-in", Time.GetUtcNow()));
        (await Store.FindByHubSpotIdAsync(MappedEntity.Contact, "9001")).Should().Be(updated);
        (await Store.RecordSyncAsync(MappedEntity.Contact, 999, SyncDirection.ToHubSpot, "h")).Should().BeNull();
    }

    [Fact]
    public async Task Finds_many_links_in_one_call_and_leaves_unlinked_ids_out()
    {
        for (var i = 1; i <= 30; i++)
        {
            await Store.LinkAsync(MappedEntity.Opportunity, i, $"deal-{i}");
        }

        var byHubSpot = await Store.FindByHubSpotIdsAsync(MappedEntity.Opportunity, ["deal-3", "deal-30", "nope"]);
        var byAxcelerate = await Store.FindByAxcelerateIdsAsync(MappedEntity.Opportunity, [1, 2, 31]);

        byHubSpot.Keys.Should().BeEquivalentTo("deal-3", "deal-30");
        byHubSpot["deal-30"].AxcelerateId.Should().Be(30);
        byAxcelerate.Keys.Should().BeEquivalentTo([1L, 2L]);
    }

    [Fact]
    public async Task Lists_links_page_by_page_in_aXcelerate_id_order_without_gaps_or_repeats()
    {
        foreach (var id in new[] { 5, 3, 9, 1, 7, 2, 8 })
        {
            await Store.LinkAsync(MappedEntity.Contact, id, $"hs-{id}");
        }

        await Store.LinkAsync(MappedEntity.Organisation, 4, "org");
        var seen = new List<long>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Store.ListRecordLinksAsync(MappedEntity.Contact, pageSize: 3, token);
            seen.AddRange(page.Items.Select(l => l.AxcelerateId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        seen.Should().Equal(1L, 2L, 3L, 5L, 7L, 8L, 9L);
        pages.Should().Be(3);
    }

    [Fact]
    public async Task Rejects_bad_paging_arguments_with_a_clear_error()
    {
        var tooBig = async () => await Store.ListRecordLinksAsync(MappedEntity.Contact, pageSize: 5000);
        var foreignToken = async () => await Store.QueryIncomingAsync(new IncomingLogQuery { ContinuationToken = "not-a-token" });

        (await tooBig.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should().Contain("between 1 and 1000");
        (await foreignToken.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("not a continuation token");
    }

    // ---- user links ----

    [Fact]
    public async Task Sets_reads_and_removes_user_links()
    {
        await Store.SetUserLinkAsync("owner-2", 20, "b@x.test", UserLinkMethod.Automatic);
        var manual = await Store.SetUserLinkAsync("owner-1", 10, "a@x.test", UserLinkMethod.Manual);

        (await Store.GetUserLinkAsync("owner-1")).Should().Be(manual);
        manual.LinkedAt.Should().Be(Time.GetUtcNow());
        (await Store.ListUserLinksAsync()).Select(l => l.HubSpotOwnerId).Should().Equal("owner-1", "owner-2");
        (await Store.RemoveUserLinkAsync("owner-2")).Should().BeTrue();
        (await Store.GetUserLinkAsync("owner-2")).Should().BeNull();
    }

    [Fact]
    public async Task Adding_a_user_link_if_absent_never_overwrites_one_set_by_hand()
    {
        await Store.SetUserLinkAsync("owner-1", null, null, UserLinkMethod.Manual);

        (await Store.AddUserLinkIfAbsentAsync("owner-1", 10, "a@x.test", UserLinkMethod.Automatic)).Should().BeFalse();
        (await Store.AddUserLinkIfAbsentAsync("owner-2", 20, "b@x.test", UserLinkMethod.Automatic)).Should().BeTrue();

        (await Store.GetUserLinkAsync("owner-1")).Should().BeEquivalentTo(new { AxcelerateContactId = (long?)null, Method = UserLinkMethod.Manual });
        (await Store.GetUserLinkAsync("owner-2"))!.AxcelerateContactId.Should().Be(20);
    }

    // ---- field mappings ----

    private static FieldMapping Contact(string ax, string hs, FieldType type = FieldType.Text) => new(MappedEntity.Contact, ax, hs, type);

    [Fact]
    public async Task Seeds_default_mappings_once_and_never_again_after_an_admin_deleted_them()
    {
        IReadOnlyList<FieldMapping> defaults = [Contact("givenName", "firstname"), Contact("emailAddress", "email", FieldType.Email)];

        (await Store.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, defaults)).Should().BeTrue();
        (await Store.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, defaults)).Should().BeFalse();
        await Store.DeleteFieldMappingAsync(MappedEntity.Contact, "givenName", "firstname");
        await Store.DeleteFieldMappingAsync(MappedEntity.Contact, "emailAddress", "email");

        (await Store.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, defaults)).Should().BeFalse();
        (await Store.ListFieldMappingsAsync(MappedEntity.Contact)).Should().BeEmpty();
        (await Store.SeedDefaultFieldMappingsAsync(MappedEntity.Organisation, [new(MappedEntity.Organisation, "name", "name", FieldType.Text)])).Should().BeTrue();
    }

    [Fact]
    public async Task Keeps_every_property_of_a_mapping_and_their_order()
    {
        var custom = Contact("customField_course", "course_interest", FieldType.MultiSelect) with { Rule = SyncRule.HubSpotOnly, IsCustomField = true, IsActive = false };
        await Store.UpsertFieldMappingAsync(Contact("surname", "lastname"));
        await Store.UpsertFieldMappingAsync(custom);
        await Store.UpsertFieldMappingAsync(Contact("givenName", "firstname"));

        var stored = await Store.ListFieldMappingsAsync(MappedEntity.Contact);

        stored.Select(m => m.AxcelerateField).Should().Equal("surname", "customField_course", "givenName");
        stored[1].Should().Be(custom);
    }

    [Fact]
    public async Task Treats_mapping_keys_case_insensitively_when_upserting_deactivating_and_deleting()
    {
        await Store.UpsertFieldMappingAsync(Contact("mobilePhone", "mobilephone", FieldType.Text));
        await Store.UpsertFieldMappingAsync(Contact("MOBILEPHONE", "MobilePhone", FieldType.Phone));

        var stored = await Store.ListFieldMappingsAsync(MappedEntity.Contact);
        (await Store.SetFieldMappingActiveAsync(MappedEntity.Contact, "mobilephone", "MOBILEPHONE", false)).Should().BeTrue();
        var deactivated = await Store.ListFieldMappingsAsync(MappedEntity.Contact);
        (await Store.DeleteFieldMappingAsync(MappedEntity.Contact, "MobilePhone", "mobilePHONE")).Should().BeTrue();

        stored.Should().ContainSingle().Which.Type.Should().Be(FieldType.Phone);
        deactivated.Should().ContainSingle().Which.IsActive.Should().BeFalse();
        (await Store.ListFieldMappingsAsync(MappedEntity.Contact)).Should().BeEmpty();
        (await Store.SetFieldMappingActiveAsync(MappedEntity.Contact, "nope", "nope", true)).Should().BeFalse();
    }

    [Fact]
    public async Task Replacing_all_mappings_of_an_entity_leaves_the_other_entities_alone()
    {
        await Store.UpsertFieldMappingAsync(Contact("surname", "lastname"));
        await Store.UpsertFieldMappingAsync(new FieldMapping(MappedEntity.Opportunity, "name", "dealname", FieldType.Text));

        await Store.ReplaceFieldMappingsAsync(MappedEntity.Contact, [Contact("emailAddress", "email", FieldType.Email), Contact("givenName", "firstname")]);

        (await Store.ListFieldMappingsAsync(MappedEntity.Contact)).Select(m => m.HubSpotProperty).Should().Equal("email", "firstname");
        (await Store.ListFieldMappingsAsync(MappedEntity.Opportunity)).Should().ContainSingle();
    }

    [Fact]
    public async Task Refuses_a_mapping_set_that_mixes_entities()
    {
        var mixed = async () => await Store.ReplaceFieldMappingsAsync(MappedEntity.Contact, [new FieldMapping(MappedEntity.Organisation, "name", "name", FieldType.Text)]);

        (await mixed.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("belongs to Organisation, not Contact");
    }

    // ---- deal stages, settings, checkpoints, tokens ----

    [Fact]
    public async Task Saves_and_replaces_the_deal_stage_map()
    {
        await Store.SaveDealStageMapAsync("default", "Sales", [new("old", "Old", 1, "Pending")]);
        Time.Advance(TimeSpan.FromHours(1));

        var saved = await Store.SaveDealStageMapAsync("default", "Sales", [new("closedwon", "Closed won", 5, "Won"), new("closedlost", "Closed lost", 2, "Lost")]);

        var read = await Store.GetDealStageMapAsync();
        read!.Entries.Should().Equal(saved.Entries);
        read.Should().BeEquivalentTo(new { PipelineId = "default", PipelineLabel = "Sales", UpdatedAt = Time.GetUtcNow() });
    }

    [Fact]
    public async Task Refuses_a_deal_stage_map_with_a_stage_twice()
    {
        var twice = async () => await Store.SaveDealStageMapAsync("p", "P", [new("s", "S", 1, "Won"), new("s", "S", 2, "Lost")]);

        (await twice.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("'s' is mapped more than once");
        (await Store.GetDealStageMapAsync()).Should().BeNull();
    }

    [Fact]
    public async Task Stores_only_the_sync_switches_that_were_set()
    {
        (await Store.GetSyncSettingsAsync()).Should().BeEmpty();

        await Store.SetSyncSettingsAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.DealCreationWebhook] = true, [SyncFlow.PushContactOnCreate] = false });
        await Store.SetSyncSettingsAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true });

        (await Store.GetSyncSettingsAsync()).Should().BeEquivalentTo(new Dictionary<SyncFlow, bool>
        {
            [SyncFlow.DealCreationWebhook] = true,
            [SyncFlow.PushContactOnCreate] = true,
        });
    }

    [Fact]
    public async Task Keeps_one_field_sync_cursor_per_sync_key_replacing_and_forgetting_it()
    {
        (await Store.GetFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().BeNull();
        await Store.SaveFieldSyncCursorAsync("Contact|Push|JOBTITLE", "50");
        await Store.SaveFieldSyncCursorAsync("Contact|Pull|JOBTITLE", "7");
        await Store.SaveFieldSyncCursorAsync("Contact|Push|JOBTITLE", "100");

        (await Store.GetFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().Be("100", "the last save wins");
        (await Store.GetFieldSyncCursorAsync("Contact|Pull|JOBTITLE")).Should().Be("7", "each key has its own cursor");
        (await Store.DeleteFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().BeTrue();
        (await Store.DeleteFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().BeFalse();
        (await Store.GetFieldSyncCursorAsync("Contact|Push|JOBTITLE")).Should().BeNull();
        var blank = async () => await Store.SaveFieldSyncCursorAsync(" ", "1");
        await blank.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Saves_an_import_checkpoint_with_optimistic_concurrency()
    {
        var started = Time.GetUtcNow();
        var first = await Store.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Contact, "after-50", new ImportCounts(Created: 40, 10, 0, 0, 0, 0)));
        Time.Advance(TimeSpan.FromMinutes(2));
        var second = await Store.SaveCheckpointAsync(first with { Cursor = "after-100", Counts = first.Counts + new ImportCounts(0, 0, 0, 49, 0, 1), IsComplete = true });
        var stale = async () => await Store.SaveCheckpointAsync(first with { Cursor = "after-75" });
        var duplicateNew = async () => await Store.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Contact, null, default));

        first.Version.Should().Be(1);
        second.Should().BeEquivalentTo(new { Version = 2L, Cursor = "after-100", IsComplete = true, StartedAt = started, UpdatedAt = Time.GetUtcNow() });
        second.Counts.Total.Should().Be(100);
        (await stale.Should().ThrowAsync<StoreConflictException>()).Which.Message.Should().Contain("stored version 2, expected 1");
        await duplicateNew.Should().ThrowAsync<StoreConflictException>();
        (await Store.GetCheckpointAsync(MappedEntity.Contact)).Should().Be(second);
        (await Store.DeleteCheckpointAsync(MappedEntity.Contact)).Should().BeTrue();
        (await Store.GetCheckpointAsync(MappedEntity.Contact)).Should().BeNull();
    }

    [Fact]
    public async Task Keeps_replaces_and_clears_the_OAuth_grant()
    {
        IHubSpotTokenStore tokens = Store;
        (await tokens.GetAsync()).Should().BeNull();

        await tokens.SaveAsync(new HubSpotTokenSet("access-1", "refresh-1", Time.GetUtcNow().AddMinutes(30)));
        await tokens.SaveAsync(new HubSpotTokenSet("access-2", "refresh-2", Time.GetUtcNow().AddMinutes(60)) { HubId = 42, Scopes = ["crm.objects.contacts.read", "oauth"] });
        var saved = await tokens.GetAsync();
        await tokens.ClearAsync();

        saved.Should().BeEquivalentTo(new { AccessToken = "access-2", RefreshToken = "refresh-2", ExpiresAt = Time.GetUtcNow().AddMinutes(60), HubId = 42L });
        saved!.Scopes.Should().Equal("crm.objects.contacts.read", "oauth");
        (await tokens.GetAsync()).Should().BeNull();
    }

    // ---- incoming log ----

    private static NewIncomingEvent Event(long eventId, string objectId = "9001", string type = "contact.propertyChange") =>
        new(eventId, type, objectId, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), $$"""{"eventId":{{eventId}},"objectId":{{objectId}}}""") { PortalId = 62515 };

    [Fact]
    public async Task Logs_webhook_events_as_pending_and_drops_redeliveries()
    {
        var first = await Store.AppendIncomingAsync([Event(1), Event(2), Event(1)]);
        var redelivered = await Store.AppendIncomingAsync([Event(2), Event(2, objectId: "9002"), Event(2, type: "contact.creation")]);

        first.Select(r => r.IsDuplicate).Should().Equal(false, false, true);
        first[2].Entry.Id.Should().Be(first[0].Entry.Id);
        first[0].Entry.Should().BeEquivalentTo(new { Status = IncomingStatus.Pending, Attempts = 0, ReceivedAt = Time.GetUtcNow(), PortalId = 62515L, Payload = """{"eventId":1,"objectId":9001}""" });
        redelivered.Select(r => r.IsDuplicate).Should().Equal(true, false, false);
        (await Store.QueryIncomingAsync(new IncomingLogQuery())).Items.Should().HaveCount(4);
    }

    [Fact]
    public async Task Lets_only_one_processor_claim_a_pending_event()
    {
        var id = (await Store.AppendIncomingAsync([Event(1)]))[0].Entry.Id;

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await Store.TryClaimIncomingAsync(id))));

        claims.Where(c => c is not null).Should().ContainSingle().Which.Should().BeEquivalentTo(new { Status = IncomingStatus.Processing, Attempts = 1 });
    }

    [Fact]
    public async Task Marks_failures_resets_them_for_a_rerun_and_counts_attempts()
    {
        var id = (await Store.AppendIncomingAsync([Event(1)]))[0].Entry.Id;
        await Store.TryClaimIncomingAsync(id);
        Time.Advance(TimeSpan.FromSeconds(3));
        await Store.MarkIncomingAsync(id, IncomingStatus.Failed, "aXcelerate said 412: surname is undefined");
        var failed = await Store.GetIncomingAsync(id);

        (await Store.ResetIncomingAsync(id)).Should().BeTrue();
        var reset = await Store.GetIncomingAsync(id);
        var reclaimed = await Store.TryClaimIncomingAsync(id);

        failed.Should().BeEquivalentTo(new { Status = IncomingStatus.Failed, Error = "aXcelerate said 412: surname is undefined", UpdatedAt = Time.GetUtcNow() });
        reset.Should().BeEquivalentTo(new { Status = IncomingStatus.Pending, Error = (string?)null, Attempts = 1 });
        reclaimed!.Attempts.Should().Be(2);
        (await Store.MarkIncomingAsync(999, IncomingStatus.Failed)).Should().BeFalse();
        (await Store.ResetIncomingAsync(999)).Should().BeFalse();
    }

    [Fact]
    public async Task Never_stores_a_secret_in_an_incoming_error()
    {
        var id = (await Store.AppendIncomingAsync([Event(1)]))[0].Entry.Id;

        await Store.MarkIncomingAsync(id, IncomingStatus.Failed, "GET /contact?apitoken=ax-secret-123&wstoken=ws-secret-456 failed; Authorization: Bearer pat-na1-11111111-2222-3333");

        var error = (await Store.GetIncomingAsync(id))!.Error;
        error.Should().NotContain("ax-secret-123").And.NotContain("ws-secret-456").And.NotContain("pat-na1-11111111");
        error.Should().Contain("GET /contact").And.Contain("failed");
    }

    [Fact]
    public async Task Queries_the_incoming_log_with_filters_and_keyset_pages_both_ways()
    {
        for (var i = 1; i <= 7; i++)
        {
            await Store.AppendIncomingAsync([Event(i, objectId: i % 2 == 0 ? "even" : "odd", type: i <= 4 ? "contact.creation" : "deal.propertyChange")]);
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var all = (await Store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 100 })).Items;
        await Store.MarkIncomingAsync(all.Single(e => e.EventId == 3).Id, IncomingStatus.Failed, "boom");

        var newestFirst = await ReadAllIncoming(new IncomingLogQuery { PageSize = 2 });
        var oldestFirst = await ReadAllIncoming(new IncomingLogQuery { PageSize = 3, OldestFirst = true });
        var failed = await Store.QueryIncomingAsync(new IncomingLogQuery { Status = IncomingStatus.Failed });
        var evenDeals = await Store.QueryIncomingAsync(new IncomingLogQuery { ObjectId = "even", SubscriptionType = "deal.propertyChange" });
        var window = await Store.QueryIncomingAsync(new IncomingLogQuery
        {
            ReceivedFrom = all.Single(e => e.EventId == 2).ReceivedAt,
            ReceivedBefore = all.Single(e => e.EventId == 5).ReceivedAt,
        });

        newestFirst.Select(e => e.EventId).Should().Equal(7, 6, 5, 4, 3, 2, 1);
        oldestFirst.Select(e => e.EventId).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        failed.Items.Should().ContainSingle().Which.EventId.Should().Be(3);
        evenDeals.Items.Select(e => e.EventId).Should().Equal(6);
        window.Items.Select(e => e.EventId).Should().Equal(4, 3, 2);
    }

    private async Task<List<IncomingLogEntry>> ReadAllIncoming(IncomingLogQuery query)
    {
        var rows = new List<IncomingLogEntry>();
        var page = await Store.QueryIncomingAsync(query);
        rows.AddRange(page.Items);
        while (page.HasMore)
        {
            page = await Store.QueryIncomingAsync(query with { ContinuationToken = page.ContinuationToken });
            rows.AddRange(page.Items);
        }

        return rows;
    }

    [Fact]
    public async Task Deletes_incoming_entries_one_by_one_or_by_age_and_then_accepts_the_event_again()
    {
        var old = (await Store.AppendIncomingAsync([Event(1)]))[0].Entry;
        Time.Advance(TimeSpan.FromDays(31));
        var recent = (await Store.AppendIncomingAsync([Event(2)]))[0].Entry;

        (await Store.DeleteIncomingOlderThanAsync(Time.GetUtcNow().AddDays(-30))).Should().Be(1);
        (await Store.GetIncomingAsync(old.Id)).Should().BeNull();
        (await Store.DeleteIncomingAsync(recent.Id)).Should().BeTrue();
        (await Store.DeleteIncomingAsync(recent.Id)).Should().BeFalse();
        (await Store.AppendIncomingAsync([Event(2)]))[0].IsDuplicate.Should().BeFalse();
    }

    // ---- outgoing log ----

    [Fact]
    public async Task Logs_outgoing_requests_without_secrets()
    {
        var logged = await Store.AppendOutgoingAsync(new NewOutgoingEntry(
            "contacts.batch.upsert",
            "POST /crm/objects/2026-03/contacts/batch/upsert Authorization: Bearer pat-na1-abcdef12-3456 {\"email\":\"a@x.test\"}",
            OutgoingStatus.Failed)
        {
            Entity = MappedEntity.Contact,
            RecordId = "101",
            HttpStatus = 400,
            Response = "{\"message\":\"refresh_token=rt-secret-789 is invalid\"}",
            Error = "client_secret: cs-secret-000 rejected",
        });

        var read = await Store.GetOutgoingAsync(logged.Id);
        read.Should().Be(logged);
        read!.Timestamp.Should().Be(Time.GetUtcNow());
        var text = $"{read.RequestSummary} {read.Response} {read.Error}";
        text.Should().NotContain("pat-na1-abcdef12").And.NotContain("rt-secret-789").And.NotContain("cs-secret-000");
        read.RequestSummary.Should().Contain("/contacts/batch/upsert").And.Contain("a@x.test");
    }

    [Fact]
    public async Task Keeps_the_service_method_path_duration_attempt_correlation_id_and_request_body_of_a_request()
    {
        var logged = await Store.AppendOutgoingAsync(new NewOutgoingEntry("import", "POST /api/contact/", OutgoingStatus.Succeeded)
        {
            Service = RemoteService.Axcelerate,
            Method = "POST",
            Path = "/api/contact/?apitoken=ax-secret-123",
            Duration = TimeSpan.FromMilliseconds(1234.5),
            Attempt = 2,
            CorrelationId = "corr-42",
            RequestBody = "givenName=Ada&wstoken=ws-secret-456",
            HttpStatus = 200,
        });

        var read = await Store.GetOutgoingAsync(logged.Id);

        read.Should().Be(logged);
        read!.Should().BeEquivalentTo(new { Service = (RemoteService?)RemoteService.Axcelerate, Method = "POST", Duration = (TimeSpan?)TimeSpan.FromMilliseconds(1234.5), Attempt = (int?)2, CorrelationId = "corr-42" });
        read.Path.Should().StartWith("/api/contact/").And.NotContain("ax-secret-123");
        read.RequestBody.Should().Contain("givenName=Ada").And.NotContain("ws-secret-456");
        await Store.AppendOutgoingAsync(new NewOutgoingEntry("import", "GET /crm/objects/2026-03/contacts", OutgoingStatus.Succeeded) { Service = RemoteService.HubSpot });
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Service = RemoteService.Axcelerate })).Items.Should().ContainSingle().Which.Id.Should().Be(logged.Id);
    }

    [Fact]
    public async Task Queries_the_outgoing_log_newest_first_with_filters_and_pages()
    {
        for (var i = 1; i <= 6; i++)
        {
            await Store.AppendOutgoingAsync(new NewOutgoingEntry(i % 2 == 0 ? "deal.create" : "contact.update", $"request {i}", i == 4 ? OutgoingStatus.Failed : OutgoingStatus.Succeeded)
            {
                Entity = i % 2 == 0 ? MappedEntity.Opportunity : MappedEntity.Contact,
                RecordId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await Store.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 4 });
        var second = await Store.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 4, ContinuationToken = first.ContinuationToken });
        var deals = await Store.QueryOutgoingAsync(new OutgoingLogQuery { Entity = MappedEntity.Opportunity, Status = OutgoingStatus.Succeeded });
        var one = await Store.QueryOutgoingAsync(new OutgoingLogQuery { RecordId = "3", Operation = "contact.update" });

        first.Items.Select(e => e.RequestSummary).Should().Equal("request 6", "request 5", "request 4", "request 3");
        second.Items.Select(e => e.RequestSummary).Should().Equal("request 2", "request 1");
        second.HasMore.Should().BeFalse();
        deals.Items.Select(e => e.RecordId).Should().Equal("6", "2");
        one.Items.Should().ContainSingle();
        (await Store.DeleteOutgoingAsync(first.Items[0].Id)).Should().BeTrue();
        (await Store.DeleteOutgoingOlderThanAsync(Time.GetUtcNow().AddMinutes(-3))).Should().Be(3);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery())).Items.Select(e => e.RequestSummary).Should().Equal("request 5", "request 4");
    }

    // ---- concurrency ----

    [Fact]
    public async Task Loses_nothing_when_many_tasks_write_links_and_logs_at_once()
    {
        const int Writers = 40;
        const int PerWriter = 10;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                var id = (w * PerWriter) + i + 1;
                await Store.LinkAsync(MappedEntity.Contact, id, $"hs-{id}");
                await Store.RecordSyncAsync(MappedEntity.Contact, id, SyncDirection.ToHubSpot, $"hash-{id}");
                await Store.AppendIncomingAsync([Event(id, objectId: $"hs-{id}")]);
                await Store.AppendOutgoingAsync(new NewOutgoingEntry("contact.update", $"request {id}", OutgoingStatus.Succeeded));
            }
        })));

        var links = await Store.ListRecordLinksAsync(MappedEntity.Contact, pageSize: 1000);
        links.Items.Should().HaveCount(Writers * PerWriter);
        links.Items.Should().OnlyContain(l => l.LastSyncedToHubSpot!.ValuesHash == $"hash-{l.AxcelerateId}" && l.HubSpotId == $"hs-{l.AxcelerateId}");
        (await Store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000 })).Items.Select(e => e.EventId).Should().OnlyHaveUniqueItems().And.HaveCount(Writers * PerWriter);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000 })).Items.Should().HaveCount(Writers * PerWriter);
    }

    [Fact]
    public async Task Links_a_contested_record_exactly_once_when_tasks_race()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.LinkAsync(MappedEntity.Contact, i, "contested");
                return true;
            }
            catch (StoreConflictException)
            {
                return false;
            }
        })));

        outcomes.Count(won => won).Should().Be(1);
        var winner = Array.IndexOf(outcomes, true) + 1;
        (await Store.FindByHubSpotIdAsync(MappedEntity.Contact, "contested"))!.AxcelerateId.Should().Be(winner);
    }
}
