namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>aXcelerate users. A user is a contact: match a task's owner through <see cref="AxcelerateUser.ContactId"/>.</summary>
public interface IAxcelerateUsersClient
{
    /// <summary>
    /// Finds users with one <c>POST /users</c>: no paging, at most 10 rows. To read every user, use <see cref="GetAllAsync"/>.
    /// </summary>
    /// <param name="search">The filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users (empty when none).</returns>
    Task<IReadOnlyList<AxcelerateUser>> FindAsync(AxcelerateUserSearch search, CancellationToken cancellationToken = default);

    /// <summary>Finds users by their contact's email address, active or not (<c>email</c>, <c>isActive=2</c>).</summary>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users aXcelerate matched.</returns>
    Task<IReadOnlyList<AxcelerateUser>> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads every user with the given status. <c>POST /users</c> returns at most 10 rows and has no paging, so when the
    /// first answer is full the account is read again split by surname prefix (<c>a</c>, <c>b</c>, ... then longer
    /// prefixes where an answer is still full). When that cannot prove the list complete, the result says so and why.
    /// </summary>
    /// <param name="status">Which users (aXcelerate's default: active).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The users and, when the list may be incomplete, the reason.</returns>
    Task<AxcelerateUserList> GetAllAsync(AxcelerateUserStatus status = AxcelerateUserStatus.Active, CancellationToken cancellationToken = default);

    /// <summary>Reads a user.</summary>
    /// <param name="userId">The user id (not the contact id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/> when missing.</returns>
    Task<AxcelerateUser?> GetAsync(long userId, CancellationToken cancellationToken = default);
}
