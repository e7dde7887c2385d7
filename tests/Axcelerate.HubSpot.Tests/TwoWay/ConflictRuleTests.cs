using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Tests.Webhooks;

namespace Axcelerate.HubSpot.Tests.TwoWay;

/// <summary>
/// A field changed on both sides between two syncs ends per its sync rule, whichever sync runs first: aXcelerate changes
/// the job title, a HubSpot user changes it five minutes later, then the webhook pass and the push run in either order.
/// </summary>
public sealed class ConflictRuleTests
{
    private const string AxcelerateTitle = "Set in aXcelerate";
    private const string HubSpotTitle = "Set in HubSpot";

    [Theory]
    [InlineData(SyncRule.TwoWay, HubSpotTitle, true)] // the later change
    [InlineData(SyncRule.TwoWay, HubSpotTitle, false)]
    [InlineData(SyncRule.PreferAxcelerateUnlessBlank, AxcelerateTitle, true)]
    [InlineData(SyncRule.PreferAxcelerateUnlessBlank, AxcelerateTitle, false)]
    [InlineData(SyncRule.PreferHubSpotUnlessBlank, HubSpotTitle, true)]
    [InlineData(SyncRule.PreferHubSpotUnlessBlank, HubSpotTitle, false)]
    [InlineData(SyncRule.AxcelerateOnly, AxcelerateTitle, true)]
    [InlineData(SyncRule.AxcelerateOnly, AxcelerateTitle, false)]
    [InlineData(SyncRule.HubSpotOnly, HubSpotTitle, true)]
    [InlineData(SyncRule.HubSpotOnly, HubSpotTitle, false)]
    public async Task A_field_changed_on_both_sides_ends_per_its_sync_rule_in_either_order(SyncRule rule, string expected, bool webhookFirst)
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var mappings = bed.Host.Get<IFieldMappingService>();
        var jobTitle = (await mappings.ListAsync(MappedEntity.Contact)).Single(m => m.HubSpotProperty == "jobtitle");
        await mappings.UpdateAsync(jobTitle with { Rule = rule });
        var hubSpotId = bed.AddHubSpotContact("Test", "Person", "conflict@example.edu.au", new Dictionary<string, string?> { ["jobtitle"] = "Engineer" });
        await bed.DeliverAndProcessAsync();
        var axId = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, hubSpotId))!.AxcelerateId;
        var push = bed.Host.Get<IContactPushService>();
        await push.PushAsync(axId);
        await bed.DeliverAndProcessAsync();
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["POSITION"] = AxcelerateTitle });
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Edit(hubSpotId, "jobtitle", HubSpotTitle);
        bed.Clock.Advance(TimeSpan.FromMinutes(1));

        if (webhookFirst)
        {
            await bed.DeliverAndProcessAsync();
            await push.PushAsync(axId);
        }
        else
        {
            await push.PushAsync(axId);
            await bed.DeliverAndProcessAsync();
        }

        await bed.DeliverAndProcessAsync(); // the echoes
        bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!["POSITION"].Should().Be(expected, $"aXcelerate ends per {rule}");
        bed.Host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpotId)!["jobtitle"].Should().Be(expected, $"HubSpot ends per {rule}");
    }
}
