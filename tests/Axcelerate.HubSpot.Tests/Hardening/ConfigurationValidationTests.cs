using Axcelerate.HubSpot.Push;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>
/// Every invalid setting, set as a user sets it (a configuration key bound by <c>AddHubSpotIntegration</c>, or the
/// poller's options in code), makes the host fail AT START, with a message naming the setting; a complete
/// configuration starts. The background services are registered too, so what they read is validated with the rest.
/// </summary>
public sealed class ConfigurationValidationTests
{
    private const string Hs = "HubSpotIntegration:HubSpot:";
    private const string Ax = "HubSpotIntegration:Axcelerate:";

    /// <summary>One row: the keys changed from a complete configuration (null removes the key) and the text the start failure must contain.</summary>
    private sealed record Row(string Name, Dictionary<string, string?> Changes, string Expected, Action<ContactPollerOptions>? Poller = null);

    private static readonly Row[] Rows =
    [
        // HubSpot: how to authenticate (a token or OAuth, exactly one), where to call, how hard to retry.
        new("neither token nor OAuth", new() { [Hs + "AccessToken"] = null }, Hs + "AccessToken is required"),
        new("blank token", new() { [Hs + "AccessToken"] = "  " }, Hs + "AccessToken is required"),
        new("both token and OAuth", OAuth(keepToken: true), Hs + "AccessToken and " + Hs + "ClientId"),
        new("OAuth without client secret", Without(OAuth(), Hs + "ClientSecret"), Hs + "ClientSecret is required"),
        new("OAuth without redirect URI", Without(OAuth(), Hs + "RedirectUri"), Hs + "RedirectUri"),
        new("OAuth with a relative redirect URI", With(OAuth(), Hs + "RedirectUri", "/callback"), Hs + "RedirectUri"),
        new("OAuth with a relative authorisation endpoint", With(OAuth(), Hs + "AuthorizationEndpoint", "/oauth/authorize"), Hs + "AuthorizationEndpoint"),
        new("relative HubSpot base URL", new() { [Hs + "BaseUrl"] = "/api" }, Hs + "BaseUrl"),
        new("non-http HubSpot base URL", new() { [Hs + "BaseUrl"] = "ftp://api.hubapi.com" }, Hs + "BaseUrl"),
        new("relative HubSpot UI base URL", new() { [Hs + "UiBaseUrl"] = "app.hubspot.com" }, Hs + "UiBaseUrl"),
        new("unknown API version", new() { [Hs + "ApiVersion"] = "2019-01" }, Hs + "ApiVersion"),
        new("undefined tier", new() { [Hs + "Tier"] = "99" }, Hs + "Tier"),
        new("tier that is not a tier", new() { [Hs + "Tier"] = "Platinum" }, Hs + "Tier"),
        new("zero portal id", new() { [Hs + "PortalId"] = "0" }, Hs + "PortalId"),
        new("negative app id", new() { [Hs + "AppId"] = "-5" }, Hs + "AppId"),
        new("zero search rate", new() { [Hs + "SearchRequestsPerSecond"] = "0" }, Hs + "SearchRequestsPerSecond"),
        new("negative retries", new() { [Hs + "MaxRetries"] = "-1" }, Hs + "MaxRetries"),
        new("too many retries", new() { [Hs + "MaxRetries"] = "11" }, Hs + "MaxRetries"),
        new("negative HubSpot base delay", new() { [Hs + "BaseDelay"] = "-00:00:01" }, Hs + "BaseDelay"),
        new("zero HubSpot request timeout", new() { [Hs + "RequestTimeout"] = "00:00:00" }, Hs + "RequestTimeout"),
        new("HubSpot request timeout past what a timer can wait", new() { [Hs + "RequestTimeout"] = "60.00:00:00" }, Hs + "RequestTimeout"),
        new("HubSpot retry delay past what a timer can wait", new() { [Hs + "MaxRetryDelay"] = "30.00:00:00" }, Hs + "MaxRetryDelay"),

        // aXcelerate.
        new("no aXcelerate base URL", new() { [Ax + "BaseUrl"] = null }, Ax + "BaseUrl"),
        new("relative aXcelerate base URL", new() { [Ax + "BaseUrl"] = "/api" }, Ax + "BaseUrl"),
        new("no API token", new() { [Ax + "ApiToken"] = null }, Ax + "ApiToken"),
        new("no web-service token", new() { [Ax + "WsToken"] = "" }, Ax + "WsToken"),
        new("zero aXcelerate rate", new() { [Ax + "RequestsPerSecond"] = "0" }, Ax + "RequestsPerSecond"),
        new("NaN aXcelerate rate", new() { [Ax + "RequestsPerSecond"] = "NaN" }, Ax + "RequestsPerSecond"),
        new("unknown time zone", new() { [Ax + "TimeZone"] = "Mars/Olympus_Mons" }, Ax + "TimeZone"),
        new("negative aXcelerate retries", new() { [Ax + "MaxRetryAttempts"] = "-1" }, Ax + "MaxRetryAttempts"),
        new("too many aXcelerate retries", new() { [Ax + "MaxRetryAttempts"] = "1000" }, Ax + "MaxRetryAttempts"),
        new("negative aXcelerate retry delay", new() { [Ax + "RetryBaseDelay"] = "-00:00:01" }, Ax + "RetryBaseDelay"),
        new("zero aXcelerate attempt timeout", new() { [Ax + "AttemptTimeout"] = "00:00:00" }, Ax + "AttemptTimeout"),
        new("aXcelerate attempt timeout past what a timer can wait", new() { [Ax + "AttemptTimeout"] = "30.00:00:00" }, Ax + "AttemptTimeout"),
        new("aXcelerate Retry-After cap past what a timer can wait", new() { [Ax + "MaxRetryAfter"] = "30.00:00:00" }, Ax + "MaxRetryAfter"),
        new("negative lookup cache duration", new() { [Ax + "LookupCacheDuration"] = "-00:00:01" }, Ax + "LookupCacheDuration"),

        // Users, import.
        new("zero web-service user", new() { ["HubSpotIntegration:Users:WebServiceUserContactId"] = "0" }, "HubSpotIntegration:Users:WebServiceUserContactId"),
        new("zero import page size", new() { ["HubSpotIntegration:Import:PageSize"] = "0" }, "HubSpotIntegration:Import:PageSize"),
        new("import page size past HubSpot's largest page", new() { ["HubSpotIntegration:Import:PageSize"] = "101" }, "HubSpotIntegration:Import:PageSize"),
        new("import page size that is not a number", new() { ["HubSpotIntegration:Import:PageSize"] = "fifty" }, "HubSpotIntegration:Import:PageSize"),

        // Outgoing and incoming logs (retention).
        new("outgoing body length too small", new() { ["HubSpotIntegration:OutgoingLog:MaxBodyLength"] = "0" }, "HubSpotIntegration:OutgoingLog:MaxBodyLength"),
        new("outgoing read sample rate over 1", new() { ["HubSpotIntegration:OutgoingLog:ReadSampleRate"] = "1.5" }, "HubSpotIntegration:OutgoingLog:ReadSampleRate"),
        new("outgoing read sample rate NaN", new() { ["HubSpotIntegration:OutgoingLog:ReadSampleRate"] = "NaN" }, "HubSpotIntegration:OutgoingLog:ReadSampleRate"),
        new("zero outgoing retention age", new() { ["HubSpotIntegration:OutgoingLog:MaxAge"] = "00:00:00" }, "HubSpotIntegration:OutgoingLog:MaxAge"),
        new("outgoing retention age longer than time itself", new() { ["HubSpotIntegration:OutgoingLog:MaxAge"] = "10675199.00:00:00" }, "HubSpotIntegration:OutgoingLog:MaxAge"),
        new("negative outgoing retention count", new() { ["HubSpotIntegration:OutgoingLog:MaxEntries"] = "-1" }, "HubSpotIntegration:OutgoingLog:MaxEntries"),
        new("outgoing prune interval under a second", new() { ["HubSpotIntegration:OutgoingLog:PruneInterval"] = "00:00:00.5" }, "HubSpotIntegration:OutgoingLog:PruneInterval"),
        new("outgoing prune interval past what a timer can wait", new() { ["HubSpotIntegration:OutgoingLog:PruneInterval"] = "60.00:00:00" }, "HubSpotIntegration:OutgoingLog:PruneInterval"),
        new("zero incoming retention age", new() { ["HubSpotIntegration:IncomingLog:RetentionAge"] = "00:00:00" }, "HubSpotIntegration:IncomingLog:RetentionAge"),
        new("incoming retention age longer than time itself", new() { ["HubSpotIntegration:IncomingLog:RetentionAge"] = "10675199.00:00:00" }, "HubSpotIntegration:IncomingLog:RetentionAge"),
        new("zero incoming retention count", new() { ["HubSpotIntegration:IncomingLog:MaxEntries"] = "0" }, "HubSpotIntegration:IncomingLog:MaxEntries"),
        new("zero incoming prune interval", new() { ["HubSpotIntegration:IncomingLog:PruneInterval"] = "00:00:00" }, "HubSpotIntegration:IncomingLog:PruneInterval"),
        new("incoming prune interval past what a timer can wait", new() { ["HubSpotIntegration:IncomingLog:PruneInterval"] = "60.00:00:00" }, "HubSpotIntegration:IncomingLog:PruneInterval"),

        // Receiving webhooks.
        new("HubSpot body limit under 1 KB", new() { ["HubSpotIntegration:Webhooks:MaxBodyBytes"] = "100" }, "HubSpotIntegration:Webhooks:MaxBodyBytes"),
        new("HubSpot body limit over 64 MB", new() { ["HubSpotIntegration:Webhooks:MaxBodyBytes"] = "1000000000" }, "HubSpotIntegration:Webhooks:MaxBodyBytes"),
        new("relative public base URL", new() { ["HubSpotIntegration:Webhooks:PublicBaseUrl"] = "/integration" }, "HubSpotIntegration:Webhooks:PublicBaseUrl"),
        new("public base URL with a query", new() { ["HubSpotIntegration:Webhooks:PublicBaseUrl"] = "https://crm.example.edu.au/?a=1" }, "HubSpotIntegration:Webhooks:PublicBaseUrl"),
        new("no signature version allowed", new() { ["HubSpotIntegration:Webhooks:AllowedSignatureVersions"] = "None" }, "HubSpotIntegration:Webhooks:AllowedSignatureVersions"),
        new("timestamp tolerance over an hour", new() { ["HubSpotIntegration:Webhooks:TimestampTolerance"] = "02:00:00" }, "HubSpotIntegration:Webhooks:TimestampTolerance"),
        new("zero timestamp tolerance", new() { ["HubSpotIntegration:Webhooks:TimestampTolerance"] = "00:00:00" }, "HubSpotIntegration:Webhooks:TimestampTolerance"),
        new("aXcelerate body limit zero", new() { ["HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes"] = "0" }, "HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes"),
        new("blank aXcelerate signing key", new() { ["HubSpotIntegration:AxcelerateWebhooks:SigningKey"] = " " }, "HubSpotIntegration:AxcelerateWebhooks:SigningKey"),
        new("undefined aXcelerate signature scheme", new() { ["HubSpotIntegration:AxcelerateWebhooks:SignatureScheme"] = "7" }, "HubSpotIntegration:AxcelerateWebhooks:SignatureScheme"),

        // Processing webhooks.
        new("zero processing batch", new() { ["HubSpotIntegration:WebhookProcessing:BatchSize"] = "0" }, "HubSpotIntegration:WebhookProcessing:BatchSize"),
        new("processing batch over 1000", new() { ["HubSpotIntegration:WebhookProcessing:BatchSize"] = "1001" }, "HubSpotIntegration:WebhookProcessing:BatchSize"),
        new("zero processing poll interval", new() { ["HubSpotIntegration:WebhookProcessing:PollInterval"] = "00:00:00" }, "HubSpotIntegration:WebhookProcessing:PollInterval"),
        new("processing poll interval past what a timer can wait", new() { ["HubSpotIntegration:WebhookProcessing:PollInterval"] = "60.00:00:00" }, "HubSpotIntegration:WebhookProcessing:PollInterval"),
        new("zero processing lease", new() { ["HubSpotIntegration:WebhookProcessing:Lease"] = "00:00:00" }, "HubSpotIntegration:WebhookProcessing:Lease"),
        new("processing lease longer than time itself", new() { ["HubSpotIntegration:WebhookProcessing:Lease"] = "10675199.00:00:00" }, "HubSpotIntegration:WebhookProcessing:Lease"),
        new("zero first retry delay", new() { ["HubSpotIntegration:WebhookProcessing:FirstRetryDelay"] = "00:00:00" }, "HubSpotIntegration:WebhookProcessing:FirstRetryDelay"),
        new("longest retry delay shorter than the first", new() { ["HubSpotIntegration:WebhookProcessing:MaxRetryDelay"] = "00:00:01" }, "HubSpotIntegration:WebhookProcessing:MaxRetryDelay"),
        new("longest retry delay longer than time itself", new() { ["HubSpotIntegration:WebhookProcessing:MaxRetryDelay"] = "10675199.00:00:00" }, "HubSpotIntegration:WebhookProcessing:MaxRetryDelay"),
        new("zero processing attempts", new() { ["HubSpotIntegration:WebhookProcessing:MaxAttempts"] = "0" }, "HubSpotIntegration:WebhookProcessing:MaxAttempts"),
        new("undefined contact deletion action", new() { ["HubSpotIntegration:WebhookProcessing:ContactDeletion"] = "5" }, "HubSpotIntegration:WebhookProcessing:ContactDeletion"),

        // The aXcelerate contact poller (configured in code).
        new("poller interval under a second", [], "Interval", o => o.Interval = TimeSpan.FromMilliseconds(10)),
        new("poller interval past what a timer can wait", [], "Interval", o => o.Interval = TimeSpan.FromDays(60)),
        new("zero poller page size", [], "PageSize", o => o.PageSize = 0),
        new("poller page size over 100", [], "PageSize", o => o.PageSize = 101),
    ];

    public static TheoryData<string> Names => [.. Rows.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_invalid_setting_fails_the_host_at_start_naming_the_setting(string name)
    {
        var row = Rows.Single(r => r.Name == name);
        using var host = Build(Apply(Complete(), row.Changes), row.Poller);

        var start = () => host.StartAsync();

        var failure = (await start.Should().ThrowAsync<Exception>("the host must not start with {0}", name)).Which;
        failure.Message.Should().Contain(row.Expected);
        failure.Should().Match<Exception>(e => e is Microsoft.Extensions.Options.OptionsValidationException || e is InvalidOperationException);
    }

    [Fact]
    public async Task A_complete_configuration_and_a_complete_OAuth_one_start()
    {
        foreach (var settings in new[] { Complete(), Apply(Complete(), OAuth()) })
        {
            using var host = Build(settings, null);
            await host.StartAsync();
            await host.StopAsync();
        }
    }

    [Fact]
    public void Every_row_has_a_distinct_name() => Rows.Select(r => r.Name).Should().OnlyHaveUniqueItems();

    private static IHost Build(Dictionary<string, string?> settings, Action<ContactPollerOptions>? poller)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddHubSpotIntegration(builder.Configuration)
            .UseInMemoryStore()
            .ProcessWebhooksInBackground()
            .PollAxcelerateContacts(poller);
        return builder.Build();
    }

    private static Dictionary<string, string?> Complete() => new()
    {
        [Hs + "AccessToken"] = "pat-hardening-token",
        [Ax + "BaseUrl"] = "http://127.0.0.1:1/api",
        [Ax + "ApiToken"] = "axc-hardening-api",
        [Ax + "WsToken"] = "axc-hardening-ws",
    };

    // A complete OAuth set (removing the token unless asked to keep it).
    private static Dictionary<string, string?> OAuth(bool keepToken = false)
    {
        var changes = new Dictionary<string, string?>
        {
            [Hs + "ClientId"] = "client-id-hardening",
            [Hs + "ClientSecret"] = "client-secret-hardening",
            [Hs + "RedirectUri"] = "https://app.example.com/callback",
        };
        if (!keepToken)
        {
            changes[Hs + "AccessToken"] = null;
        }

        return changes;
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> changes, string key, string? value)
    {
        changes[key] = value;
        return changes;
    }

    private static Dictionary<string, string?> Without(Dictionary<string, string?> changes, string key) => With(changes, key, null);

    private static Dictionary<string, string?> Apply(Dictionary<string, string?> settings, Dictionary<string, string?> changes)
    {
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }
}
