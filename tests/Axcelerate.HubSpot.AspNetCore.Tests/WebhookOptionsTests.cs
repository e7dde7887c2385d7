using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary><c>HubSpotIntegration:Webhooks</c> is checked at start, and the incoming-work signal runs on the integration's clock.</summary>
public sealed class WebhookOptionsTests
{
    [Theory]
    [InlineData("MaxBodyBytes", "HubSpotIntegration:Webhooks:MaxBodyBytes")]
    [InlineData("PublicBaseUrl", "HubSpotIntegration:Webhooks:PublicBaseUrl")]
    [InlineData("AllowedSignatureVersions", "HubSpotIntegration:Webhooks:AllowedSignatureVersions")]
    [InlineData("TimestampTolerance", "HubSpotIntegration:Webhooks:TimestampTolerance")]
    public void A_bad_webhook_option_fails_naming_its_key(string option, string key)
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "token";
            o.Axcelerate.ApiToken = "api";
            o.Axcelerate.WsToken = "ws";
            switch (option)
            {
                case "MaxBodyBytes": o.Webhooks.MaxBodyBytes = 10; break;
                case "PublicBaseUrl": o.Webhooks.PublicBaseUrl = new Uri("ftp://example.com/x"); break;
                case "AllowedSignatureVersions": o.Webhooks.AllowedSignatureVersions = WebhookSignatureVersions.None; break;
                case "TimestampTolerance": o.Webhooks.TimestampTolerance = TimeSpan.Zero; break;
            }
        }).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle(f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mapping_the_endpoint_without_the_integration_says_what_to_register()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        var map = () => app.MapHubSpotWebhooks();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddHubSpotIntegration*");
    }

    [Fact]
    public void The_defaults_are_one_megabyte_v3_only_and_five_minutes()
    {
        var options = new HubSpotIntegrationOptions().Webhooks;

        (options.MaxBodyBytes, options.AllowedSignatureVersions, options.TimestampTolerance, options.PublicBaseUrl)
            .Should().Be((1024 * 1024, WebhookSignatureVersions.V3, TimeSpan.FromMinutes(5), (Uri?)null));
    }

    [Fact]
    public async Task The_signal_wakes_a_waiter_once_keeps_an_early_notification_and_times_out_on_the_integration_clock()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "token").UseInMemoryStore();
        using var provider = services.BuildServiceProvider();
        var signal = provider.GetRequiredService<IIncomingWorkSignal>();
        provider.GetRequiredService<IIncomingWorkSignal>().Should().BeSameAs(signal);

        signal.Notify();
        await signal.WaitAsync(TimeSpan.FromDays(1)).WaitAsync(TimeSpan.FromSeconds(30)); // kept from before the wait

        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(1));
        waiting.IsCompleted.Should().BeFalse("the early notification was used up");
        clock.Advance(TimeSpan.FromMinutes(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        using var cancel = new CancellationTokenSource();
        var cancelled = signal.WaitAsync(Timeout.InfiniteTimeSpan, cancel.Token);
        await cancel.CancelAsync();
        await cancelled.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<OperationCanceledException>();
    }
}
