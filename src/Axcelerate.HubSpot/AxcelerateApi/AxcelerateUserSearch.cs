using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Which users <c>POST /users</c> returns by status.</summary>
public enum AxcelerateUserStatus
{
    /// <summary>Inactive users (<c>isActive=0</c>).</summary>
    Inactive = 0,

    /// <summary>Active users (<c>isActive=1</c>, aXcelerate's default).</summary>
    Active = 1,

    /// <summary>All users (<c>isActive=2</c>).</summary>
    All = 2,
}

/// <summary>Filters for <c>POST /users</c> (no paging: aXcelerate returns at most 10 rows).</summary>
public sealed class AxcelerateUserSearch
{
    /// <summary><c>email</c>: the user's contact email.</summary>
    public string? Email { get; set; }

    /// <summary><c>contactID</c>.</summary>
    public long? ContactId { get; set; }

    /// <summary><c>username</c>.</summary>
    public string? Username { get; set; }

    /// <summary><c>givenName</c>.</summary>
    public string? GivenName { get; set; }

    /// <summary><c>surname</c>.</summary>
    public string? Surname { get; set; }

    /// <summary><c>isActive</c>; omit for aXcelerate's default (active only).</summary>
    public AxcelerateUserStatus? Status { get; set; }

    internal AxcelerateForm ToForm() => new AxcelerateForm()
        .Add("contactID", ContactId)
        .Add("username", Username)
        .Add("givenName", GivenName)
        .Add("surname", Surname)
        .Add("email", Email)
        .Add("isActive", Status is { } status ? (int)status : null);
}
