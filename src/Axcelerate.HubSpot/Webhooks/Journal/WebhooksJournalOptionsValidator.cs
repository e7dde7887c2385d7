using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Checks <see cref="WebhooksJournalOptions"/> at host start, naming each bad setting.</summary>
internal sealed class WebhooksJournalOptionsValidator(IOptionsMonitor<HubSpotIntegrationOptions> integration) : IValidateOptions<WebhooksJournalOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhooksJournalOptions options)
    {
        List<string> problems = [];
        var hubSpot = integration.CurrentValue.HubSpot;
        if (string.IsNullOrWhiteSpace(options.ClientId ?? hubSpot.ClientId))
        {
            problems.Add("WebhooksJournal:ClientId (or HubSpotIntegration:HubSpot:ClientId) must be set: the journal is read with the app's client-credentials token.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret ?? hubSpot.ClientSecret))
        {
            problems.Add("WebhooksJournal:ClientSecret (or HubSpotIntegration:HubSpot:ClientSecret) must be set: the journal is read with the app's client-credentials token.");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"WebhooksJournal:PollInterval must be between 1 second and 1 hour (it is {options.PollInterval}); the journal keeps only 3 days.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            problems.Add($"WebhooksJournal:BatchSize must be between 1 and 1000 entries (it is {options.BatchSize}).");
        }

        if (!Enum.IsDefined(options.Journal))
        {
            problems.Add($"WebhooksJournal:Journal must be Global or Local (it is {options.Journal}).");
        }
        else if (options.Journal == WebhooksJournalKind.Local && options.InstallPortalId is not > 0)
        {
            problems.Add("WebhooksJournal:InstallPortalId must be set to the installed portal's id to read the Local journal.");
        }

        if (!Enum.IsDefined(options.StartFrom))
        {
            problems.Add($"WebhooksJournal:StartFrom must be Earliest or Latest (it is {options.StartFrom}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
