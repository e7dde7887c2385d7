using Axcelerate.HubSpot;
using Axcelerate.HubSpot.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.DependencyInjection;

public sealed class AddHubSpotIntegrationTests
{
    [Fact]
    public void Binds_the_HubSpotIntegration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HubSpotIntegration:HubSpot:BaseUrl"] = "http://127.0.0.1:5071",
                ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-test",
                ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
                ["HubSpotIntegration:Axcelerate:ApiToken"] = "api-test",
                ["HubSpotIntegration:Axcelerate:WsToken"] = "ws-test",
            })
            .Build();
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(configuration);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        options.HubSpot.BaseUrl.Should().Be(new Uri("http://127.0.0.1:5071"));
        options.HubSpot.AccessToken.Should().Be("pat-test");
        options.Axcelerate.BaseUrl.Should().Be(new Uri("http://127.0.0.1:5072/api"));
    }

    [Fact]
    public void Returns_a_builder_over_the_same_services()
    {
        var services = new ServiceCollection();

        var builder = services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");

        builder.Services.Should().BeSameAs(services);
        builder.HubSpotHttpClient.Name.Should().NotBe(builder.AxcelerateHttpClient.Name);
    }

    [Fact]
    public void Reads_the_Web_Service_user_from_the_section_it_was_given_without_a_container_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Integration:HubSpot:AccessToken"] = "pat-test",
                ["Integration:Users:WebServiceUserContactId"] = "777",
                ["HubSpotIntegration:Users:WebServiceUserContactId"] = "12345",
            })
            .Build();
        var services = new ServiceCollection();

        services.AddHubSpotIntegration(configuration, "Integration");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<UserLinkOptions>>().Value.WebServiceUserContactId.Should().Be(777);
    }

    [Fact]
    public void A_second_call_adds_configuration_but_no_second_registration()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        var afterFirst = services.Select(d => d.ServiceType).ToList();

        services.AddHubSpotIntegration(o => o.HubSpot.Tier = Axcelerate.HubSpot.HubSpotApi.HubSpotTier.Professional);

        var added = services.Skip(afterFirst.Count).Select(d => d.ServiceType).ToList();
        // The new options delegate, plus the framework's own per-call AddHttpClient bookkeeping; no service twice.
        added.Should().Contain(typeof(IConfigureOptions<HubSpotIntegrationOptions>));
        added.Should().OnlyContain(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>));
    }
}
