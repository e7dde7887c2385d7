namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A CRM search: filter groups (OR-ed; filters inside a group are AND-ed), sort, properties and paging.</summary>
public sealed class HubSpotSearchRequest
{
    /// <summary>HubSpot's maximum page size for searches.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The filter groups; a record matches when it matches every filter of at least one group.</summary>
    public IList<HubSpotFilterGroup> FilterGroups { get; init; } = [];

    /// <summary>The sort (HubSpot honours one).</summary>
    public IList<HubSpotSort> Sorts { get; init; } = [];

    /// <summary>The properties to return.</summary>
    public IList<string> Properties { get; init; } = [];

    /// <summary>A free-text query over default searchable properties.</summary>
    public string? Query { get; init; }

    /// <summary>Results per page, 1 to 200 (default 100).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The paging cursor of the page to fetch (single-page searches only).</summary>
    public string? After { get; init; }
}

/// <summary>Filters that must all match.</summary>
public sealed class HubSpotFilterGroup
{
    /// <summary>The filters (AND-ed).</summary>
    public IList<HubSpotFilter> Filters { get; init; } = [];
}

/// <summary>One search condition on a property.</summary>
public sealed class HubSpotFilter
{
    /// <summary>The property name, e.g. <c>email</c>.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The operator.</summary>
    public required HubSpotFilterOperator Operator { get; init; }

    /// <summary>The value compared against (most operators).</summary>
    public string? Value { get; init; }

    /// <summary>The values for <c>IN</c> and <c>NOT_IN</c>.</summary>
    public IList<string>? Values { get; init; }

    /// <summary>The upper bound for <c>BETWEEN</c>.</summary>
    public string? HighValue { get; init; }
}

/// <summary>A sort rule.</summary>
/// <param name="PropertyName">The property to sort on.</param>
/// <param name="Direction">The direction.</param>
public sealed record HubSpotSort(string PropertyName, HubSpotSortDirection Direction = HubSpotSortDirection.Ascending);
