namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>The whole HubSpot REST surface the SDK uses, registered once as a Refit client on the named HttpClient.</summary>
internal interface IHubSpotApi : IHubSpotObjectsApi, IHubSpotAssociationsApi, IHubSpotOwnersApi, IHubSpotPipelinesApi, IHubSpotPropertiesApi, IHubSpotOAuthApi, IHubSpotAccountApi;
