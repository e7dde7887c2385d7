using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// Builds a record's address in HubSpot's UI, <c>https://{uiDomain}/contacts/{portalId}/record/{objectTypeId}/{id}</c>.
/// The portal id and UI domain are read from HubSpot's account-info details once per process and cached (a failed read
/// is retried by the next call); they never change for a connected account.
/// </summary>
internal sealed class HubSpotRecordAddresses(IHubSpotClient hubSpot)
{
    private const string DefaultUiDomain = "app.hubspot.com";
    private volatile Account? _account;

    public async Task<Uri> ForAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken)
    {
        var account = _account;
        if (account is null)
        {
            var details = await hubSpot.GetAccountDetailsAsync(cancellationToken).ConfigureAwait(false);
            account = _account = new Account(details.PortalId, string.IsNullOrWhiteSpace(details.UiDomain) ? DefaultUiDomain : details.UiDomain.Trim());
        }

        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"https://{account.UiDomain}/contacts/{account.PortalId}/record/{ObjectTypeId(entity)}/{Uri.EscapeDataString(hubSpotId)}"));
    }

    public static string ObjectTypeId(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "0-1",
        MappedEntity.Organisation => "0-2",
        _ => "0-3",
    };

    private sealed record Account(long PortalId, string UiDomain);
}
