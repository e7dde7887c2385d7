using System.Globalization;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// Builds a record's address in HubSpot's UI, <c>{web app}/contacts/{portalId}/record/{objectTypeId}/{id}</c>. The
/// portal id and web app are <c>HubSpot:PortalId</c> and <c>HubSpot:UiBaseUrl</c> when the portal id is configured;
/// otherwise they are read from HubSpot's account-info details once per process and cached (a failed read is retried
/// by the next call). They never change for a connected account.
/// </summary>
internal sealed class HubSpotRecordAddresses(IHubSpotClient hubSpot, IOptionsMonitor<HubSpotIntegrationOptions> options)
{
    private const string DefaultUiDomain = "app.hubspot.com";
    private volatile Account? _read;

    /// <summary>The address of a contact, company or deal.</summary>
    public async Task<Uri> ForAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken) =>
        (await AccountAsync(cancellationToken).ConfigureAwait(false)).Record(ObjectTypeId(entity), hubSpotId);

    /// <summary>The portal and web app the addresses are built on.</summary>
    public async ValueTask<Account> AccountAsync(CancellationToken cancellationToken)
    {
        var configured = options.CurrentValue.HubSpot;
        if (configured.PortalId is { } portalId)
        {
            return new Account(portalId, configured.UiBaseUrl.AbsoluteUri.TrimEnd('/'));
        }

        if (_read is { } read)
        {
            return read;
        }

        var details = await hubSpot.GetAccountDetailsAsync(cancellationToken).ConfigureAwait(false);
        var domain = string.IsNullOrWhiteSpace(details.UiDomain) ? DefaultUiDomain : details.UiDomain.Trim();
        return _read = new Account(details.PortalId, "https://" + domain);
    }

    public static string ObjectTypeId(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "0-1",
        MappedEntity.Organisation => "0-2",
        _ => "0-3",
    };

    /// <summary>A portal and the root of its web app (no trailing slash).</summary>
    public sealed record Account(long PortalId, string Root)
    {
        /// <summary>A record's page, optionally with one engagement opened on it.</summary>
        public Uri Record(string objectTypeId, string id, string? engagementId = null) => new(string.Create(
            CultureInfo.InvariantCulture,
            $"{Root}/contacts/{PortalId}/record/{objectTypeId}/{Uri.EscapeDataString(id)}{(engagementId is null ? string.Empty : "/?engagement=" + Uri.EscapeDataString(engagementId))}"));
    }
}
