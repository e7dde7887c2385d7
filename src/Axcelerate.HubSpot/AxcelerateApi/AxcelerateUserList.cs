namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Every user <see cref="IAxcelerateUsersClient.GetAllAsync"/> could read, and whether the list may be incomplete.</summary>
/// <param name="Users">The users, each once.</param>
/// <param name="TruncationReason">Why the list may lack users, or null when it is complete.</param>
public sealed record AxcelerateUserList(IReadOnlyList<AxcelerateUser> Users, string? TruncationReason)
{
    /// <summary>True when aXcelerate may have more users than <see cref="Users"/> (see <see cref="TruncationReason"/>).</summary>
    public bool IsTruncated => TruncationReason is not null;
}
