namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A HubSpot user or queue that can own records; set a record's <c>hubspot_owner_id</c> to <see cref="Id"/>.</summary>
public sealed class HubSpotOwner
{
    /// <summary>The owner id (not the user id).</summary>
    public string Id { get; init; } = "";

    /// <summary>The owner's email address.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The HubSpot user id behind the owner; null for a deactivated (archived) owner.</summary>
    public long? UserId { get; init; }

    /// <summary>The HubSpot user id behind the owner, also for a deactivated (archived) one.</summary>
    public long? UserIdIncludingInactive { get; init; }

    /// <summary><c>PERSON</c> or <c>QUEUE</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Whether the owner is archived (deactivated).</summary>
    public bool Archived { get; init; }

    /// <summary>When the owner was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the owner last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
