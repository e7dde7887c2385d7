using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>One object's events go to one processor at a time, so several processors keep the order per object.</summary>
public abstract partial class IntegrationStoreContractTests
{
    [Fact]
    public async Task An_entry_waits_while_another_live_claim_holds_an_entry_about_the_same_object()
    {
        var earlier = await AppendAsync(1, objectId: "501");
        var other = await AppendAsync(2, objectId: "502");
        var sameIdOtherType = await AppendAsync(3, objectId: "501", type: "company.propertyChange");
        (await Store.ClaimDueIncomingAsync(1, Lease)).Single().Id.Should().Be(earlier, "processor A claims contact 501's first change");
        var later = await AppendAsync(4, objectId: "501");

        var b = await Store.ClaimDueIncomingAsync(10, Lease);

        b.Select(e => e.Id).Should().Equal([other, sameIdOtherType], "contact 501's later change waits for A's claim; company 501 is another object");
        (await Store.TryClaimIncomingAsync(later, Lease)).Should().NotBeNull("an administrator's re-run of one entry is not held back");
        await Store.MarkIncomingAsync(later, IncomingStatus.Pending);

        (await Store.CompleteIncomingAsync(new IncomingCompletion(earlier, 1, IncomingStatus.Succeeded))).Should().BeTrue();
        (await Store.ClaimDueIncomingAsync(10, Lease)).Select(e => e.Id).Should().Equal(later);
    }

    [Fact]
    public async Task An_expired_claim_no_longer_holds_back_its_object()
    {
        var first = await AppendAsync(1, objectId: "601");
        (await Store.ClaimDueIncomingAsync(1, Lease)).Single().Id.Should().Be(first);
        var second = await AppendAsync(2, objectId: "601");
        (await Store.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty();

        Time.Advance(Lease);

        (await Store.ClaimDueIncomingAsync(10, Lease)).Select(e => e.Id).Should().Equal(first, second);
    }
}
