using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateUsersClient"/>.</summary>
internal sealed class AxcelerateUsersClient(AxcelerateTransport transport) : IAxcelerateUsersClient
{
    /// <summary>The rows <c>POST /users</c> returns at most ("Display Length is defaulted to 10 ... no paging").</summary>
    internal const int RowCap = 10;

    private const int MaxPrefixLength = 3;
    private const string FirstCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string NextCharacters = "abcdefghijklmnopqrstuvwxyz '-";

    public async Task<IReadOnlyList<AxcelerateUser>> FindAsync(AxcelerateUserSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var form = search.ToForm();
        return await transport.GetListAsync<AxcelerateUser>(api => api.SearchUsers(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AxcelerateUser>> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return FindAsync(new AxcelerateUserSearch { Email = email.Trim(), Status = AxcelerateUserStatus.All }, cancellationToken);
    }

    public async Task<AxcelerateUserList> GetAllAsync(AxcelerateUserStatus status = AxcelerateUserStatus.Active, CancellationToken cancellationToken = default)
    {
        var first = await FindAsync(new AxcelerateUserSearch { Status = status }, cancellationToken).ConfigureAwait(false);
        if (first.Count < RowCap)
        {
            return new AxcelerateUserList(first, null);
        }

        // POST /users has no paging: split the account by surname prefix until every answer is below the cap.
        var users = new Dictionary<long, AxcelerateUser>();
        var pending = new Queue<string>(FirstCharacters.Select(c => c.ToString()));
        var capped = new List<string>();
        while (pending.TryDequeue(out var prefix))
        {
            var rows = await FindAsync(new AxcelerateUserSearch { Surname = prefix, Status = status }, cancellationToken).ConfigureAwait(false);
            foreach (var user in rows)
            {
                users.TryAdd(user.UserId, user);
            }

            if (rows.Count < RowCap)
            {
                continue;
            }

            if (prefix.Length < MaxPrefixLength)
            {
                foreach (var next in NextCharacters)
                {
                    pending.Enqueue(prefix + next);
                }
            }
            else
            {
                capped.Add(prefix);
            }
        }

        var missed = first.Count(u => !users.ContainsKey(u.UserId));
        foreach (var user in first)
        {
            users.TryAdd(user.UserId, user);
        }

        string? reason = null;
        if (capped.Count > 0)
        {
            reason = $"POST /users returns at most {RowCap} rows and has no paging; {capped.Count} surname prefix(es) of {MaxPrefixLength} characters (e.g. '{capped[0]}') still reached that cap.";
        }
        else if (missed > 0)
        {
            reason = $"POST /users returns at most {RowCap} rows and has no paging; {missed} user(s) have a surname that a search by its first letters or digits did not find, so others like them may be missing.";
        }

        return new AxcelerateUserList(users.Values.OrderBy(u => u.UserId).ToList(), reason);
    }

    public Task<AxcelerateUser?> GetAsync(long userId, CancellationToken cancellationToken = default) =>
        transport.GetOrDefaultAsync<AxcelerateUser>(api => api.GetUser(userId, cancellationToken), cancellationToken);
}
