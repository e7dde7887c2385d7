using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Pipeline endpoints; <c>root</c> is <see cref="HubSpotPaths.Pipelines"/>.</summary>
internal interface IHubSpotPipelinesApi
{
    [Get("/{**root}/{objectType}")]
    Task<ResultsList<HubSpotPipeline>> ListPipelinesAsync(string root, string objectType, CancellationToken cancellationToken);
}
