using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Tests.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Push;

/// <summary>Contacts changed on both sides between two pushes: each two-way field goes to the side that changed it.</summary>
public sealed class ContactPushConflictTests
{
    [Fact]
    public async Task Each_two_way_field_goes_to_the_side_that_changed_it_and_a_field_changed_on_both_sides_to_the_later_change()
    {
        // The SDK runs on the sandbox's clock, so HubSpot's record times and the push stamps are comparable.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock, services: s => s.AddSingleton<TimeProvider>(clock));
        await host.EnablePushAsync();
        var (axId, hubSpotId) = await host.AddLinkedContactAsync(
            "katherine@example.edu.au",
            new Dictionary<string, string?> { ["POSITION"] = "Trainer", ["CITY"] = "Brisbane" },
            new Dictionary<string, string?> { ["jobtitle"] = "Trainer", ["city"] = "Brisbane" });
        (await host.Push().PushAsync(axId)).Outcome.Should().Be(ContactPushOutcome.Unchanged, "the first push only stamps what both sides hold");

        // aXcelerate changes the job title; a few minutes later someone changes the city in HubSpot.
        clock.Advance(TimeSpan.FromMinutes(2));
        host.Sandbox.Axcelerate.UpdateContact(axId, new Dictionary<string, string?> { ["POSITION"] = "Senior Trainer" });
        clock.Advance(TimeSpan.FromMinutes(5));
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotId, new Dictionary<string, string?> { ["city"] = "Cairns" });

        var both = await host.Push().PushAsync(axId);

        both.Outcome.Should().Be(ContactPushOutcome.Updated, both.Reason);
        both.Changes.Should().Equal(new Dictionary<string, string> { ["jobtitle"] = "Senior Trainer" }, "HubSpot's later change of another field does not cancel aXcelerate's");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Senior Trainer");
        host.HubSpotContactValue(hubSpotId, "city").Should().Be("Cairns", "the city changed only in HubSpot, so HubSpot keeps it");

        // The same field on both sides: the later change wins.
        clock.Advance(TimeSpan.FromMinutes(2));
        host.Sandbox.Axcelerate.UpdateContact(axId, new Dictionary<string, string?> { ["POSITION"] = "Lead Trainer" });
        clock.Advance(TimeSpan.FromMinutes(5));
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotId, new Dictionary<string, string?> { ["jobtitle"] = "Head Trainer" });

        var hubSpotLater = await host.Push().PushAsync(axId);

        hubSpotLater.Changes.Should().NotContainKey("jobtitle");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Head Trainer", "HubSpot's change is the later one");

        clock.Advance(TimeSpan.FromMinutes(5));
        host.Sandbox.Axcelerate.UpdateContact(axId, new Dictionary<string, string?> { ["POSITION"] = "Principal Trainer" });

        var axcelerateLater = await host.Push().PushAsync(axId);

        axcelerateLater.Changes.Should().ContainKey("jobtitle");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Principal Trainer", "now aXcelerate's change is the later one");
    }
}
