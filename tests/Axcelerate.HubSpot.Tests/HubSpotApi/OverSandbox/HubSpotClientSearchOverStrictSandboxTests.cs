using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>Search, resumable paging and errors of the client against the sandbox's production defaults.</summary>
public sealed class HubSpotClientSearchOverStrictSandboxTests
{
    private static HubSpotSearchRequest HasEmail(int limit = 200) => new()
    {
        FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.HasProperty }] }],
        Properties = ["email"],
        Limit = limit,
    };

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Page<HubSpotObject>> pages, int? stopAfterPages = null, Action<string?>? lastToken = null)
    {
        var ids = new List<string>();
        var count = 0;
        await foreach (var page in pages)
        {
            ids.AddRange(page.Values.Select(v => v.Id));
            lastToken?.Invoke(page.ContinuationToken);
            if (++count == stopAfterPages)
            {
                break;
            }
        }

        return ids;
    }

    [Fact]
    public async Task SearchAsync_enumerates_12000_matches_past_the_10000_cap_and_resumes_from_a_token_on_either_side_of_it()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var all = host.SeedContacts(12_000);

        var enumerated = new List<string>();
        await foreach (var contact in host.HubSpot.Contacts.SearchAsync(HasEmail()))
        {
            enumerated.Add(contact.Id);
        }

        enumerated.Should().HaveCount(12_000).And.OnlyHaveUniqueItems();
        enumerated.Should().BeEquivalentTo(all);

        // Stop after 10 pages (2,000) and after 50 pages (exactly at the 10,000 cap), and resume with a new enumeration.
        foreach (var stopAfter in new[] { 10, 50, 55 })
        {
            string? token = null;
            var first = await IdsAsync(host.HubSpot.Contacts.SearchAsync(HasEmail()).AsPages(), stopAfter, t => token = t);
            token.Should().NotBeNull();
            var rest = await IdsAsync(host.HubSpot.Contacts.SearchAsync(HasEmail()).AsPages(token));

            first.Should().HaveCount(stopAfter * 200);
            rest.Should().HaveCount(12_000 - first.Count, "resuming at page {0} must read exactly what is left", stopAfter);
            first.Concat(rest).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(all);
        }
    }

    [Fact]
    public async Task SearchPageAsync_is_handed_the_cursor_at_10000_and_following_it_is_HubSpots_400()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        host.SeedContacts(10_050);

        var atCap = await host.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest { Limit = 100, After = "9900" });
        var past = async () => await host.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest { Limit = 100, After = atCap.NextAfter });

        atCap.NextAfter.Should().Be("10000");
        var thrown = (await past.Should().ThrowAsync<HubSpotApiException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        thrown.ErrorCode.Should().Be("VALIDATION_ERROR");
        thrown.IsTransient.Should().BeFalse();
    }

    [Fact]
    public async Task SearchAsync_refuses_up_front_a_query_that_leaves_no_room_for_the_window_filter()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var sixFilters = new HubSpotSearchRequest
        {
            FilterGroups = [new HubSpotFilterGroup { Filters = [.. Enumerable.Range(0, 6).Select(_ => new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.HasProperty })] }],
        };
        var sixteenInFourGroups = new HubSpotSearchRequest
        {
            FilterGroups = [.. Enumerable.Range(0, 4).Select(_ => new HubSpotFilterGroup { Filters = [.. Enumerable.Range(0, 4).Select(_ => new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.HasProperty })] })],
        };

        var group = () => host.HubSpot.Contacts.SearchAsync(sixFilters);
        var total = () => host.HubSpot.Contacts.SearchAsync(sixteenInFourGroups); // 16 + 4 window filters = 20 > 18

        group.Should().Throw<ArgumentException>().WithMessage("*group 0 has 6 filters*");
        total.Should().Throw<ArgumentException>().WithMessage("*20, more than HubSpot's 18*");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Search_sees_a_write_only_after_the_index_catches_up()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var created = await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "fresh@example.com" } });
        var byEmail = new HubSpotSearchRequest { FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.Eq, Value = "fresh@example.com" }] }] };

        var before = await host.HubSpot.Contacts.SearchPageAsync(byEmail);
        host.LetSearchCatchUp();
        var after = await host.HubSpot.Contacts.SearchPageAsync(byEmail);

        before.Results.Should().BeEmpty("a new record reaches search only after a few seconds, as in HubSpot");
        after.Results.Should().ContainSingle().Which.Id.Should().Be(created.Id);
    }

    [Fact]
    public async Task IN_values_on_a_string_property_are_lower_cased_so_mixed_case_emails_still_match()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var ids = host.SeedContacts(3);

        var page = await host.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest
        {
            FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.In, Values = ["C0@Example.com", "c2@EXAMPLE.COM"] }] }],
        });

        page.Results.Select(r => r.Id).Should().BeEquivalentTo([ids[0], ids[2]]);
    }

    [Fact]
    public async Task ListAsync_resumes_from_a_continuation_token_without_rereading()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync();
        var all = host.SeedContacts(250);

        string? token = null;
        var first = await IdsAsync(host.HubSpot.Contacts.ListAsync().AsPages(pageSizeHint: 40), 3, t => token = t);
        var rest = await IdsAsync(host.HubSpot.Contacts.ListAsync().AsPages(token, 40));

        first.Should().HaveCount(120);
        rest.Should().HaveCount(130);
        first.Concat(rest).Should().Equal(all);
    }

    [Fact]
    public async Task Errors_say_from_IsTransient_alone_whether_to_retry_and_carry_status_code_request_and_retry_after()
    {
        await using var host = await HubSpotSearchAndBatchSandbox.StartAsync(client: o =>
        {
            o.MaxRetries = 1;
            // Short enough that the injected timeouts end soon, long enough that no healthy request on a loaded
            // machine times out (300 ms did, turning the 502 into a timeout).
            o.RequestTimeout = TimeSpan.FromSeconds(2);
        });
        var ids = host.SeedContacts(1);

        var invalid = async () => await host.HubSpot.Contacts.UpdateAsync(ids[0], new Dictionary<string, string?> { ["lifecyclestage"] = "Customer" });
        var validation = (await invalid.Should().ThrowAsync<HubSpotApiException>()).Which;

        host.Sandbox.HubSpot.Faults.FailNext(2, SandboxFault.BadGateway);
        var gateway = (await ((Func<Task>)(() => host.HubSpot.Contacts.GetAsync(ids[0]))).Should().ThrowAsync<HubSpotApiException>()).Which;

        host.Sandbox.HubSpot.Faults.FailNext(2, SandboxFault.Timeout);
        var timeout = (await ((Func<Task>)(() => host.HubSpot.Contacts.GetAsync(ids[0]))).Should().ThrowAsync<HubSpotApiException>()).Which;

        host.Sandbox.HubSpot.Faults.FailNext(2, SandboxFault.ConnectionReset);
        var reset = (await ((Func<Task>)(() => host.HubSpot.Contacts.GetAsync(ids[0]))).Should().ThrowAsync<HubSpotApiException>()).Which;

        host.Sandbox.HubSpot.Faults.Add(new FaultRule(SandboxFault.ServiceUnavailable) { Count = 2, RetryAfter = TimeSpan.FromMinutes(10) });
        var unavailable = (await ((Func<Task>)(() => host.HubSpot.Contacts.GetAsync(ids[0]))).Should().ThrowAsync<HubSpotApiException>()).Which;

        validation.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        validation.ErrorCode.Should().Be("VALIDATION_ERROR");
        validation.CorrelationId.Should().NotBeNullOrEmpty();
        validation.RequestMethod.Should().Be("PATCH");
        validation.RequestPath.Should().Be($"/crm/objects/2026-03/contacts/{ids[0]}");
        validation.IsTransient.Should().BeFalse();
        validation.Errors.Should().ContainSingle(e => e.Code == "INVALID_OPTION" && e.Context["propertyName"].Contains("lifecyclestage"));

        gateway.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        gateway.IsTransient.Should().BeTrue();
        gateway.RequestMethod.Should().Be("GET");

        timeout.StatusCode.Should().BeNull("no response arrived");
        timeout.IsTransient.Should().BeTrue();
        timeout.RequestPath.Should().Be($"/crm/objects/2026-03/contacts/{ids[0]}");

        reset.StatusCode.Should().BeNull("the connection dropped without a response");
        reset.IsTransient.Should().BeTrue();

        unavailable.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        unavailable.RetryAfter.Should().Be(TimeSpan.FromMinutes(10));
        unavailable.IsTransient.Should().BeTrue();
    }
}
