namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>What aXcelerate returns after creating or updating a contact; read the contact for the full record.</summary>
public sealed class AxcelerateContactReference : AxcelerateRecord
{
    /// <summary>The contact id.</summary>
    public long ContactId { get; init; }

    /// <summary>Given name.</summary>
    public string? GivenName { get; init; }

    /// <summary>Surname.</summary>
    public string? Surname { get; init; }

    /// <summary>Email address.</summary>
    public string? EmailAddress { get; init; }
}
