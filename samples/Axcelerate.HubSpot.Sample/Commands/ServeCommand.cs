using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>serve</c>.</summary>
internal sealed class ServeSettings : StoreSettings
{
    /// <summary>Where Kestrel listens unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://localhost:5000";

    [CommandOption("--urls <URL>")]
    [Description("Where to listen, e.g. http://0.0.0.0:8080 (several separated by ';'; port 0 picks a free port). Default: http://localhost:5000.")]
    public string? Urls { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        foreach (var url in (Urls ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return Spectre.Console.ValidationResult.Error($"--urls: '{url}' is not an http or https URL (e.g. http://0.0.0.0:8080).");
            }
        }

        return Spectre.Console.ValidationResult.Success();
    }
}

/// <summary>
/// <c>serve</c>: hosts HubSpot's webhook endpoint at <c>/hubspot/webhooks</c> with Kestrel until Ctrl+C or SIGTERM,
/// logging every signed delivery in the store's incoming log. HubSpot's signing secret is the app's client secret,
/// <c>HubSpotIntegration__HubSpot__ClientSecret</c>.
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    /// <summary>The webhook route; the HubSpot app's target URL is the public address plus this path.</summary>
    public const string WebhookPath = "/hubspot/webhooks";

    private static readonly string[] RequiredKeys =
    [
        "HubSpotIntegration:HubSpot:ClientSecret",
        "HubSpotIntegration:Axcelerate:BaseUrl",
        "HubSpotIntegration:Axcelerate:ApiToken",
        "HubSpotIntegration:Axcelerate:WsToken",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        if (io.Configuration is not null)
        {
            builder.Configuration.AddConfiguration(io.Configuration);
        }

        RequireSettings(builder.Configuration);
        var store = Path.GetFullPath(settings.StorePath);
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);

        builder.WebHost.UseUrls(settings.Urls ?? ServeSettings.DefaultUrls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout stays for the addresses
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        AddBackgroundServices(builder.Services.AddHubSpotIntegration(builder.Configuration).UseSqliteStore($"Data Source={store}"));

        await using var app = builder.Build();
        app.MapHubSpotWebhooks(WebhookPath);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["HubSpotIntegration:AxcelerateWebhooks:SigningKey"]) || builder.Configuration.GetValue<bool>("HubSpotIntegration:AxcelerateWebhooks:AcceptUnsigned"))
        {
            app.MapAxcelerateWebhooks("/axcelerate/webhooks"); // aXcelerate contact.* events (needs the key at start), pushed to HubSpot by the processor
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            await io.Out.WriteLineAsync($"Receiving HubSpot webhooks at {address.TrimEnd('/')}{WebhookPath}").ConfigureAwait(false);
        }

        await io.Out.WriteLineAsync($"Store: {store}. Ctrl+C or SIGTERM stops.").ConfigureAwait(false);
        await io.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);

        // Returns on Ctrl+C (the token) or SIGTERM (the host's lifetime), after in-flight requests finish.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        await io.Out.WriteLineAsync("Stopped.").ConfigureAwait(false);
        return SampleApp.Done;
    }

    /// <summary>
    /// The background services <c>serve</c> runs beside the endpoint: the place to register the incoming-log
    /// processor and the aXcelerate poller (hosted services start and stop with the host).
    /// </summary>
    // The background work serve runs besides the endpoint: the processor that applies logged webhooks to aXcelerate
    // (woken by each delivery), the incoming log's retention pruner, and the contact poller that pushes aXcelerate
    // changes to HubSpot (it reads nothing while both contact push flows are off).
    private static void AddBackgroundServices(HubSpotIntegrationBuilder integration) =>
        integration.ProcessWebhooksInBackground().PollAxcelerateContacts();

    private static void RequireSettings(ConfigurationManager configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["HubSpotIntegration:HubSpot:AccessToken"])
            && string.IsNullOrWhiteSpace(configuration["HubSpotIntegration:HubSpot:ClientId"]))
        {
            throw new MissingSettingException("HubSpotIntegration:HubSpot:AccessToken");
        }

        if (RequiredKeys.FirstOrDefault(key => string.IsNullOrWhiteSpace(configuration[key])) is { } missing)
        {
            throw new MissingSettingException(missing);
        }
    }
}
