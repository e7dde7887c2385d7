namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Pipelines and their stages.</summary>
public interface IHubSpotPipelineClient
{
    /// <summary>Reads the pipelines of an object type with their stages, as HubSpot orders them (each keeps its display order).</summary>
    /// <param name="objectType">The object type, e.g. <c>deals</c> or <c>tickets</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pipelines.</returns>
    Task<IReadOnlyList<HubSpotPipeline>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken = default);

    /// <summary>Reads the deal pipelines with their stages.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deal pipelines; <see cref="HubSpotPipelineExtensions.FirstByDisplayOrder"/> picks the first.</returns>
    Task<IReadOnlyList<HubSpotPipeline>> GetDealPipelinesAsync(CancellationToken cancellationToken = default);
}
