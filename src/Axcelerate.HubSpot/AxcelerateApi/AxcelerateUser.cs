using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// An aXcelerate user. A user is a contact: tasks, notes and follow-ups refer to users by <see cref="ContactId"/>,
/// never by <see cref="UserId"/>.
/// </summary>
public sealed class AxcelerateUser : AxcelerateRecord
{
    /// <summary>The user id.</summary>
    public long UserId { get; init; }

    /// <summary>The user's contact id (the id a task's owner uses).</summary>
    public long ContactId { get; init; }

    /// <summary>The contact's name.</summary>
    [JsonPropertyName("CONTACT_NAME")]
    public string? ContactName { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The role id.</summary>
    public long? RoleId { get; init; }

    /// <summary>The role name.</summary>
    public string? RoleName { get; init; }

    /// <summary>The role type id.</summary>
    public long? RoleTypeId { get; init; }

    /// <summary>The domain id.</summary>
    public long? DomainId { get; init; }

    /// <summary>The partner organisation id.</summary>
    public long? PartnerOrganisationId { get; init; }

    /// <summary>Whether a login invitation is pending.</summary>
    public bool? PendingLoginInvite { get; init; }

    /// <summary>Whether the user is active.</summary>
    public bool? Active { get; init; }

    /// <summary>The first login (when returned).</summary>
    public DateTimeOffset? FirstLoginDate { get; init; }
}
