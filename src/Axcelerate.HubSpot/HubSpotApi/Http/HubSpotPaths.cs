namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>
/// The path roots for the configured API version. Refit interfaces take them as <c>{**root}</c> segments so one
/// interface serves both <c>2026-03</c> and the legacy <c>v3</c>/<c>v4</c> layouts.
/// </summary>
internal sealed class HubSpotPaths
{
    private HubSpotPaths(string version)
    {
        var dated = version != HubSpotApiVersion.V3;
        Objects = dated ? $"crm/objects/{version}" : "crm/v3/objects";
        RecordAssociations = dated ? $"crm/objects/{version}" : "crm/v4/objects";
        Associations = dated ? $"crm/associations/{version}" : "crm/v4/associations";
        Owners = dated ? $"crm/owners/{version}" : "crm/v3/owners";
        Pipelines = dated ? $"crm/pipelines/{version}" : "crm/v3/pipelines";
        Properties = dated ? $"crm/properties/{version}" : "crm/v3/properties";
        AccountInfo = dated ? $"account-info/{version}" : "account-info/v3";
        Token = dated ? $"oauth/{version}/token" : "oauth/v3/token";

        // v1 revokes with the refresh token in the URL path; v3 takes it in a form body, so the token never lands in
        // a request line, an HttpClient log or an exception.
        TokenRevoke = dated ? $"oauth/{version}/token/revoke" : "oauth/v3/token/revoke";
    }

    /// <summary>CRM objects: <c>crm/objects/2026-03</c> or <c>crm/v3/objects</c>.</summary>
    public string Objects { get; }

    /// <summary>Per-record associations: <c>crm/objects/2026-03</c> or <c>crm/v4/objects</c>.</summary>
    public string RecordAssociations { get; }

    /// <summary>Association batches: <c>crm/associations/2026-03</c> or <c>crm/v4/associations</c>.</summary>
    public string Associations { get; }

    /// <summary>Owners: <c>crm/owners/2026-03</c> or <c>crm/v3/owners</c>.</summary>
    public string Owners { get; }

    /// <summary>Pipelines: <c>crm/pipelines/2026-03</c> or <c>crm/v3/pipelines</c>.</summary>
    public string Pipelines { get; }

    /// <summary>Properties: <c>crm/properties/2026-03</c> or <c>crm/v3/properties</c>.</summary>
    public string Properties { get; }

    /// <summary>The OAuth token endpoint.</summary>
    public string AccountInfo { get; }

    public string Token { get; }

    /// <summary>The OAuth revoke endpoint.</summary>
    public string TokenRevoke { get; }

    public static HubSpotPaths For(HubSpotOptions options) =>
        new(HubSpotApiVersion.IsSupported(options.ApiVersion) ? options.ApiVersion : HubSpotApiVersion.March2026);
}
