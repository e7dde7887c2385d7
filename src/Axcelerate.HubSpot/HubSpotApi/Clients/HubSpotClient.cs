using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.HubSpotApi.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>The <see cref="IHubSpotClient"/> façade; transient, like the typed HttpClient beneath it.</summary>
internal sealed class HubSpotClient : IHubSpotClient
{
    private readonly IHubSpotApi _api;
    private readonly HubSpotPaths _paths;
    private readonly ILogger<HubSpotClient> _logger;

    private readonly HubSpotRateGovernor _governor;

    public HubSpotClient(IHubSpotApi api, IOptionsMonitor<HubSpotIntegrationOptions> options, IHubSpotOAuthClient oauth, HubSpotRateGovernor governor, ILogger<HubSpotClient> logger)
    {
        _governor = governor;
        _api = api;
        _logger = logger;
        _paths = HubSpotPaths.For(options.CurrentValue.HubSpot);
        Contacts = Objects("contacts");
        Companies = Objects("companies");
        Deals = Objects("deals");
        Notes = Objects("notes");
        Calls = Objects("calls");
        Emails = Objects("emails");
        Meetings = Objects("meetings");
        Tasks = Objects("tasks");
        Associations = new HubSpotAssociationClient(api, _paths, logger);
        Owners = new HubSpotOwnerClient(api, _paths);
        Pipelines = new HubSpotPipelineClient(api, _paths);
        Properties = new HubSpotPropertyClient(api, _paths);
        OAuth = oauth;
    }

    public IHubSpotObjectClient Contacts { get; }

    public IHubSpotObjectClient Companies { get; }

    public IHubSpotObjectClient Deals { get; }

    public IHubSpotObjectClient Notes { get; }

    public IHubSpotObjectClient Calls { get; }

    public IHubSpotObjectClient Emails { get; }

    public IHubSpotObjectClient Meetings { get; }

    public IHubSpotObjectClient Tasks { get; }

    public IHubSpotAssociationClient Associations { get; }

    public IHubSpotOwnerClient Owners { get; }

    public IHubSpotPipelineClient Pipelines { get; }

    public IHubSpotPropertyClient Properties { get; }

    public IHubSpotOAuthClient OAuth { get; }

    public HubSpotRateLimitStatus RateLimits => _governor.Status;

    public async Task<HubSpotAccountDetails> GetAccountDetailsAsync(CancellationToken cancellationToken = default)
    {
        var details = await _api.GetAccountDetailsAsync(_paths.AccountInfo, cancellationToken).ConfigureAwait(false);
        _governor.LearnTimeZone(details.TimeZone); // whose midnight resets the daily limit
        return details;
    }

    public IHubSpotObjectClient Objects(string objectType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        return new HubSpotObjectClient(_api, _paths, objectType, _logger);
    }
}
