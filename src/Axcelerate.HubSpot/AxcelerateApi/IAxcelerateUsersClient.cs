namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>aXcelerate users. A user is a contact: match a task's owner through <see cref="AxcelerateUser.ContactId"/>.</summary>
public interface IAxcelerateUsersClient
{
    /// <summary>Searches users (<c>POST /users</c>; no paging, aXcelerate returns a limited number of rows).</summary>
    /// <param name="search">The filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users (empty when none).</returns>
    Task<IReadOnlyList<AxcelerateUser>> SearchAsync(AxcelerateUserSearch search, CancellationToken cancellationToken = default);

    /// <summary>Finds users by their contact's email address, active or not (<c>email</c>, <c>isActive=2</c>).</summary>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users aXcelerate matched.</returns>
    Task<IReadOnlyList<AxcelerateUser>> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Reads a user.</summary>
    /// <param name="userId">The user id (not the contact id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/> when missing.</returns>
    Task<AxcelerateUser?> GetAsync(long userId, CancellationToken cancellationToken = default);
}
