using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.HubSpotApi.Resilience;
using Microsoft.Extensions.DependencyInjection;
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

        PipelineOf(twice).Should().Equal(PipelineOf(once), "the second registration adds no handler to the client's pipeline")
            .And.OnlyHaveUniqueItems()
            .And.Contain([typeof(HubSpotRateLimitHandler), typeof(HubSpotAuthHandler)])
            .And.EndWith(typeof(StubHandler));
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

    /// <summary>The handler types a request to the HubSpot client passes through, outermost first.</summary>
    private static List<Type> PipelineOf(StubHost hs)
    {
        var handler = hs.Get<IHttpMessageHandlerFactory>().CreateHandler(HubSpotClientRegistration.HttpClientName);
        var types = new List<Type>();
        while (handler is DelegatingHandler delegating)
        {
            types.Add(delegating.GetType());
            handler = delegating.InnerHandler!;
        }

        types.Add(handler.GetType());
        return types;
    }

    private sealed class NullTokenStore : IHubSpotTokenStore
    {
        public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<HubSpotTokenSet?>(null);

        public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask ClearAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
