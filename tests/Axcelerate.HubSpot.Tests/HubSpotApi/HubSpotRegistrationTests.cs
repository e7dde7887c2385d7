using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotRegistrationTests
{
    [Fact]
    public async Task Registering_twice_adds_the_handlers_and_services_once()
    {
        using var once = HubSpotTestServices.Create();
        using var twice = HubSpotTestServices.Create(registrations: 2);
        twice.Http.Answer(_ => StubHandler.Json(200, HubSpotJson.Record("1")));

        await twice.HubSpot.Contacts.GetAsync("1");

        ActionsOf(twice).Should().Be(ActionsOf(once) + 1, "only the second ConfigurePrimaryHttpMessageHandler call is new");
        twice.Registrations.Count(d => d.ServiceType == typeof(IHubSpotClient)).Should().Be(1);
        twice.Registrations.Count(d => d.ServiceType == typeof(IValidateOptions<HubSpotIntegrationOptions>) && d.ImplementationType?.Name == "HubSpotOptionsValidator").Should().Be(1);
        twice.Http.Requests.Should().ContainSingle().Which.Authorization.Should().Be("Bearer " + HubSpotTestServices.AccessToken);
    }

    [Fact]
    public void A_host_can_replace_the_token_store()
    {
        var store = new NullTokenStore();
        using var hs = HubSpotTestServices.Create(before: services => services.AddSingleton<IHubSpotTokenStore>(store));

        hs.Services.GetRequiredService<IHubSpotTokenStore>().Should().BeSameAs(store);
    }

    private static int ActionsOf(StubHost hs) =>
        hs.Services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(HubSpotClientRegistration.HttpClientName).HttpMessageHandlerBuilderActions.Count;

    private sealed class NullTokenStore : IHubSpotTokenStore
    {
        public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<HubSpotTokenSet?>(null);

        public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask ClearAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
