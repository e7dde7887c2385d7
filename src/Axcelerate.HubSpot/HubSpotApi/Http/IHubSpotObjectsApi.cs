using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>CRM object endpoints; <c>root</c> is <see cref="HubSpotPaths.Objects"/>.</summary>
internal interface IHubSpotObjectsApi
{
    [Get("/{**root}/{objectType}/{id}")]
    Task<HubSpotObject> GetObjectAsync(string root, string objectType, string id, string? properties, string? idProperty, string? archived, CancellationToken cancellationToken);

    [Get("/{**root}/{objectType}")]
    Task<CollectionPage<HubSpotObject>> ListObjectsAsync(string root, string objectType, int limit, string? after, string? properties, string? archived, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}")]
    Task<HubSpotObject> CreateObjectAsync(string root, string objectType, [Body] ObjectWriteBody body, CancellationToken cancellationToken);

    [Patch("/{**root}/{objectType}/{id}")]
    Task<HubSpotObject> UpdateObjectAsync(string root, string objectType, string id, [Body] ObjectWriteBody body, string? idProperty, CancellationToken cancellationToken);

    [Delete("/{**root}/{objectType}/{id}")]
    Task ArchiveObjectAsync(string root, string objectType, string id, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/batch/read")]
    Task<BatchResponse<HubSpotObject>> BatchReadObjectsAsync(string root, string objectType, [Body] BatchReadBody body, string? archived, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/batch/create")]
    Task<BatchResponse<HubSpotObject>> BatchCreateObjectsAsync(string root, string objectType, [Body] BatchInputs<ObjectWriteBody> body, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/batch/update")]
    Task<BatchResponse<HubSpotObject>> BatchUpdateObjectsAsync(string root, string objectType, [Body] BatchInputs<ObjectWriteBody> body, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/batch/upsert")]
    Task<BatchResponse<HubSpotObject>> BatchUpsertObjectsAsync(string root, string objectType, [Body] BatchInputs<ObjectWriteBody> body, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/batch/archive")]
    Task BatchArchiveObjectsAsync(string root, string objectType, [Body] BatchInputs<IdInput> body, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}/search")]
    Task<SearchResponse> SearchObjectsAsync(string root, string objectType, [Body] HubSpotSearchRequest body, CancellationToken cancellationToken);
}
