using Axcelerate.HubSpot.HubSpotApi.Auth;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// The typed HubSpot client: CRM objects, associations, owners, pipelines, properties and OAuth, with paging as
/// <see cref="IAsyncEnumerable{T}"/>, batches of any size, rate limiting and retries built in. Paths follow
/// <see cref="HubSpotOptions.ApiVersion"/>. Failures throw <see cref="HubSpotApiException"/>.
/// </summary>
public interface IHubSpotClient
{
    /// <summary>Contacts (<c>contacts</c>).</summary>
    IHubSpotObjectClient Contacts { get; }

    /// <summary>Companies (<c>companies</c>).</summary>
    IHubSpotObjectClient Companies { get; }

    /// <summary>Deals (<c>deals</c>).</summary>
    IHubSpotObjectClient Deals { get; }

    /// <summary>Notes (<c>notes</c>).</summary>
    IHubSpotObjectClient Notes { get; }

    /// <summary>Calls (<c>calls</c>).</summary>
    IHubSpotObjectClient Calls { get; }

    /// <summary>Emails (<c>emails</c>).</summary>
    IHubSpotObjectClient Emails { get; }

    /// <summary>Meetings (<c>meetings</c>).</summary>
    IHubSpotObjectClient Meetings { get; }

    /// <summary>Tasks (<c>tasks</c>).</summary>
    IHubSpotObjectClient Tasks { get; }

    /// <summary>Associations between records (v4 semantics).</summary>
    IHubSpotAssociationClient Associations { get; }

    /// <summary>Owners (users and queues that own records).</summary>
    IHubSpotOwnerClient Owners { get; }

    /// <summary>Pipelines and their stages.</summary>
    IHubSpotPipelineClient Pipelines { get; }

    /// <summary>Property definitions.</summary>
    IHubSpotPropertyClient Properties { get; }

    /// <summary>The OAuth grant (authorisation URL, code exchange, refresh, revoke).</summary>
    IHubSpotOAuthClient OAuth { get; }

    /// <summary>
    /// What HubSpot last reported about the rate limits, e.g. the remaining daily budget of a private app, so that a
    /// long job can check <see cref="HubSpotRateLimitStatus.CanAfford"/> before it starts. Updated from every answer.
    /// </summary>
    HubSpotRateLimitStatus RateLimits { get; }

    /// <summary>Reads the connected account's details (portal id, UI domain, time zone, currency) from HubSpot's account-info endpoint.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The account's details.</returns>
    Task<HubSpotAccountDetails> GetAccountDetailsAsync(CancellationToken cancellationToken = default);

    /// <summary>Any other object type, e.g. <c>tickets</c> or a custom object's <c>2-123456</c>.</summary>
    /// <param name="objectType">The object type name or id.</param>
    /// <returns>A client for that object type.</returns>
    IHubSpotObjectClient Objects(string objectType);
}
