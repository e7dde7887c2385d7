using Axcelerate.HubSpot.Matching;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

public sealed class AxcelerateErrorHandlingTests
{
    [Fact]
    public async Task Treats_204_on_a_search_as_an_empty_result()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = _ => new HttpResponseMessage(HttpStatusCode.NoContent);

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { Surname = "Nobody" }).ToListAsync();
        var organisations = await host.Axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch { Name = "Nobody" }).ToListAsync();
        var tasks = await host.Axcelerate.Tasks.SearchAsync(new AxcelerateTaskSearch { SearchTerm = "Nobody" }).ToListAsync();
        var users = await host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch { Email = "nobody@example.com" });
        var byEmail = await host.Axcelerate.Contacts.FindByEmailAsync("nobody@example.com");

        contacts.Should().BeEmpty();
        organisations.Should().BeEmpty();
        tasks.Should().BeEmpty();
        users.Should().BeEmpty();
        byEmail.Outcome.Should().Be(MatchOutcome.None);
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Returns_null_when_a_record_does_not_exist(HttpStatusCode status)
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = _ => new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };

        (await host.Axcelerate.Contacts.GetAsync(1)).Should().BeNull();
        (await host.Axcelerate.Organisations.GetAsync(1)).Should().BeNull();
        (await host.Axcelerate.Tasks.GetAsync(1)).Should().BeNull();
        (await host.Axcelerate.Users.GetAsync(1)).Should().BeNull();
    }

    [Fact]
    public async Task Throws_when_a_200_response_carries_ERROR_true()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ApplicationErrorIn200);

        var act = () => host.Axcelerate.Organisations.CreateDetailAsync(300101, new AxcelerateOrganisationDetailWrite { Type = "Street Address", Address1 = "1 Wharf Lane" });

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Messages.Should().Be("key [TYPE] doesn't exist");
        error.Details.Should().BeNull();
        error.Code.Should().Be("0");
        error.Endpoint.Should().Be("POST /api/organisation/300101/detail/");
        error.Message.Should().Contain("POST /api/organisation/300101/detail/").And.Contain("key [TYPE] doesn't exist");
    }

    [Fact]
    public async Task Maps_a_412_validation_error_with_messages_details_and_code()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ValidationError, HttpStatusCode.PreconditionFailed);

        var act = () => host.Axcelerate.Contacts.UpdateAsync(810042, new AxcelerateContactWrite { EmailAddress = "bad" });

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        error.Messages.Should().Be("Validation Error.");
        error.Details.Should().StartWith("surname is undefined in the request collection.");
        error.Code.Should().Be("412");
        error.Endpoint.Should().Be("PUT /api/contact/810042");
    }

    [Fact]
    public async Task Maps_a_non_json_failure_to_the_status_and_reason()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Then(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("<html>nope</html>"), ReasonPhrase = "Unauthorized" });

        var act = () => host.Axcelerate.Contacts.GetNoteTypesAsync();

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Messages.Should().Be("Unauthorized");
        error.Endpoint.Should().Be("GET /api/contact/noteTypes/");
    }

    [Fact]
    public async Task Reads_lower_case_error_keys_too()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""{"error": true, "code": "401", "messages": "No API token provided", "details": "A valid API token must exist in the HTTP header", "data": ""}""", HttpStatusCode.Unauthorized);

        var act = () => host.Axcelerate.Tasks.DeleteAsync(5);

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.Messages.Should().Be("No API token provided");
        error.Code.Should().Be("401");
    }

    [Fact]
    public async Task Never_puts_the_tokens_in_exceptions_or_logs()
    {
        // No retries: the 500 on the read would otherwise be repeated (reads retry after any 5xx) against one queued answer.
        using var host = AxcelerateTestHost.Create(o => o.MaxRetryAttempts = 0);
        host.Http.ThenJson(AxcelerateFixtures.ValidationError, HttpStatusCode.PreconditionFailed)
            .ThenJson(AxcelerateFixtures.ApplicationErrorIn200)
            .Then(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("boom") });

        var errors = new List<Exception>();
        foreach (var call in new Func<Task>[]
        {
            () => host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "a", Surname = "b" }),
            () => host.Axcelerate.Contacts.AddNoteAsync(1, "note"),
            () => host.Axcelerate.Contacts.GetAsync(1),
        })
        {
            try
            {
                await call();
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        errors.Should().HaveCount(3).And.AllBeOfType<AxcelerateApiException>();
        var logs = host.Logs.GetSnapshot();
        logs.Should().Contain(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning, "failures are logged");
        var everything = string.Join("\n", errors.Select(e => e.ToString()))
            + string.Join("\n", logs.Select(l => l.Message + " " + string.Join(",", l.StructuredState?.Select(s => s.Value) ?? [])));
        everything.Should().NotContain(AxcelerateTestHost.ApiToken).And.NotContain(AxcelerateTestHost.WsToken);
    }

    [Fact]
    public async Task Does_not_expose_the_tokens_through_the_options_ToString()
    {
        using var host = AxcelerateTestHost.Create();
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubSpotIntegrationOptions>>().Value;

        options.Axcelerate.ToString().Should().NotContain(AxcelerateTestHost.ApiToken).And.NotContain(AxcelerateTestHost.WsToken);
        await Task.CompletedTask;
    }
}
