using System.ComponentModel;
using System.Text.Json;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>oauth url</c>.</summary>
internal sealed class OAuthUrlSettings : StoreSettings
{
    [CommandOption("--state <STATE>")]
    [Description("An opaque value HubSpot echoes back to the redirect URI (check it there, against CSRF). A random one when omitted.")]
    public string? State { get; init; }

    [CommandOption("--json")]
    [Description("Prints one JSON document (url, state) instead of text.")]
    public bool Json { get; init; }
}

/// <summary>The options of <c>oauth exchange</c>.</summary>
internal sealed class OAuthExchangeSettings : StoreSettings
{
    [CommandArgument(0, "<CODE>")]
    [Description("The code query value HubSpot sent to the redirect URI.")]
    public string Code { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Prints one JSON document (hubId, expiresAt, scopes; never a token) instead of text.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Code) ? ValidationResult.Error("oauth exchange needs the CODE HubSpot sent to the redirect URI.") : ValidationResult.Success();
}

/// <summary><c>oauth url</c>: the address to send an administrator to, to install the app on their HubSpot portal.</summary>
internal sealed class OAuthUrlCommand : AsyncCommand<OAuthUrlSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OAuthUrlSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateForOAuth(io.Configuration, settings.StorePath, needsSecret: false);
        var state = string.IsNullOrWhiteSpace(settings.State) ? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() : settings.State;
        var url = environment.Services.GetRequiredService<IHubSpotOAuthClient>().GetAuthorizationUrl(state);
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(new { url = url.AbsoluteUri, state })).ConfigureAwait(false);
        }
        else
        {
            io.Console.MarkupLine("Open this address, approve the app, and pass the [bold]code[/] from the redirect to [bold]oauth exchange[/]:");
            io.Console.WriteLine(url.AbsoluteUri);
            io.Console.MarkupLineInterpolated($"[grey]state: {state} (the redirect carries it back: check it)[/]");
        }

        return SampleApp.Done;
    }
}

/// <summary><c>oauth exchange CODE</c>: exchanges the redirect's code for tokens and keeps them in the store file.</summary>
internal sealed class OAuthExchangeCommand : AsyncCommand<OAuthExchangeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OAuthExchangeSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateForOAuth(io.Configuration, settings.StorePath, needsSecret: true);
        var grant = await environment.Services.GetRequiredService<IHubSpotOAuthClient>().ExchangeCodeAsync(settings.Code.Trim(), cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(new { hubId = grant.HubId, expiresAt = grant.ExpiresAt, scopes = grant.Scopes })).ConfigureAwait(false);
        }
        else
        {
            io.Console.MarkupLineInterpolated($"[green]Authorised[/] portal {grant.HubId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(not said)"}; the access token expires at {grant.ExpiresAt:u} and is refreshed by itself.");
            io.Console.MarkupLineInterpolated($"Scopes: {string.Join(' ', grant.Scopes)}");
            io.Console.MarkupLineInterpolated($"[grey]The grant is kept in {environment.StoreDescription}; the other commands use it when HubSpotIntegration__HubSpot__AccessToken is not set.[/]");
        }

        return SampleApp.Done;
    }
}
