namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// The typed aXcelerate REST client. It hides the API's quirks: form-encoded writes, upper-case keys, <c>""</c> for
/// null, 204 for empty searches and errors reported inside 200 responses all become idiomatic .NET. Every failure
/// surfaces as <see cref="AxcelerateApiException"/>. Registered by <c>AddHubSpotIntegration</c> (transient).
/// </summary>
public interface IAxcelerateClient
{
    /// <summary>Contacts, their notes, custom field values and merge history.</summary>
    IAxcelerateContactsClient Contacts { get; }

    /// <summary>Organisations and their detail (address / phone / email) records.</summary>
    IAxcelerateOrganisationsClient Organisations { get; }

    /// <summary>Users (a user is a contact; tasks refer to users by contact id).</summary>
    IAxcelerateUsersClient Users { get; }

    /// <summary>Workflow user tasks and marketing opportunities, with their cached lookups.</summary>
    IAxcelerateTasksClient Tasks { get; }

    /// <summary>Marketing follow-ups (read-only), e.g. every opportunity of a contact.</summary>
    IAxcelerateFollowUpsClient FollowUps { get; }

    /// <summary>Custom field definitions.</summary>
    IAxcelerateCustomFieldsClient CustomFields { get; }
}
