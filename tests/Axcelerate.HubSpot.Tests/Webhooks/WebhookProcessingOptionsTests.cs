using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>The processing, incoming-log and app-id options are validated when the integration's options are first read, naming each bad key.</summary>
public sealed class WebhookProcessingOptionsTests
{
    [Fact]
    public void Bad_processing_and_retention_options_are_refused_naming_every_key()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "token";
            o.Axcelerate.BaseUrl = new Uri("https://example.app.axcelerate.com/api/");
            o.Axcelerate.ApiToken = "a";
            o.Axcelerate.WsToken = "w";
            o.HubSpot.AppId = 0;
            o.WebhookProcessing.BatchSize = 0;
            o.WebhookProcessing.Lease = TimeSpan.Zero;
            o.WebhookProcessing.FirstRetryDelay = TimeSpan.FromMinutes(5);
            o.WebhookProcessing.MaxRetryDelay = TimeSpan.FromMinutes(1);
            o.WebhookProcessing.MaxAttempts = 0;
            o.WebhookProcessing.ContactDeletion = (ContactDeletionAction)7;
            o.IncomingLog.MaxEntries = 0;
            o.IncomingLog.RetentionAge = TimeSpan.FromDays(-1);
        }).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        var message = read.Should().Throw<OptionsValidationException>().Which.Message;
        message.Should().Contain("HubSpotIntegration:HubSpot:AppId")
            .And.Contain("HubSpotIntegration:WebhookProcessing:BatchSize")
            .And.Contain("HubSpotIntegration:WebhookProcessing:Lease")
            .And.Contain("HubSpotIntegration:WebhookProcessing:MaxRetryDelay")
            .And.Contain("HubSpotIntegration:WebhookProcessing:MaxAttempts")
            .And.Contain("HubSpotIntegration:WebhookProcessing:ContactDeletion")
            .And.Contain("HubSpotIntegration:IncomingLog:MaxEntries")
            .And.Contain("HubSpotIntegration:IncomingLog:RetentionAge");
    }

    [Fact]
    public void The_defaults_are_valid_and_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "token",
            ["HubSpotIntegration:HubSpot:AppId"] = "1160452",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "https://example.app.axcelerate.com/api/",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "a",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "w",
            ["HubSpotIntegration:WebhookProcessing:ContactDeletion"] = "Unlink",
            ["HubSpotIntegration:WebhookProcessing:CreateUnmatchedContacts"] = "false",
            ["HubSpotIntegration:IncomingLog:MaxEntries"] = "500",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(configuration).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        options.HubSpot.AppId.Should().Be(1_160_452);
        options.WebhookProcessing.ContactDeletion.Should().Be(ContactDeletionAction.Unlink);
        options.WebhookProcessing.CreateUnmatchedContacts.Should().BeFalse();
        options.WebhookProcessing.BatchSize.Should().Be(100);
        options.IncomingLog.MaxEntries.Should().Be(500);
        options.IncomingLog.RetentionAge.Should().Be(TimeSpan.FromDays(30));
    }
}
