namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>CRM property definitions.</summary>
public interface IHubSpotPropertyClient
{
    /// <summary>Reads the property definitions of an object type (HubSpot returns them all at once).</summary>
    /// <param name="objectType">The object type, e.g. <c>contacts</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The properties.</returns>
    Task<IReadOnlyList<HubSpotProperty>> GetPropertiesAsync(string objectType, CancellationToken cancellationToken = default);

    /// <summary>Reads one property.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertyName">The internal property name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The property, or null when it does not exist.</returns>
    Task<HubSpotProperty?> GetAsync(string objectType, string propertyName, CancellationToken cancellationToken = default);

    /// <summary>Creates a property (not retried after a 5xx or timeout).</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="property">The definition.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created property.</returns>
    Task<HubSpotProperty> CreateAsync(string objectType, HubSpotPropertyCreate property, CancellationToken cancellationToken = default);
}
