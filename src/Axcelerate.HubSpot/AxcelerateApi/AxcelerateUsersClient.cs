using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateUsersClient"/>.</summary>
internal sealed class AxcelerateUsersClient(AxcelerateTransport transport) : IAxcelerateUsersClient
{
    public async Task<IReadOnlyList<AxcelerateUser>> SearchAsync(AxcelerateUserSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var form = search.ToForm();
        return await transport.GetListAsync<AxcelerateUser>(api => api.SearchUsers(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AxcelerateUser>> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return SearchAsync(new AxcelerateUserSearch { Email = email.Trim(), Status = AxcelerateUserStatus.All }, cancellationToken);
    }

    public Task<AxcelerateUser?> GetAsync(long userId, CancellationToken cancellationToken = default) =>
        transport.GetOrDefaultAsync<AxcelerateUser>(api => api.GetUser(userId, cancellationToken), cancellationToken);
}
