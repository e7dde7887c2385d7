using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

public sealed class AxcelerateRegistrationTests
{
    [Fact]
    public void Registers_the_client_once_when_AddHubSpotIntegration_is_called_twice()
    {
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(Configure);
        var count = services.Count;
        services.AddHubSpotIntegration(Configure);

        services.Count(d => d.ServiceType == typeof(IAxcelerateClient)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<HubSpotIntegrationOptions>) && d.ImplementationType == typeof(AxcelerateOptionsValidator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(AxcelerateRateLimiter)).Should().Be(1);
        services.Skip(count).Should().NotContain(d => d.ServiceType.Namespace!.StartsWith("Axcelerate.HubSpot.AxcelerateApi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handles_requests_through_one_handler_chain_after_a_second_registration()
    {
        var http = new StubHandler(TimeProvider.System);
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(Configure);
        services.AddHubSpotIntegration(Configure).AxcelerateHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        await using var provider = services.BuildServiceProvider();
        http.ThenJson(AxcelerateFixtures.ContactFull);

        await provider.GetRequiredService<IAxcelerateClient>().Contacts.GetAsync(1);

        http.Single.Headers["apitoken"].Should().Be(AxcelerateTestHost.ApiToken, "the auth handler ran once, not twice");
    }

    [Fact]
    public void Lets_a_host_replace_the_client_before_registration()
    {
        var services = new ServiceCollection();
        var replacement = new ReplacementClient();
        services.AddSingleton<IAxcelerateClient>(replacement);

        services.AddHubSpotIntegration(Configure);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IAxcelerateClient>().Should().BeSameAs(replacement);
    }

    [Fact]
    public void Exposes_the_named_http_client()
    {
        var services = new ServiceCollection();

        var builder = services.AddHubSpotIntegration(Configure);

        builder.AxcelerateHttpClient.Name.Should().Be(AxcelerateClientRegistration.HttpClientName);
    }

    [Fact]
    public void Fails_validation_naming_every_missing_key()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().Contain(f => f.StartsWith("HubSpotIntegration:Axcelerate:BaseUrl is required", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("HubSpotIntegration:Axcelerate:ApiToken is required", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("HubSpotIntegration:Axcelerate:WsToken is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BaseUrl", "ftp://college.app.axcelerate.com/api", "HubSpotIntegration:Axcelerate:BaseUrl")]
    [InlineData("BaseUrl", "/api", "HubSpotIntegration:Axcelerate:BaseUrl")]
    [InlineData("RequestsPerSecond", "0", "HubSpotIntegration:Axcelerate:RequestsPerSecond")]
    [InlineData("TimeZone", "Mars/Olympus_Mons", "HubSpotIntegration:Axcelerate:TimeZone")]
    [InlineData("MaxRetryAttempts", "-1", "HubSpotIntegration:Axcelerate:MaxRetryAttempts")]
    public void Rejects_a_bad_value_naming_its_key(string key, string value, string expectedKey)
    {
        var values = new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-test",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = AxcelerateTestHost.DefaultBaseUrl,
            ["HubSpotIntegration:Axcelerate:ApiToken"] = AxcelerateTestHost.ApiToken,
            ["HubSpotIntegration:Axcelerate:WsToken"] = AxcelerateTestHost.WsToken,
        };
        values["HubSpotIntegration:Axcelerate:" + key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(configuration);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        var error = act.Should().Throw<OptionsValidationException>().Which;
        error.Failures.Should().ContainSingle().Which.Should().StartWith(expectedKey);
        error.Message.Should().NotContain(AxcelerateTestHost.ApiToken).And.NotContain(AxcelerateTestHost.WsToken);
    }

    [Fact]
    public void Binds_every_aXcelerate_option_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-test",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "https://college.stg.axcelerate.com/api/",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "a",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "w",
            ["HubSpotIntegration:Axcelerate:RequestsPerSecond"] = "2.5",
            ["HubSpotIntegration:Axcelerate:TimeZone"] = "Australia/Brisbane",
            ["HubSpotIntegration:Axcelerate:MaxRetryAttempts"] = "5",
            ["HubSpotIntegration:Axcelerate:RetryBaseDelay"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value.Axcelerate;

        options.BaseUrl.Should().Be(new Uri("https://college.stg.axcelerate.com/api/"));
        options.RequestsPerSecond.Should().Be(2.5);
        options.TimeZone.Should().Be("Australia/Brisbane");
        options.MaxRetryAttempts.Should().Be(5);
        options.RetryBaseDelay.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Takes_a_throttle_token_for_every_request()
    {
        using var host = AxcelerateTestHost.Create(o => o.RequestsPerSecond = 0.05);
        host.Http.ThenJson(AxcelerateFixtures.ContactFull);
        var limiter = host.Services.GetRequiredService<AxcelerateRateLimiter>().Limiter;

        await host.Axcelerate.Contacts.GetAsync(1);

        using var lease = limiter.AttemptAcquire();
        lease.IsAcquired.Should().BeFalse("the one token of a 1-per-20-seconds bucket went to the request");
    }

    private static void Configure(HubSpotIntegrationOptions o)
    {
        o.HubSpot.AccessToken = "pat-test";
        o.Axcelerate.BaseUrl = new Uri(AxcelerateTestHost.DefaultBaseUrl);
        o.Axcelerate.ApiToken = AxcelerateTestHost.ApiToken;
        o.Axcelerate.WsToken = AxcelerateTestHost.WsToken;
    }

    private sealed class ReplacementClient : IAxcelerateClient
    {
        public IAxcelerateContactsClient Contacts => throw new NotSupportedException();

        public IAxcelerateOrganisationsClient Organisations => throw new NotSupportedException();

        public IAxcelerateUsersClient Users => throw new NotSupportedException();

        public IAxcelerateTasksClient Tasks => throw new NotSupportedException();

        public IAxcelerateFollowUpsClient FollowUps => throw new NotSupportedException();

        public IAxcelerateCustomFieldsClient CustomFields => throw new NotSupportedException();
    }
}
