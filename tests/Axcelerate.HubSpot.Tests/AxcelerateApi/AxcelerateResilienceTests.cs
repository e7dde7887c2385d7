using System.Net;
using System.Net.Http.Headers;
using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>429/503 handling. Waits run on the fake clock, so the tests measure waits without sleeping.</summary>
public sealed class AxcelerateResilienceTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Retries_a_429_after_the_Retry_After_seconds()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenStatus(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .ThenJson(AxcelerateFixtures.ContactFull);

        var contact = await host.Time.RunUntilCompleteAsync(() => host.Axcelerate.Contacts.GetAsync(810042), Step);

        contact!.ContactId.Should().Be(810042);
        host.Http.Requests.Should().HaveCount(2);
        (host.Http.Requests[1].At - host.Http.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7))
            .And.BeLessThan(TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Retries_a_503_on_a_read_with_growing_backoff()
    {
        using var host = AxcelerateTestHost.Create(o => o.RetryBaseDelay = TimeSpan.FromSeconds(10));
        host.Http.ThenStatus(HttpStatusCode.ServiceUnavailable).ThenStatus(HttpStatusCode.ServiceUnavailable).ThenJson(AxcelerateFixtures.ContactSearchPage);

        var contacts = await host.Time.RunUntilCompleteAsync(() => host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { GivenName = "Ava" }).ToListAsync().AsTask(), Step);

        contacts.Should().HaveCount(2);
        host.Http.Requests.Should().HaveCount(3);
        var first = host.Http.Requests[1].At - host.Http.Requests[0].At;
        var second = host.Http.Requests[2].At - host.Http.Requests[1].At;
        first.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(8)).And.BeLessThan(TimeSpan.FromSeconds(12.5), "10 s ± 20 % jitter");
        second.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(16)).And.BeLessThan(TimeSpan.FromSeconds(24.5), "doubled, ± 20 % jitter");
    }

    [Fact]
    public async Task Retries_503_on_updates_and_the_POST_reads()
    {
        using var host = AxcelerateTestHost.Create(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1));
        host.Http.ThenStatus(HttpStatusCode.ServiceUnavailable).ThenJson("""{"CONTACTID": 5}""")
            .ThenStatus(HttpStatusCode.ServiceUnavailable).ThenJson(AxcelerateFixtures.Users);

        await host.Time.RunUntilCompleteAsync(() => host.Axcelerate.Contacts.UpdateAsync(5, new AxcelerateContactWrite { Phone = "1" }), Step);
        var users = await host.Time.RunUntilCompleteAsync(() => host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch { Email = "jo@example.com" }), Step);

        users.Should().HaveCount(2);
        host.Http.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("PUT /api/contact/5", "PUT /api/contact/5", "POST /api/users", "POST /api/users");
    }

    [Fact]
    public async Task Caches_task_lookups_until_they_expire_on_the_clock()
    {
        using var host = AxcelerateTestHost.Create(o => o.LookupCacheDuration = TimeSpan.FromMinutes(10));
        host.Http.Fallback = _ => StubHandler.Json(AxcelerateFixtures.OpportunityStatuses);

        (await host.Axcelerate.Tasks.ResolveOpportunityStatusIdAsync("Won")).Should().Be(5);
        (await host.Axcelerate.Tasks.ResolveOpportunityStatusLabelAsync(7)).Should().Be("Prospect");
        (await host.Axcelerate.Tasks.ResolveOpportunityStatusIdAsync("qualified lead")).Should().Be(6);
        host.Http.Requests.Should().ContainSingle("the lookup is cached");

        host.Time.Advance(TimeSpan.FromMinutes(11));
        (await host.Axcelerate.Tasks.ResolveOpportunityStatusIdAsync("Lost")).Should().Be(1);

        host.Http.Requests.Should().HaveCount(2, "the cache expired");
        (await host.Axcelerate.Tasks.ResolveOpportunityStatusLabelAsync(99)).Should().BeNull();
    }

    [Fact]
    public async Task Reads_lookups_in_other_plausible_shapes()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""[{"STATUSID": "1", "STATUS": "Not Started"}, {"STATUSID": 4, "STATUS": "Completed"}]""")
            .ThenJson("""{"1": "Low", "2": "Normal", "3": "High", "4": "Urgent"}""")
            .ThenStatus(HttpStatusCode.NoContent);

        var statuses = await host.Axcelerate.Tasks.GetStatusesAsync();
        var priorities = await host.Axcelerate.Tasks.GetPrioritiesAsync();
        var categories = await host.Axcelerate.Tasks.GetCategoriesAsync();

        statuses.Should().Equal(new AxcelerateLookupItem(1, "Not Started"), new AxcelerateLookupItem(4, "Completed"));
        priorities.Select(p => p.Name).Should().Equal("Low", "Normal", "High", "Urgent");
        categories.Should().BeEmpty();
    }

    [Fact]
    public async Task Times_out_an_attempt_that_hangs_and_reports_a_transient_AxcelerateApiException()
    {
        using var host = AxcelerateTestHost.Create(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 0;
        });
        var hang = new TaskCompletionSource<HttpResponseMessage>();
        host.Http.Hang = hang.Task;

        var act = () => host.Axcelerate.Contacts.GetAsync(1);

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>().WithMessage("*AttemptTimeout*")).Which;
        error.StatusCode.Should().BeNull("no response arrived");
        error.IsTransient.Should().BeTrue();
        error.RequestPath.Should().Be("/api/contact/1");
    }

    [Fact]
    public async Task Surfaces_a_network_failure_as_a_transient_AxcelerateApiException_after_retrying_a_read()
    {
        using var host = AxcelerateTestHost.Create(o => o.MaxRetryAttempts = 1);
        host.Http.Fallback = _ => throw new HttpRequestException("connection refused");

        var act = () => host.Time.RunUntilCompleteAsync(() => host.Axcelerate.Contacts.GetAsync(1), TimeSpan.FromSeconds(1));

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.InnerException.Should().BeOfType<HttpRequestException>().Which.Message.Should().Be("connection refused");
        error.Message.Should().Contain("connection refused");
        error.StatusCode.Should().BeNull();
        error.IsTransient.Should().BeTrue();
        host.Http.Requests.Should().HaveCount(2);
    }
}
