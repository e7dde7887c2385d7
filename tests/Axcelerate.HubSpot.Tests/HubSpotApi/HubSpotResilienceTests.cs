using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotResilienceTests
{
    private const string TenSecondly = """{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c-10","policyName":"TEN_SECONDLY_ROLLING","groupName":"publicapi:private_app-api-calls-ten-secondly:1:2"}""";
    private const string Daily = """{"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c-day","policyName":"DAILY","requestId":"r-1"}""";

    [Fact]
    public async Task Waits_the_Retry_After_seconds_on_a_ten_secondly_429_then_succeeds()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(429, TenSecondly, ("Retry-After", "3"))
            : StubHandler.Json(200, HubSpotJson.Record("1")));

        var contact = await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));

        contact!.Id.Should().Be("1");
        hs.Http.Requests.Should().HaveCount(2);
        var waited = hs.Http.Requests[1].At - hs.Http.Requests[0].At;
        waited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3)).And.BeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Waits_until_the_window_ends_on_a_429_without_Retry_After()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(429, TenSecondly, ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000"), ("X-HubSpot-RateLimit-Max", "250"), ("X-HubSpot-RateLimit-Remaining", "0"))
            : StubHandler.Json(200, HubSpotJson.Record("1")));

        await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));

        hs.Http.Requests.Should().HaveCount(2);
        (hs.Http.Requests[1].At - hs.Http.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Retries_a_search_on_the_secondly_limit_after_one_second()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(429, """{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"c-s"}""")
            : StubHandler.Json(200, """{"total":0,"results":[]}"""));

        var page = await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest()));

        page.Results.Should().BeEmpty();
        var waited = hs.Http.Requests[1].At - hs.Http.Requests[0].At;
        waited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Fails_fast_on_the_daily_limit_with_the_reset_time()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(429, Daily));

        var act = () => hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));

        var ex = (await act.Should().ThrowAsync<HubSpotRateLimitException>()).Which;
        hs.Http.Requests.Should().ContainSingle();
        ex.PolicyName.Should().Be("DAILY");
        ex.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ex.CorrelationId.Should().Be("c-day");
        ex.ResetsAt.Should().Be(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));
        ex.Message.Should().Contain("resets about 2026-11-28T00:00:00");
        ex.Should().BeAssignableTo<HubSpotApiException>();
    }

    [Fact]
    public async Task Backs_off_exponentially_on_5xx_then_succeeds()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => Interlocked.Increment(ref calls) switch
        {
            1 => StubHandler.Json(502, "<html>Bad gateway</html>"),
            2 => StubHandler.Json(503, "{}"),
            _ => StubHandler.Json(200, HubSpotJson.Record("1")),
        });

        var contact = await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));

        contact!.Id.Should().Be("1");
        hs.Http.Requests.Should().HaveCount(3);
        var first = hs.Http.Requests[1].At - hs.Http.Requests[0].At;
        var second = hs.Http.Requests[2].At - hs.Http.Requests[1].At;
        first.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500)).And.BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(1750));
        second.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1000)).And.BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(3250));
        hs.AllLogText().Should().Contain("GET /crm/objects/2026-03/contacts/1 returned 502; retry 1 of 4");
    }

    [Fact]
    public async Task Retries_423_and_477_which_HubSpot_rejected_without_acting()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => Interlocked.Increment(ref calls) switch
        {
            1 => StubHandler.Json(423, "{}"),
            2 => StubHandler.Json(477, "{}", ("Retry-After", "1")),
            _ => StubHandler.Json(201, HubSpotJson.Record("9")),
        });

        var created = await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "a@example.com" } }));

        created.Id.Should().Be("9");
        hs.Http.Requests.Should().HaveCount(3);
        (hs.Http.Requests[1].At - hs.Http.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Retries_searches_and_batch_reads_although_they_are_posts()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(r => Interlocked.Increment(ref calls) % 2 == 1
            ? StubHandler.Json(500, "{}")
            : StubHandler.Json(200, r.Path.EndsWith("/search", StringComparison.Ordinal) ? """{"total":0,"results":[]}""" : """{"status":"COMPLETE","results":[]}"""));

        await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest()));
        await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.BatchReadAsync(["1"]));

        hs.Http.Requests.Select(r => r.Path).Should().Equal(
            "/crm/objects/2026-03/contacts/search", "/crm/objects/2026-03/contacts/search",
            "/crm/objects/2026-03/contacts/batch/read", "/crm/objects/2026-03/contacts/batch/read");
    }

    [Fact]
    public async Task Retries_a_read_that_timed_out_but_never_a_create()
    {
        var settings = HubSpotTestServices.BaseSettings();
        settings["HubSpotIntegration:HubSpot:RequestTimeout"] = "00:00:00.200";
        using var hs = HubSpotTestServices.Create(settings);
        var calls = 0;
        hs.Http.Respond = async r =>
        {
            if (Interlocked.Increment(ref calls) is 1 or 3)
            {
                await Task.Delay(Timeout.Infinite, r.Cancellation); // hangs until the client's timeout cancels it
            }

            return StubHandler.Json(200, HubSpotJson.Record("1"));
        };

        var read = await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));
        var create = () => hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput()));

        read!.Id.Should().Be("1");
        (await create.Should().ThrowAsync<HubSpotApiException>()).Which.Message.Should().Contain("POST /crm/objects/2026-03/contacts timed out");
        hs.Http.Requests.Select(r => r.Method.Method).Should().Equal("GET", "GET", "POST");
    }

    [Fact]
    public async Task Holds_the_next_request_for_a_tenth_of_the_rolling_window_when_HubSpot_reports_none_remaining()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(200, HubSpotJson.Record("1"), ("X-HubSpot-RateLimit-Max", "250"), ("X-HubSpot-RateLimit-Remaining", "0"), ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")));

        await hs.HubSpot.Contacts.GetAsync("1");
        await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.GetAsync("1"));

        // The window rolls: its oldest requests leave it continuously, so a full window is not a 10-second stop.
        hs.Http.Requests.Should().HaveCount(2);
        (hs.Http.Requests[1].At - hs.Http.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sizes_the_ten_second_window_by_tier_and_corrects_it_from_the_headers()
    {
        var settings = HubSpotTestServices.BaseSettings();
        settings["HubSpotIntegration:HubSpot:Tier"] = "Professional";
        using var hs = HubSpotTestServices.Create(settings);
        var governor = hs.Services.GetRequiredService<HubSpotRateGovernor>();
        governor.PermitLimit.Should().Be(190);
        hs.Http.Answer(_ => StubHandler.Json(200, HubSpotJson.Record("1"), ("X-HubSpot-RateLimit-Max", "110"), ("X-HubSpot-RateLimit-Remaining", "100"), ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")));

        await hs.HubSpot.Contacts.GetAsync("1");

        governor.PermitLimit.Should().Be(110);
        governor.Interval.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Sizes_an_oauth_app_at_110_whatever_the_tier_and_searches_at_4_per_second()
    {
        var settings = HubSpotTestServices.OAuthSettings();
        settings["HubSpotIntegration:HubSpot:Tier"] = "Enterprise";
        settings.Remove("HubSpotIntegration:HubSpot:SearchRequestsPerSecond");
        using var hs = HubSpotTestServices.Create(settings);

        hs.Services.GetRequiredService<HubSpotRateGovernor>().PermitLimit.Should().Be(110);
        hs.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubSpotIntegrationOptions>>().Value.HubSpot.SearchRequestsPerSecond.Should().Be(4);
    }
}
