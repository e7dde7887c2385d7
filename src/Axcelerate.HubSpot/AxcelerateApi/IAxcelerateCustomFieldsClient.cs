using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Custom field definitions (<c>/customFields</c>).</summary>
public interface IAxcelerateCustomFieldsClient
{
    /// <summary>Lists the custom fields attached to <paramref name="target"/>, paging with <c>offset</c>/<c>limit</c>.</summary>
    /// <param name="target">What the fields are attached to (<c>linkTo</c>), e.g. contact or organisation.</param>
    /// <param name="includeInactive"><c>includeAnyStatus</c>: also list inactive fields.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The definitions, page by page (<c>offset</c>/<c>limit</c>); resumable.</returns>
    AsyncPageable<AxcelerateCustomFieldDefinition> ListAsync(AxcelerateCustomFieldTarget target, bool includeInactive = false, CancellationToken cancellationToken = default);
}
