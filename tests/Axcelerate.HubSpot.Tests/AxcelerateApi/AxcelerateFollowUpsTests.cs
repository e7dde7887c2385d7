using System.Net;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

public sealed class AxcelerateFollowUpsTests
{
    [Fact]
    public async Task Lists_a_contacts_follow_ups_with_the_documented_query_names()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.FollowUps);

        var rows = await host.Axcelerate.FollowUps.ListAsync(contactId: 1900002, ownerContactId: 8801, search: "Won").ToListAsync();

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Path.Should().Be("/api/followUps/");
        request.QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["search"] = "Won", ["WhoseTask_ContactID"] = "8801", ["contactID"] = "1900002", ["offset"] = "0", ["displayLength"] = "100",
        });
        rows.Select(r => r.MTaskId).Should().Equal(170001, 170002);
        rows[0].OwnerContactId.Should().BeNull("\"\" means no owner");
        rows[0].ForecastValue.Should().BeNull();
        rows[0].OrganisationId.Should().BeNull();
        rows[0].FollowUpDate.Should().Be(new DateTimeOffset(2025, 2, 16, 0, 0, 0, TimeSpan.FromHours(11)));
        rows[1].OwnerContactId.Should().Be(8801);
        rows[1].ForecastValue.Should().Be(1500);
        rows[1].ForecastProbability.Should().Be(50);
        rows[1].OpportunityStatus.Should().Be("Won");
        rows[1].FollowUpDate.Should().Be(new DateTimeOffset(2025, 8, 18, 15, 30, 0, TimeSpan.FromHours(10)));
        rows[1].LegacyTask.Should().BeTrue();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reads_a_follow_up_in_the_legacy_or_the_new_format(bool legacy)
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.FollowUpBothFormats);

        var followUp = (await host.Axcelerate.FollowUps.GetAsync(legacy ? 48600 : 1040, legacyTask: legacy))!;

        host.Http.Single.Path.Should().Be(legacy ? "/api/followUp/48600" : "/api/followUp/1040");
        host.Http.Single.QueryMap["legacyTask"].Should().Be(legacy ? "true" : "false");
        if (legacy)
        {
            followUp.MTaskId.Should().Be(48600);
            followUp.FollowUpContactId.Should().Be(23400);
            followUp.ContactId.Should().Be(22600);
            followUp.LastNote!.EnteredBy.Should().Be("Alex Smith");
            followUp.LastNote.NoteDate.Should().Be(new DateTimeOffset(2013, 10, 10, 15, 19, 0, TimeSpan.FromHours(11)));
            followUp.FollowUpDate.Should().Be(new DateTimeOffset(2013, 10, 14, 0, 0, 0, TimeSpan.FromHours(11)));
        }
        else
        {
            followUp.TaskId.Should().Be(1040);
            followUp.MarketingContactId.Should().Be(1372600);
            followUp.TaskOwnerContactId.Should().Be(4700);
            followUp.CategoryIds.Should().Equal(20);
            followUp.CompletedDate.Should().BeNull();
            followUp.DueDate.Should().Be(new DateTimeOffset(2015, 6, 23, 0, 0, 0, TimeSpan.FromHours(10)));
            followUp.CreationDate.Should().Be(new DateTimeOffset(2015, 6, 16, 13, 46, 0, TimeSpan.FromHours(10)));
            followUp.ForecastDistribution.Select(f => f.Value).Should().Equal(4.99m, 5m);
            followUp.LastNote!.NoteEnteredBy.Should().Be("Scott Author");
            followUp.LastNote.EnteredById.Should().Be(445000);
            followUp.Details.Should().BeNull();
        }
    }

    [Fact]
    public async Task Returns_null_for_a_missing_follow_up()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenStatus(HttpStatusCode.NoContent);

        (await host.Axcelerate.FollowUps.GetAsync(1)).Should().BeNull();
    }
}
