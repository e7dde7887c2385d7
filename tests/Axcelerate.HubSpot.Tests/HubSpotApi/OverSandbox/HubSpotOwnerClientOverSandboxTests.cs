using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing.DemoData;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The owner client against the emulator, which keeps deactivated users as archived owners as HubSpot does.</summary>
public sealed class HubSpotOwnerClientOverSandboxTests
{
    [Fact]
    public async Task A_deactivated_owner_is_found_only_when_asking_for_archived_owners()
    {
        await using var hs = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { HubSpotOwners = 3, HubSpotContacts = 0, HubSpotCompanies = 0, HubSpotDeals = 0 });
        var deactivated = hs.Sandbox.HubSpot.Owners.Should().ContainSingle(o => o.Archived, "the demo data has one user who left").Subject;

        List<HubSpotOwner> active = [];
        await foreach (var owner in hs.HubSpot.Owners.ListAsync())
        {
            active.Add(owner);
        }

        List<HubSpotOwner> archived = [];
        await foreach (var owner in hs.HubSpot.Owners.ListAsync(archived: true))
        {
            archived.Add(owner);
        }

        var byDefault = await hs.HubSpot.Owners.GetAsync(deactivated.Id);
        var asArchived = await hs.HubSpot.Owners.GetAsync(deactivated.Id, archived: true);
        var activeAsArchived = await hs.HubSpot.Owners.GetAsync(active[0].Id, archived: true);

        active.Should().HaveCount(3).And.OnlyContain(o => !o.Archived && o.UserId != null);
        archived.Should().ContainSingle().Which.Id.Should().Be(deactivated.Id);
        byDefault.Should().BeNull("HubSpot answers 404 for a deactivated owner unless archived=true is asked");
        asArchived!.Archived.Should().BeTrue();
        asArchived.UserId.Should().BeNull();
        asArchived.UserIdIncludingInactive.Should().Be(deactivated.UserId);
        asArchived.Email.Should().Be(deactivated.Email);
        activeAsArchived.Should().BeNull();
    }

    [Fact]
    public async Task Owners_stream_resumes_from_a_continuation_token()
    {
        await using var hs = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { HubSpotOwners = 5, HubSpotContacts = 0, HubSpotCompanies = 0, HubSpotDeals = 0 });
        var expected = hs.Sandbox.HubSpot.Owners.Where(o => !o.Archived).Select(o => o.Id).ToList();

        string? token = null;
        await foreach (var page in hs.HubSpot.Owners.ListAsync().AsPages(pageSizeHint: 2))
        {
            page.Values.Select(o => o.Id).Should().Equal(expected.Take(2));
            token = page.ContinuationToken;
            break;
        }

        List<string> rest = [];
        await foreach (var page in hs.HubSpot.Owners.ListAsync().AsPages(token, pageSizeHint: 2))
        {
            rest.AddRange(page.Values.Select(o => o.Id));
        }

        rest.Should().Equal(expected.Skip(2));
    }
}
