using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Filters for <c>/organisations/</c>.</summary>
public sealed class AxcelerateOrganisationSearch
{
    /// <summary><c>search</c>: the search term.</summary>
    public string? Search { get; set; }

    /// <summary><c>name</c>: the name (aXcelerate searches "most fields" by name).</summary>
    public string? Name { get; set; }

    /// <summary><c>active</c>: omit for both active and inactive.</summary>
    public bool? Active { get; set; }

    /// <summary>Organisations per request, 1–100 (default 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Any other searchable field by its parameter name.</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToQuery() => new AxcelerateForm()
        .Add("search", Search)
        .Add("name", Name)
        .Add("active", Active)
        .AddRaw(AdditionalParameters);
}
