using Refit;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// The aXcelerate REST endpoints. Paths are relative to the account's <c>…/api</c> root. Writes take a
/// form-urlencoded body built with the documented parameter names; reads take a query built the same way.
/// Responses are returned raw so <see cref="AxcelerateTransport"/> can apply aXcelerate's error and 204 rules.
/// </summary>
internal interface IAxcelerateApi
{
    [Get("/contact/{contactId}")]
    Task<HttpResponseMessage> GetContact(long contactId, CancellationToken cancellationToken);

    [Post("/contact/")]
    Task<HttpResponseMessage> CreateContact([Body] HttpContent form, CancellationToken cancellationToken);

    [Put("/contact/{contactId}")]
    Task<HttpResponseMessage> UpdateContact(long contactId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/contacts/search")]
    Task<HttpResponseMessage> SearchContacts([Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Post("/contact/note/")]
    Task<HttpResponseMessage> AddContactNote([Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/contact/notes/{contactId}")]
    Task<HttpResponseMessage> GetContactNotes(long contactId, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/contact/noteTypes/")]
    Task<HttpResponseMessage> GetNoteTypes(CancellationToken cancellationToken);

    [Get("/contact/sources")]
    Task<HttpResponseMessage> GetContactSources([Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Post("/log/contactMergeHistory")]
    Task<HttpResponseMessage> GetContactMergeHistory([Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/organisation/{orgId}")]
    Task<HttpResponseMessage> GetOrganisation(long orgId, CancellationToken cancellationToken);

    [Post("/organisation/")]
    Task<HttpResponseMessage> CreateOrganisation([Body] HttpContent form, CancellationToken cancellationToken);

    [Put("/organisation/{orgId}")]
    Task<HttpResponseMessage> UpdateOrganisation(long orgId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/organisations/")]
    Task<HttpResponseMessage> SearchOrganisations([Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/organisation/{orgId}/children/")]
    Task<HttpResponseMessage> GetOrganisationChildren(long orgId, CancellationToken cancellationToken);

    [Post("/organisation/{orgId}/detail/")]
    Task<HttpResponseMessage> CreateOrganisationDetail(long orgId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/organisation/{orgId}/detail/{detailId}")]
    Task<HttpResponseMessage> GetOrganisationDetail(long orgId, long detailId, CancellationToken cancellationToken);

    [Put("/organisation/{orgId}/detail/{detailId}")]
    Task<HttpResponseMessage> UpdateOrganisationDetail(long orgId, long detailId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Post("/users")]
    Task<HttpResponseMessage> SearchUsers([Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/user/{userId}")]
    Task<HttpResponseMessage> GetUser(long userId, CancellationToken cancellationToken);

    [Get("/task/{taskId}")]
    Task<HttpResponseMessage> GetTask(long taskId, CancellationToken cancellationToken);

    [Post("/task/")]
    Task<HttpResponseMessage> CreateTask([Body] HttpContent form, CancellationToken cancellationToken);

    [Put("/task/{taskId}")]
    Task<HttpResponseMessage> UpdateTask(long taskId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Delete("/task/{taskId}")]
    Task<HttpResponseMessage> DeleteTask(long taskId, CancellationToken cancellationToken);

    [Get("/tasks")]
    Task<HttpResponseMessage> SearchTasks([Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/task/{lookup}")]
    Task<HttpResponseMessage> GetTaskLookup(string lookup, CancellationToken cancellationToken);

    [Get("/followUps/")]
    Task<HttpResponseMessage> GetFollowUps([Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/followUp/{id}")]
    Task<HttpResponseMessage> GetFollowUp(long id, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Put("/followUp/{id}")]
    Task<HttpResponseMessage> UpdateFollowUp(long id, [Body] HttpContent form, CancellationToken cancellationToken);

    [Get("/customFields")]
    Task<HttpResponseMessage> GetCustomFields([Query] IDictionary<string, string> query, CancellationToken cancellationToken);
}
