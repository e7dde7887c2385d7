using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Filters for <c>/tasks</c>; aXcelerate matches the main task parameters exactly. <c>/tasks</c> has no paging and truncates.</summary>
public sealed class AxcelerateTaskSearch
{
    /// <summary><c>searchTerm</c>: name (starts with), owner's name, status and category.</summary>
    public string? SearchTerm { get; set; }

    /// <summary><c>name</c>: the exact task name (a documented "main parameter" of the exact search).</summary>
    public string? Name { get; set; }

    /// <summary><c>ownerID</c>: the owner's contact id.</summary>
    public long? OwnerId { get; set; }

    /// <summary><c>marketingContactID</c>: tasks about this contact.</summary>
    public long? MarketingContactId { get; set; }

    /// <summary><c>PDataID</c>.</summary>
    public long? PDataId { get; set; }

    /// <summary><c>incomplete</c>: true for tasks not Completed, false for Completed ones; omit for both.</summary>
    public bool? Incomplete { get; set; }

    /// <summary>Any other task parameter by its exact name.</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToQuery() => new AxcelerateForm()
        .Add("searchTerm", SearchTerm)
        .Add("name", Name)
        .Add("ownerID", OwnerId)
        .Add("marketingContactID", MarketingContactId)
        .Add("PDataID", PDataId)
        .Add("incomplete", Incomplete)
        .AddRaw(AdditionalParameters);
}
