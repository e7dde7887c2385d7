using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// Filters for <c>/contacts/search</c>. aXcelerate matches text filters as "equals or starts with"; all filters combine.
/// </summary>
public sealed class AxcelerateContactSearch
{
    /// <summary>Contacts per request, 1–100 (default 100, aXcelerate's maximum).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary><c>q</c>: searches given, preferred, middle and surname, email and mobile.</summary>
    public string? Query { get; set; }

    /// <summary><c>givenName</c> (starts with).</summary>
    public string? GivenName { get; set; }

    /// <summary><c>surname</c> (starts with).</summary>
    public string? Surname { get; set; }

    /// <summary><c>emailAddress</c> (starts with: use <see cref="IAxcelerateContactsClient.FindByEmailAsync"/> for exact matches).</summary>
    public string? EmailAddress { get; set; }

    /// <summary><c>contactID</c> (exact).</summary>
    public long? ContactId { get; set; }

    /// <summary><c>contactIDs</c>: only these contacts.</summary>
    public IReadOnlyList<long>? ContactIds { get; set; }

    /// <summary><c>optionalID</c> (exact).</summary>
    public string? OptionalId { get; set; }

    /// <summary><c>contactRoleID</c>.</summary>
    public long? ContactRoleId { get; set; }

    /// <summary><c>DOB</c>.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary><c>contactEntryDate</c>: contacts created on that day.</summary>
    public DateOnly? ContactEntryDate { get; set; }

    /// <summary>
    /// <c>lastUpdated</c>: contacts changed <b>on that day</b> (the documented "exact or starts with" applied to
    /// <c>LASTUPDATED</c>). For "changed since", use <see cref="IAxcelerateContactsClient.ListChangedSinceAsync"/>.
    /// </summary>
    public DateOnly? LastUpdated { get; set; }

    /// <summary>Any other searchable field by its parameter name (aXcelerate searches "almost any field").</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToQuery() => new AxcelerateForm()
        .Add("q", Query)
        .Add("givenName", GivenName)
        .Add("surname", Surname)
        .Add("emailAddress", EmailAddress)
        .Add("contactID", ContactId)
        .AddList("contactIDs", ContactIds)
        .Add("optionalID", OptionalId)
        .Add("contactRoleID", ContactRoleId)
        .Add("DOB", DateOfBirth)
        .Add("contactEntryDate", ContactEntryDate)
        .Add("lastUpdated", LastUpdated)
        .AddRaw(AdditionalParameters);
}
