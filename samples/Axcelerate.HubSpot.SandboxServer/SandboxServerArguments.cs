using System.Globalization;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.SandboxServer;

/// <summary>The command line of the sandbox server, parsed by hand: a handful of <c>--name value</c> pairs.</summary>
internal sealed class SandboxServerArguments
{
    public const string Usage =
        "usage: Axcelerate.HubSpot.SandboxServer [--hubspot-port N] [--axcelerate-port N] [--seed N] [--contacts N] [--companies N] " +
        "[--deals N] [--hubspot-token T] [--hubspot-other-app-token T] [--axcelerate-api-token T] [--axcelerate-ws-token T] [--rate-limits on|off] " +
        "[--webhook-url URL --webhook-secret S [--webhook-events LIST] [--webhook-signed-url URL]]";

    /// <summary>aXcelerate publishes no quota; this is the throttle of the most complete public client (150 a minute).</summary>
    public const int AxcelerateRequestsPerMinute = 150;

    /// <summary>HubSpot's Professional/Enterprise private-app limit: 190 requests per rolling 10 seconds.</summary>
    public const int HubSpotTenSecondlyLimit = 190;

    /// <summary>HubSpot's Professional daily limit.</summary>
    public const int HubSpotDailyLimit = 625_000;

    /// <summary>HubSpot's CRM search limit: 5 requests per second.</summary>
    public const int HubSpotSearchPerSecondLimit = 5;

    public int HubSpotPort { get; private set; } = 5071;

    public int AxceleratePort { get; private set; } = 5072;

    public DemoDataOptions DemoData { get; } = new();

    public string HubSpotToken { get; private set; } = "sandbox-hubspot-token";

    public string HubSpotOtherAppToken { get; private set; } = "sandbox-other-app-token";

    public string AxcelerateApiToken { get; private set; } = "sandbox-api-token";

    public string AxcelerateWsToken { get; private set; } = "sandbox-ws-token";

    public bool RateLimits { get; private set; } = true;

    public Uri? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>The events the webhook app subscribes to; by default the record events of contacts, companies and deals.</summary>
    public IReadOnlyList<HubSpotWebhookEvent> WebhookEvents { get; private set; } =
        [.. new[] { HubSpotObjectType.Contacts, HubSpotObjectType.Companies, HubSpotObjectType.Deals }.SelectMany(HubSpotWebhookEvent.RecordEvents)];

    public Uri? WebhookSignedUrl { get; private set; }

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="FormatException">An argument is unknown, lacks its value or has a bad value; the message says which.</exception>
    public static SandboxServerArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new SandboxServerArguments();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"{name} needs a value.");
            }

            var value = args[i + 1];
            switch (name)
            {
                case "--hubspot-port": parsed.HubSpotPort = Port(name, value); break;
                case "--axcelerate-port": parsed.AxceleratePort = Port(name, value); break;
                case "--seed": parsed.DemoData.Seed = Number(name, value, int.MinValue); break;
                case "--contacts":
                    parsed.DemoData.HubSpotContacts = parsed.DemoData.AxcelerateContacts = Number(name, value, 0);
                    break;
                case "--companies":
                    parsed.DemoData.HubSpotCompanies = parsed.DemoData.AxcelerateOrganisations = Number(name, value, 0);
                    break;
                case "--deals":
                    parsed.DemoData.HubSpotDeals = parsed.DemoData.AxcelerateOpportunities = Number(name, value, 0);
                    break;
                case "--hubspot-token": parsed.HubSpotToken = value; break;
                case "--hubspot-other-app-token": parsed.HubSpotOtherAppToken = value; break;
                case "--axcelerate-api-token": parsed.AxcelerateApiToken = value; break;
                case "--axcelerate-ws-token": parsed.AxcelerateWsToken = value; break;
                case "--rate-limits":
                    parsed.RateLimits = value switch
                    {
                        "on" => true,
                        "off" => false,
                        _ => throw new FormatException($"--rate-limits must be on or off, not '{value}'."),
                    };
                    break;
                case "--webhook-url":
                    parsed.WebhookUrl = HttpUrl(name, value);
                    break;
                case "--webhook-secret": parsed.WebhookSecret = value; break;
                case "--webhook-signed-url": parsed.WebhookSignedUrl = HttpUrl(name, value); break;
                case "--webhook-events":
                    parsed.WebhookEvents = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(HubSpotWebhookEvent.Parse)];
                    if (parsed.WebhookEvents.Count == 0)
                    {
                        throw new FormatException("--webhook-events needs at least one event, such as contact.creation,contact.propertyChange:email.");
                    }

                    break;
                default: throw new FormatException($"unknown option '{name}'.");
            }
        }

        if ((parsed.WebhookUrl is null) != (parsed.WebhookSecret is null))
        {
            throw new FormatException("--webhook-url and --webhook-secret go together.");
        }

        if (parsed.WebhookUrl is null && (parsed.WebhookSignedUrl is not null || args.Contains("--webhook-events")))
        {
            throw new FormatException("--webhook-events and --webhook-signed-url need --webhook-url and --webhook-secret.");
        }

        return parsed;
    }

    /// <summary>The sandbox options these arguments describe.</summary>
    public IntegrationSandboxOptions ToOptions()
    {
        var options = new IntegrationSandboxOptions { DemoData = DemoData };
        options.HubSpot.Port = HubSpotPort;
        options.HubSpot.AccessToken = HubSpotToken;
        options.HubSpot.OtherAppToken = HubSpotOtherAppToken;
        if (RateLimits)
        {
            options.HubSpot.TenSecondlyLimit = HubSpotTenSecondlyLimit;
            options.HubSpot.DailyLimit = HubSpotDailyLimit;
            options.HubSpot.SearchPerSecondLimit = HubSpotSearchPerSecondLimit;
        }
        else
        {
            options.HubSpot.WithoutRateLimits();
        }

        options.Axcelerate.Port = AxceleratePort;
        options.Axcelerate.ApiToken = AxcelerateApiToken;
        options.Axcelerate.WsToken = AxcelerateWsToken;
        options.Axcelerate.RateLimitPerWindow = RateLimits ? AxcelerateRequestsPerMinute : null;
        options.Axcelerate.RateLimitWindow = TimeSpan.FromMinutes(1);
        return options;
    }

    private static Uri HttpUrl(string name, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new FormatException($"{name} must be an absolute http(s) URL, not '{value}'.");

    private static int Port(string name, string value)
    {
        var port = Number(name, value, 0);
        return port <= 65535 ? port : throw new FormatException($"{name} must be a port from 0 to 65535, not '{value}'.");
    }

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new FormatException($"{name} must be a whole number{(minimum == 0 ? " of at least 0" : string.Empty)}, not '{value}'.");
}
