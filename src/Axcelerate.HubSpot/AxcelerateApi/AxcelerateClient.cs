namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>The <see cref="IAxcelerateClient"/> façade over the area clients.</summary>
internal sealed class AxcelerateClient(
    IAxcelerateContactsClient contacts,
    IAxcelerateOrganisationsClient organisations,
    IAxcelerateUsersClient users,
    IAxcelerateTasksClient tasks,
    IAxcelerateFollowUpsClient followUps,
    IAxcelerateCustomFieldsClient customFields) : IAxcelerateClient
{
    public IAxcelerateContactsClient Contacts => contacts;

    public IAxcelerateOrganisationsClient Organisations => organisations;

    public IAxcelerateUsersClient Users => users;

    public IAxcelerateTasksClient Tasks => tasks;

    public IAxcelerateFollowUpsClient FollowUps => followUps;

    public IAxcelerateCustomFieldsClient CustomFields => customFields;
}
