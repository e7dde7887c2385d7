using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Properties;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The client's batch calls against the sandbox's production defaults: shuffled results, no trace-id echo, duplicate refusals.</summary>
public sealed class HubSpotClientBatchOverStrictSandboxTests
{
    [Fact]
    public async Task Batch_create_ties_every_shuffled_result_to_its_own_input()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var inputs = Enumerable.Range(0, 150).Select(i => new HubSpotObjectInput { Properties = { ["email"] = $"Person{i}@Example.com", ["firstname"] = $"P{i}" } }).ToList();

        var result = await host.HubSpot.Contacts.BatchCreateAsync(inputs);

        result.HasErrors.Should().BeFalse();
        result.ResultsByInput.Should().HaveCount(150);
        for (var i = 0; i < inputs.Count; i++)
        {
            var stored = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, result.ResultsByInput[i].Id)!;
            stored["firstname"].Should().Be($"P{i}", "result {0} must be the record created from input {0}", i);
            stored["email"].Should().Be($"person{i}@example.com", "HubSpot stores emails lower-cased");
        }

        result.Results.Select(r => r.Id).Should().Equal(Enumerable.Range(0, 150).Select(i => result.ResultsByInput[i].Id), "Results follow input order once tied");
    }

    [Fact]
    public async Task Batch_upsert_with_one_repeated_email_sends_the_rest_and_reports_the_repeat_on_its_own_input()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var existing = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "known@example.com", ["firstname"] = "Old" });
        var inputs = Enumerable.Range(0, 99).Select(i => new HubSpotObjectUpsert { Id = $"u{i}@example.com", IdProperty = "email", Properties = { ["firstname"] = $"U{i}" } }).ToList();
        inputs[10] = new HubSpotObjectUpsert { Id = "known@example.com", IdProperty = "email", Properties = { ["firstname"] = "New" } };
        inputs.Add(new HubSpotObjectUpsert { Id = "U3@Example.com", IdProperty = "email", Properties = { ["firstname"] = "Repeat" } });

        var result = await host.HubSpot.Contacts.BatchUpsertAsync(inputs);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.InputIndex.Should().Be(99);
        error.Category.Should().Be("VALIDATION_ERROR");
        error.Message.Should().Contain("Duplicate IDs").And.Contain("U3@Example.com");
        result.ResultsByInput.Should().HaveCount(99);
        result.ResultsByInput[10].Id.Should().Be(existing.Id);
        result.ResultsByInput[10].New.Should().BeFalse();
        result.ResultsByInput[3].New.Should().BeTrue();
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, result.ResultsByInput[3].Id)!["firstname"].Should().Be("U3", "the repeat was not sent");
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, existing.Id)!["firstname"].Should().Be("New");
    }

    [Fact]
    public async Task Batch_read_by_email_asks_once_for_a_repeated_email_and_ties_each_input_to_its_record()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var ids = host.SeedContacts(5);

        var result = await host.HubSpot.Contacts.BatchReadAsync(["c4@example.com", "c0@example.com", "C4@EXAMPLE.com", "c2@example.com"], new HubSpotGetOptions { IdProperty = "email", Properties = ["firstname"] });

        result.HasErrors.Should().BeFalse();
        result.Results.Should().HaveCount(3);
        result.ResultsByInput.Select(p => (p.Key, p.Value.Id)).Should().BeEquivalentTo(new[] { (0, ids[4]), (1, ids[0]), (2, ids[4]), (3, ids[2]) });
    }

    [Fact]
    public async Task Batch_update_ties_results_by_id_and_reports_a_repeated_id_without_failing_the_others()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var ids = host.SeedContacts(3);

        var result = await host.HubSpot.Contacts.BatchUpdateAsync(
        [
            new HubSpotObjectUpdate { Id = ids[0], Properties = { ["firstname"] = "A" } },
            new HubSpotObjectUpdate { Id = ids[1], Properties = { ["firstname"] = "B" } },
            new HubSpotObjectUpdate { Id = ids[0], Properties = { ["firstname"] = "A again" } },
            new HubSpotObjectUpdate { Id = ids[2], Properties = { ["firstname"] = "C" } },
        ]);

        result.Errors.Should().ContainSingle().Which.InputIndex.Should().Be(2);
        result.ResultsByInput.Keys.Should().BeEquivalentTo([0, 1, 3]);
        result.ResultsByInput[3].Id.Should().Be(ids[2]);
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, ids[0])!["firstname"].Should().Be("A");
    }

    [Fact]
    public async Task Batch_update_by_email_is_refused_before_sending_because_HubSpot_refuses_it()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();

        var act = () => host.HubSpot.Contacts.BatchUpdateAsync([new HubSpotObjectUpdate { Id = "a@example.com", IdProperty = "email", Properties = { ["firstname"] = "A" } }]);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*email*BatchUpsertAsync*");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Conflicts_carry_the_existing_id_as_a_typed_value_on_the_batch_error_and_on_the_exception()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var existing = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "taken@example.com" });

        var batch = await host.HubSpot.Contacts.BatchCreateAsync(
        [
            new HubSpotObjectInput { Properties = { ["email"] = "free@example.com" } },
            new HubSpotObjectInput { Properties = { ["email"] = "Taken@Example.com" } },
        ]);
        var single = async () => await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "TAKEN@example.com" } });

        var error = batch.Errors.Should().ContainSingle().Subject;
        error.InputIndex.Should().Be(1);
        error.Category.Should().Be("CONFLICT");
        error.ExistingObjectId.Should().Be(existing.Id);
        error.Context["existingId"].Should().Equal(existing.Id);
        batch.ResultsByInput.Keys.Should().Equal(0);
        var thrown = (await single.Should().ThrowAsync<HubSpotApiException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.Conflict);
        thrown.ExistingObjectId.Should().Be(existing.Id);
        thrown.IsTransient.Should().BeFalse();
    }

    [Fact]
    public async Task Upsert_by_a_unique_custom_property_works_and_by_a_non_unique_one_is_refused()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        host.Sandbox.HubSpot.AddProperty(HubSpotObjectType.Contacts, new HubSpotPropertyDefinition("axcelerate_id", "aXcelerate id", "string", "text", "contactinformation") { HubSpotDefined = false, HasUniqueValue = true });
        host.Sandbox.HubSpot.AddProperty(HubSpotObjectType.Contacts, new HubSpotPropertyDefinition("usi", "USI", "string", "text", "contactinformation") { HubSpotDefined = false });

        var unique = await host.HubSpot.Contacts.BatchUpsertAsync([new HubSpotObjectUpsert { Id = "AX-1", IdProperty = "axcelerate_id", Properties = { ["email"] = "ax1@example.com" } }]);
        var nonUnique = await host.HubSpot.Contacts.BatchUpsertAsync([new HubSpotObjectUpsert { Id = "USI1", IdProperty = "usi", Properties = { ["email"] = "usi@example.com" } }]);
        var clash = async () => await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "other@example.com", ["axcelerate_id"] = "AX-1" } });

        unique.HasErrors.Should().BeFalse();
        unique.ResultsByInput[0].New.Should().BeTrue();
        nonUnique.Errors.Should().ContainSingle().Which.Message.Should().Contain("non-unique");
        (await clash.Should().ThrowAsync<HubSpotApiException>()).Which.ExistingObjectId.Should().Be(unique.ResultsByInput[0].Id);
    }
}
