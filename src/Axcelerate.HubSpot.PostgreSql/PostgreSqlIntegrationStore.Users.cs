using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string UserLinkColumns = "hubspot_owner_id, axcelerate_contact_id, email, method, linked_at";

    /// <inheritdoc />
    public async ValueTask<UserLink?> GetUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var rows = await QueryUserLinksAsync($"SELECT {UserLinkColumns} FROM axhs.user_links WHERE hubspot_owner_id = @owner;", hubSpotOwnerId, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<UserLink>> ListUserLinksAsync(CancellationToken cancellationToken = default) =>
        await QueryUserLinksAsync($"SELECT {UserLinkColumns} FROM axhs.user_links ORDER BY hubspot_owner_id;", null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<UserLink> SetUserLinkAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var link = new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now);
        await WriteUserLinkAsync(
            "ON CONFLICT (hubspot_owner_id) DO UPDATE SET axcelerate_contact_id = excluded.axcelerate_contact_id, email = excluded.email, method = excluded.method, linked_at = excluded.linked_at",
            link,
            cancellationToken).ConfigureAwait(false);
        return link;
    }

    /// <inheritdoc />
    public async ValueTask<bool> AddUserLinkIfAbsentAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var link = new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now);
        return await WriteUserLinkAsync("ON CONFLICT (hubspot_owner_id) DO NOTHING", link, cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
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
            ("@method", PostgreSqlCommands.Name(link.Method)),
            ("@at", PostgreSqlCommands.Ticks(link.LinkedAt)));

    private async ValueTask<List<UserLink>> QueryUserLinksAsync(string sql, string? ownerId, CancellationToken cancellationToken)
    {
        var rows = new List<UserLink>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, sql);
            await using (select.ConfigureAwait(false))
            {
                if (ownerId is not null)
                {
                    select.With("@owner", ownerId);
                }

                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(new UserLink(reader.GetString(0), reader.NullableInt64(1), reader.NullableString(2), reader.Enum<UserLinkMethod>(3), reader.Time(4)));
                    }
                }
            }
        }

        return rows;
    }
}
