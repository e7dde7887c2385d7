using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>The incoming log's processing contract: claims with leases, retry times, outcomes, search and retention.</summary>
public abstract partial class IntegrationStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private async Task<long> AppendAsync(long eventId, string objectId = "9001", string type = "contact.propertyChange", string? payload = null) =>
        (await Store.AppendIncomingAsync([new NewIncomingEvent(eventId, type, objectId, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), payload ?? $$"""{"eventId":{{eventId}}}""")]))[0].Entry.Id;

    [Fact]
    public async Task Claims_the_due_entries_oldest_first_in_batches_with_a_lease()
    {
        var ids = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await AppendAsync(i, objectId: $"hs-{i}")); // one object each: a live claim holds back its object's later entries
        }

        var first = await Store.ClaimDueIncomingAsync(3, Lease);
        var second = await Store.ClaimDueIncomingAsync(3, Lease);
        var third = await Store.ClaimDueIncomingAsync(3, Lease);

        first.Select(e => e.Id).Should().Equal(ids[0], ids[1], ids[2]);
        first.Should().AllSatisfy(e =>
        {
            e.Status.Should().Be(IncomingStatus.Processing);
            e.Attempts.Should().Be(1);
            e.LeaseExpiresAt.Should().Be(Time.GetUtcNow() + Lease);
        });
        second.Select(e => e.Id).Should().Equal(ids[3], ids[4]);
        third.Should().BeEmpty("everything is claimed under a live lease");
    }

    [Fact]
    public async Task Racing_batch_claims_never_hand_one_entry_to_two_processors()
    {
        for (var i = 1; i <= 40; i++)
        {
            await AppendAsync(i, objectId: $"hs-{i}");
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await Store.ClaimDueIncomingAsync(7, Lease))));

        var claimed = claims.SelectMany(c => c).ToList();
        claimed.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        claimed.Should().HaveCount(40).And.OnlyContain(e => e.Attempts == 1);
        claims.Should().OnlyContain(c => c.Count <= 7);
    }

    [Fact]
    public async Task Reclaims_an_entry_whose_processor_died_once_its_lease_expired()
    {
        var id = await AppendAsync(1);
        var dead = (await Store.ClaimDueIncomingAsync(10, Lease)).Single();
        Time.Advance(Lease - TimeSpan.FromSeconds(1));
        (await Store.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty("the lease still holds");
        (await Store.TryClaimIncomingAsync(id, Lease)).Should().BeNull("the lease still holds");

        Time.Advance(TimeSpan.FromSeconds(1));
        var taken = (await Store.ClaimDueIncomingAsync(10, Lease)).Single();

        taken.Attempts.Should().Be(2);
        (await Store.CompleteIncomingAsync(new IncomingCompletion(id, dead.Attempts, IncomingStatus.Succeeded) { Result = "late" }))
            .Should().BeFalse("the dead processor's claim was taken over");
        (await Store.CompleteIncomingAsync(new IncomingCompletion(id, taken.Attempts, IncomingStatus.Succeeded) { Result = "updated aXcelerate contact 12: email" }))
            .Should().BeTrue();
        (await Store.GetIncomingAsync(id)).Should().BeEquivalentTo(new
        {
            Status = IncomingStatus.Succeeded,
            Result = "updated aXcelerate contact 12: email",
            Error = (string?)null,
            LeaseExpiresAt = (DateTimeOffset?)null,
        });
    }

    [Fact]
    public async Task A_transient_failure_waits_until_its_retry_time_before_it_is_claimed_again()
    {
        var id = await AppendAsync(1);
        var claimed = (await Store.ClaimDueIncomingAsync(10, Lease)).Single();
        var retryAt = Time.GetUtcNow().AddMinutes(2);

        await Store.CompleteIncomingAsync(new IncomingCompletion(id, claimed.Attempts, IncomingStatus.Pending) { Error = "aXcelerate answered 503", RetryAt = retryAt });

        (await Store.GetIncomingAsync(id)).Should().BeEquivalentTo(new { Status = IncomingStatus.Pending, NextAttemptAt = (DateTimeOffset?)retryAt, Error = "aXcelerate answered 503" });
        (await Store.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty();
        Time.Advance(TimeSpan.FromMinutes(2));
        var again = (await Store.ClaimDueIncomingAsync(10, Lease)).Single();
        again.Attempts.Should().Be(2);
        again.NextAttemptAt.Should().BeNull();
    }

    [Fact]
    public async Task A_re_run_claims_a_waiting_entry_at_once()
    {
        var id = await AppendAsync(1);
        var claimed = (await Store.ClaimDueIncomingAsync(10, Lease)).Single();
        await Store.CompleteIncomingAsync(new IncomingCompletion(id, claimed.Attempts, IncomingStatus.Pending) { RetryAt = Time.GetUtcNow().AddHours(1) });

        var now = await Store.TryClaimIncomingAsync(id, Lease);

        now.Should().NotBeNull();
        now!.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Refuses_to_end_an_attempt_as_processing_or_deleted()
    {
        var id = await AppendAsync(1);

        var processing = async () => await Store.CompleteIncomingAsync(new IncomingCompletion(id, 1, IncomingStatus.Processing));
        var deleted = async () => await Store.CompleteIncomingAsync(new IncomingCompletion(id, 1, IncomingStatus.Deleted));
        var noLease = async () => await Store.ClaimDueIncomingAsync(10, TimeSpan.Zero);

        await processing.Should().ThrowAsync<ArgumentException>();
        await deleted.Should().ThrowAsync<ArgumentException>();
        await noLease.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Resets_only_failed_or_skipped_entries_and_clears_their_error_and_result()
    {
        var failed = await AppendAsync(1);
        var succeeded = await AppendAsync(2);
        var skipped = await AppendAsync(3);
        foreach (var entry in await Store.ClaimDueIncomingAsync(10, Lease))
        {
            var status = entry.Id == failed ? IncomingStatus.Failed : entry.Id == succeeded ? IncomingStatus.Succeeded : IncomingStatus.Skipped;
            await Store.CompleteIncomingAsync(new IncomingCompletion(entry.Id, entry.Attempts, status) { Error = "why", Result = "what" });
        }

        (await Store.ResetIncomingAsync(failed)).Should().BeTrue();
        (await Store.ResetIncomingAsync(skipped)).Should().BeTrue();
        (await Store.ResetIncomingAsync(succeeded)).Should().BeFalse("a succeeded entry is not run again by a reset");
        (await Store.GetIncomingAsync(failed)).Should().BeEquivalentTo(new { Status = IncomingStatus.Pending, Error = (string?)null, Result = (string?)null, Attempts = 1 });
        (await Store.GetIncomingAsync(succeeded))!.Status.Should().Be(IncomingStatus.Succeeded);
    }

    [Fact]
    public async Task A_deleted_entry_is_never_claimed_and_an_entry_under_a_live_lease_cannot_be_deleted()
    {
        var deleted = await AppendAsync(1);
        var busy = await AppendAsync(2);
        (await Store.DeleteIncomingAsync(deleted)).Should().BeTrue();

        var claimed = await Store.ClaimDueIncomingAsync(10, Lease);

        claimed.Select(e => e.Id).Should().Equal(busy);
        (await Store.DeleteIncomingAsync(busy)).Should().BeFalse("a processor is working on it");
        (await Store.ResetIncomingAsync(deleted)).Should().BeFalse("a delete is final");
        Time.Advance(Lease);
        (await Store.DeleteIncomingAsync(busy)).Should().BeTrue("its processor died");
        (await Store.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty();
    }

    [Fact]
    public async Task Searches_by_object_type_and_by_text_in_payload_error_and_result()
    {
        var contact = await AppendAsync(1, objectId: "501", type: "contact.propertyChange", payload: """{"propertyName":"email","propertyValue":"Ada@Example.edu.au"}""");
        var company = await AppendAsync(2, objectId: "601", type: "company.propertyChange", payload: """{"propertyName":"name"}""");
        var deal = await AppendAsync(3, objectId: "701", type: "deal.creation", payload: "{}");
        var contacts = await AppendAsync(4, objectId: "502", type: "contacts.odd", payload: "{}");
        foreach (var entry in await Store.ClaimDueIncomingAsync(10, Lease))
        {
            var completion = entry.Id == company
                ? new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Failed) { Error = "aXcelerate refused: 100%_sure" }
                : new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Succeeded) { Result = $"updated aXcelerate record for {entry.ObjectId}" };
            await Store.CompleteIncomingAsync(completion);
        }

        async Task<IEnumerable<long>> Find(IncomingLogQuery query) => (await Store.QueryIncomingAsync(query)).Items.Select(e => e.Id);

        (await Find(new IncomingLogQuery { ObjectType = "contact" })).Should().Equal(contact);
        (await Find(new IncomingLogQuery { ObjectType = "deal" })).Should().Equal(deal);
        (await Find(new IncomingLogQuery { Text = "ada@example" })).Should().Equal(contact);
        (await Find(new IncomingLogQuery { Text = "100%_" })).Should().Equal(company);
        (await Find(new IncomingLogQuery { Text = "%" })).Should().Equal(company);
        (await Find(new IncomingLogQuery { Text = "record for 70" })).Should().Equal(deal);
        (await Find(new IncomingLogQuery { Text = "UPDATED", ObjectType = "contacts" })).Should().Equal(contacts);
        var badType = async () => await Store.QueryIncomingAsync(new IncomingLogQuery { ObjectType = "contact%" });
        await badType.Should().ThrowAsync<ArgumentException>().WithMessage("*contact%*");
    }

    [Fact]
    public async Task Retention_by_count_keeps_the_newest_and_never_removes_unprocessed_entries()
    {
        var ids = new List<long>();
        for (var i = 1; i <= 6; i++)
        {
            ids.Add(await AppendAsync(i));
        }

        // 1 stays pending, 2 is being processed, the rest are finished.
        await Store.TryClaimIncomingAsync(ids[1], Lease);
        foreach (var id in ids.Skip(2))
        {
            await Store.MarkIncomingAsync(id, IncomingStatus.Succeeded);
        }

        var removed = await Store.TrimIncomingAsync(2);

        removed.Should().Be(2);
        (await Store.QueryIncomingAsync(new IncomingLogQuery())).Items.Select(e => e.Id).Should().Equal(ids[5], ids[4], ids[1], ids[0]);
        (await Store.DeleteIncomingOlderThanAsync(Time.GetUtcNow().AddDays(1))).Should().Be(2, "only the finished entries go by age too");
        var zero = async () => await Store.TrimIncomingAsync(0);
        await zero.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }
}
