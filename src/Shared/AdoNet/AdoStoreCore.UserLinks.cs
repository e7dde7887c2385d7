using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>User links (HubSpot owner to aXcelerate contact).</summary>
internal abstract partial class AdoStoreCore
{
    private const string UserLinkColumns = "hubspot_owner_id, axcelerate_contact_id, email, method, linked_at";

    public async ValueTask<UserLink?> GetUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        return await QueryFirstAsync($"SELECT {UserLinkColumns} FROM axhs.user_links WHERE hubspot_owner_id = @owner;", AdoRows.UserLink, cancellationToken, ("@owner", hubSpotOwnerId)).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<UserLink>> ListUserLinksAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {UserLinkColumns} FROM axhs.user_links ORDER BY hubspot_owner_id;", AdoRows.UserLink, cancellationToken).ConfigureAwait(false);

    public async ValueTask<UserLink> SetUserLinkAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var link = new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now);
        await WriteUserLinkAsync(
            "ON CONFLICT (hubspot_owner_id) DO UPDATE SET axcelerate_contact_id = excluded.axcelerate_contact_id, email = excluded.email, method = excluded.method, linked_at = excluded.linked_at",
            link,
            cancellationToken).ConfigureAwait(false);
        return link;
    }

    public async ValueTask<bool> AddUserLinkIfAbsentAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var link = new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now);
        return await WriteUserLinkAsync("ON CONFLICT (hubspot_owner_id) DO NOTHING", link, cancellationToken).ConfigureAwait(false) > 0;
    }

    public async ValueTask<bool> RemoveUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        return await ExecuteAsync("DELETE FROM axhs.user_links WHERE hubspot_owner_id = @owner;", cancellationToken, ("@owner", hubSpotOwnerId)).ConfigureAwait(false) > 0;
    }

    private ValueTask<int> WriteUserLinkAsync(string onConflict, UserLink link, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"INSERT INTO axhs.user_links ({UserLinkColumns}) VALUES (@owner, @contact, @email, @method, @at) {onConflict};",
            cancellationToken,
            ("@owner", link.HubSpotOwnerId),
            ("@contact", link.AxcelerateContactId),
            ("@email", link.Email),
            ("@method", AdoValues.Name(link.Method)),
            ("@at", AdoValues.Ticks(link.LinkedAt)));
}
