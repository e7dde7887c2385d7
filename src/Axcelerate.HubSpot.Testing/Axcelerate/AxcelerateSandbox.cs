using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// An emulated aXcelerate account served over HTTP. The API answers under <c>/api</c> (<see cref="BaseAddress"/>, the
/// counterpart of <c>https://{sub}.app.axcelerate.com/api</c>) and, identically, at the server root, so both
/// <see cref="BaseAddress"/> and <see cref="SandboxService.RootAddress"/> work as a client's base URL.
/// The methods here arrange and assert the account's data directly; changes made through them count as a user
/// working in aXcelerate and raise the same webhook events as changes made through the API.
/// </summary>
public sealed class AxcelerateSandbox : SandboxService
{
    private readonly AxcelerateGate _gate;
    private readonly AxcelerateWebhooks _webhooks;

    internal AxcelerateSandbox(AxcelerateSandboxOptions options, DemoDataSet? demoData, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Store = new AxcelerateStore(timeProvider, options);
        _gate = new AxcelerateGate(options, timeProvider, Store);
        _webhooks = new AxcelerateWebhooks(options, timeProvider);
        AxcelerateSeeder.Seed(Store, demoData);
    }

    /// <summary>The options the sandbox was started with.</summary>
    public AxcelerateSandboxOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "aXcelerate";

    /// <summary>The base URL a client is configured with: the counterpart of <c>https://{sub}.app.axcelerate.com/api</c>.</summary>
    public override Uri BaseAddress => new(RootAddress, "api");

    /// <summary>The contact id of the Web Service user (the user the tokens act as); always 10001.</summary>
    public int WebServiceContactId => Store.WebServiceContactId;

    /// <summary>Every contact, by ascending id.</summary>
    public IReadOnlyList<AxcelerateSandboxRecord> Contacts => Store.Contacts();

    /// <summary>Every organisation, by ascending id.</summary>
    public IReadOnlyList<AxcelerateSandboxRecord> Organisations => Store.Organisations();

    /// <summary>Every user (fields <c>USERID</c>, <c>CONTACTID</c>, <c>USERNAME</c>, <c>ACTIVE</c> ...); each user is also a contact.</summary>
    public IReadOnlyList<AxcelerateSandboxRecord> Users => Store.Users();

    /// <summary>Every task; marketing opportunities are those with <c>MARKETINGCONTACTID</c>.</summary>
    public IReadOnlyList<AxcelerateSandboxRecord> Tasks => Store.Tasks();

    /// <summary>The custom field definitions <c>/customFields</c> lists.</summary>
    public IReadOnlyList<AxcelerateSandboxCustomField> CustomFields => Store.CustomFields();

    /// <summary>Every contact merge, oldest first.</summary>
    public IReadOnlyList<AxcelerateSandboxMerge> Merges => Store.Merges();

    /// <summary>
    /// Write parameters the sandbox ignored because aXcelerate does not document them, oldest first, each as
    /// <c>METHOD /path: parameter</c> (see <see cref="AxcelerateSandboxOptions.AcceptUndocumentedWriteParameters"/>).
    /// </summary>
    public IReadOnlyList<string> IgnoredWriteParameters => Store.IgnoredWriteParameters();

    /// <summary>Adds a custom field definition, as an administrator would in aXcelerate.</summary>
    /// <param name="linkTo">What it belongs to: <c>contact</c> or <c>organisation</c>.</param>
    /// <param name="variableName">The variable name (<c>customField_{variableName}</c> on writes).</param>
    /// <param name="label">The label.</param>
    /// <param name="type">The type: <c>text</c>, <c>select</c>, <c>select-multi</c>, <c>checkbox</c> ...</param>
    /// <param name="options">The options as aXcelerate lists them (comma-separated), or null.</param>
    /// <returns>The definition.</returns>
    public AxcelerateSandboxCustomField AddCustomField(string linkTo, string variableName, string label, string type, string? options = null) =>
        Store.AddCustomField(linkTo, variableName, label, type, options);

    /// <summary>Every webhook delivery attempt so far, oldest first.</summary>
    public IReadOnlyList<AxcelerateWebhookDelivery> WebhookDeliveries => _webhooks.Deliveries;

    /// <summary>Webhook events published and not yet delivered or given up (queued, in flight, or waiting to be retried).</summary>
    public int PendingWebhookEvents => _webhooks.PendingCount;

    internal AxcelerateStore Store { get; }

    /// <summary>The contact with this id, or null.</summary>
    /// <param name="contactId">The <c>CONTACTID</c>.</param>
    /// <returns>A snapshot of the contact.</returns>
    public AxcelerateSandboxRecord? GetContact(int contactId) => Store.GetContact(contactId);

    /// <summary>The notes on a contact, oldest first.</summary>
    /// <param name="contactId">The <c>CONTACTID</c>.</param>
    /// <returns>The notes.</returns>
    public IReadOnlyList<AxcelerateSandboxNote> GetNotes(int contactId) => Store.Notes(contactId);

    /// <summary>The task with this id, or null.</summary>
    /// <param name="taskId">The <c>TASKID</c>.</param>
    /// <returns>A snapshot of the task.</returns>
    public AxcelerateSandboxRecord? GetTask(int taskId) => Store.GetTask(taskId);

    /// <summary>The organisation with this id, or null.</summary>
    /// <param name="orgId">The <c>ORGID</c>.</param>
    /// <returns>A snapshot of the organisation.</returns>
    public AxcelerateSandboxRecord? GetOrganisation(int orgId) => Store.GetOrganisation(orgId);

    /// <summary>Adds a contact as a user in aXcelerate would (raises <c>contact.contact_created</c>).</summary>
    /// <param name="givenName">The given name.</param>
    /// <param name="surname">The surname.</param>
    /// <param name="emailAddress">The email address, or null.</param>
    /// <param name="fields">Further fields by API name, such as <c>MOBILEPHONE</c> or <c>CUSTOMFIELD_USI</c>.</param>
    /// <returns>The new contact.</returns>
    public AxcelerateSandboxRecord AddContact(string givenName, string surname, string? emailAddress = null, IReadOnlyDictionary<string, string?>? fields = null)
    {
        var all = new Dictionary<string, string?>(fields ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase)
        {
            ["GIVENNAME"] = givenName, ["SURNAME"] = surname, ["EMAILADDRESS"] = emailAddress,
        };
        return CreateContact(all);
    }

    /// <summary>Changes a contact as a user in aXcelerate would (raises <c>contact.contact_updated</c>).</summary>
    /// <param name="contactId">The <c>CONTACTID</c>.</param>
    /// <param name="fields">The fields to set by API name; null or empty clears a field.</param>
    /// <returns>The changed contact.</returns>
    /// <exception cref="KeyNotFoundException">No contact has that id.</exception>
    public AxcelerateSandboxRecord UpdateContact(int contactId, IReadOnlyDictionary<string, string?> fields) =>
        ChangeContact(contactId, fields) ?? throw new KeyNotFoundException($"aXcelerate sandbox has no contact {contactId}.");

    /// <summary>Deletes a contact as a user in aXcelerate would (raises <c>contact.contact_deleted</c>).</summary>
    /// <param name="contactId">The <c>CONTACTID</c>.</param>
    /// <exception cref="KeyNotFoundException">No contact has that id.</exception>
    public void DeleteContact(int contactId)
    {
        if (!Store.DeleteContact(contactId))
        {
            throw new KeyNotFoundException($"aXcelerate sandbox has no contact {contactId}.");
        }

        _webhooks.Publish("contact.contact_deleted", new JsonObject { ["contactId"] = contactId });
    }

    /// <summary>
    /// Merges one contact into another as a user in aXcelerate would: the old contact disappears, its opportunities and
    /// notes move to the surviving contact, <c>/log/contactMergeHistory</c> records it and <c>contact.contact_merged</c> is raised.
    /// </summary>
    /// <param name="oldContactId">The contact merged away.</param>
    /// <param name="currentContactId">The contact that survives.</param>
    /// <returns>The merge record.</returns>
    /// <exception cref="KeyNotFoundException">Either contact does not exist, or they are the same.</exception>
    public AxcelerateSandboxMerge MergeContacts(int oldContactId, int currentContactId)
    {
        var merge = Store.MergeContacts(oldContactId, currentContactId, Store.WebServiceContactId)
            ?? throw new KeyNotFoundException($"aXcelerate sandbox cannot merge contact {oldContactId} into {currentContactId}.");
        _webhooks.Publish("contact.contact_merged", new JsonObject
        {
            ["contactId"] = currentContactId, ["oldContactId"] = oldContactId, ["mergedByContactId"] = merge.MergedByContactId,
        });
        return merge;
    }

    /// <summary>Adds an organisation.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="fields">Further fields by API name, such as <c>LEGALNAME</c>.</param>
    /// <returns>The new organisation.</returns>
    public AxcelerateSandboxRecord AddOrganisation(string name, IReadOnlyDictionary<string, string?>? fields = null) =>
        Store.AddOrganisation(new Dictionary<string, string?>(fields ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase) { ["NAME"] = name });

    /// <summary>Adds a user, creating the contact that every aXcelerate user is.</summary>
    /// <param name="givenName">The given name.</param>
    /// <param name="surname">The surname.</param>
    /// <param name="emailAddress">The email address, by which HubSpot owners are matched.</param>
    /// <param name="active">Whether the user is active.</param>
    /// <returns>The new user (its <c>CONTACTID</c> is the contact created for it).</returns>
    public AxcelerateSandboxRecord AddUser(string givenName, string surname, string emailAddress, bool active = true)
    {
        var contact = CreateContact(new Dictionary<string, string?> { ["GIVENNAME"] = givenName, ["SURNAME"] = surname, ["EMAILADDRESS"] = emailAddress });
        return Store.AddUser(contact.Id, $"{givenName}.{surname}".ToLowerInvariant(), "Training Consultant", active);
    }

    /// <summary>Adds a task; give <c>MARKETINGCONTACTID</c>, <c>OPPORTUNITYSTATUS</c> (a name such as <c>Pending</c>) and <c>FORECASTVALUE</c> for an opportunity.</summary>
    /// <param name="name">The task name.</param>
    /// <param name="fields">Further fields by API name, such as <c>OWNERID</c> or <c>DUEDATE</c> (<c>yyyy-MM-dd HH:mm</c>).</param>
    /// <returns>The new task.</returns>
    public AxcelerateSandboxRecord AddTask(string name, IReadOnlyDictionary<string, string?>? fields = null) =>
        Store.AddTask(new Dictionary<string, string?>(fields ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase) { ["NAME"] = name });

    internal AxcelerateSandboxRecord CreateContact(IReadOnlyDictionary<string, string?> fields)
    {
        var contact = Store.AddContact(fields);
        _webhooks.Publish("contact.contact_created", WebhookMessage(contact));
        return contact;
    }

    internal AxcelerateSandboxRecord? ChangeContact(int contactId, IReadOnlyDictionary<string, string?> fields)
    {
        var contact = Store.UpdateContact(contactId, fields);
        if (contact is not null)
        {
            _webhooks.Publish("contact.contact_updated", WebhookMessage(contact));
        }

        return contact;
    }

    internal override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<AxcelerateSandbox>();
        _gate.Logger = logger;
        _webhooks.Logger = logger;
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => _webhooks.StopAsync().GetAwaiter().GetResult());
        foreach (var prefix in new[] { "/api", string.Empty })
        {
            var api = endpoints.MapGroup(prefix);
            api.AddEndpointFilter(_gate.InvokeAsync);
            AxcelerateContactEndpoints.Map(api, this);
            AxcelerateOrganisationEndpoints.Map(api, Store);
            AxcelerateUserEndpoints.Map(api, Store);
            AxcelerateTaskEndpoints.Map(api, Store);
            AxcelerateFollowUpEndpoints.Map(api, Store);
        }
    }

    internal override async Task WriteFaultAsync(HttpContext context, int statusCode)
    {
        var (messages, details) = statusCode switch
        {
            StatusCodes.Status429TooManyRequests => ("Too Many Requests", "Rate limit exceeded. Please wait before retrying."),
            StatusCodes.Status503ServiceUnavailable => ("Service Unavailable", "The server is temporarily unable to handle the request. Maybe too many requests."),
            StatusCodes.Status423Locked => ("Locked", "The record is locked by another request."),
            _ => ("An error occurred", "The server encountered an error while processing the request."),
        };
        if (statusCode == StatusCodes.Status429TooManyRequests && !context.Response.Headers.ContainsKey("Retry-After"))
        {
            context.Response.Headers.RetryAfter = "1";
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(AxcelerateJson.Error(statusCode, messages, details).ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject WebhookMessage(AxcelerateSandboxRecord contact) => new()
    {
        ["contactId"] = contact.Id, ["givenName"] = contact["GIVENNAME"], ["surname"] = contact["SURNAME"], ["emailAddress"] = contact["EMAILADDRESS"],
    };
}
