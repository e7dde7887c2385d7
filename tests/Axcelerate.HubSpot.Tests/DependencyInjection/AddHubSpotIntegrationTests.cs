using Axcelerate.HubSpot;
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
}
