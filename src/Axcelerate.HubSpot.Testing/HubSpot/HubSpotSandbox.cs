using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.Hosting;
using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Auth;
using Axcelerate.HubSpot.Testing.HubSpot.Control;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Owners;
using Axcelerate.HubSpot.Testing.HubSpot.Pipelines;
using Axcelerate.HubSpot.Testing.HubSpot.Properties;
using Axcelerate.HubSpot.Testing.HubSpot.RateLimits;
using Axcelerate.HubSpot.Testing.HubSpot.Search;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Axcelerate.HubSpot.Testing.HubSpot.WebhooksJournal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>
/// An emulated HubSpot portal served over HTTP: CRM objects, batch, search, associations, owners, pipelines and
/// properties on both the <c>2026-03</c> and the legacy <c>v3</c>/<c>v4</c> paths, bearer-token auth and rate limits.
/// Arrange and assert through <see cref="CreateObject"/>, <see cref="GetObject"/>, <see cref="Contacts"/> and friends.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "IntegrationSandbox owns the lifetime and calls Shutdown when it is disposed.")]
public sealed partial class HubSpotSandbox : SandboxService
{
    private readonly HubSpotStore _store;
    private readonly PropertyCatalog _properties = new();
    private readonly AssociationLabels _labels = new();
    private readonly OwnerEndpoints _owners;
    private readonly HubSpotRateLimiter _rateLimiter;
    private readonly HubSpotOAuth _oauth;
    private readonly WebhookDispatcher _webhooks;
    private readonly TimeProvider _timeProvider;
    private bool _seeding;

    internal HubSpotSandbox(HubSpotSandboxOptions options, DemoDataSet? demoData, TimeProvider timeProvider)
    {
        Options = options;
        _timeProvider = timeProvider;
        _store = new HubSpotStore(timeProvider, () => _seeding ? TimeSpan.Zero : Options.SearchLag); // demo data is indexed at once
        _owners = new OwnerEndpoints(timeProvider);
        _rateLimiter = new HubSpotRateLimiter(options, timeProvider);
        _oauth = new HubSpotOAuth(options, timeProvider);
        _webhooks = new WebhookDispatcher(options.PortalId, options.AppId, timeProvider);
        _store.Changed += _webhooks.OnChanged;
        WebhooksJournal = new HubSpotWebhooksJournal(options, _oauth, timeProvider);
        _store.Changed += WebhooksJournal.OnChanged;
        if (demoData is not null)
        {
            _seeding = true;
            Seed(demoData);
            _seeding = false;
        }
    }

    /// <summary>The options the sandbox was started with (the search lag and limits may be changed while running).</summary>
    public HubSpotSandboxOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "HubSpot";

    /// <summary>The app's webhooks journal and its webhooks v4 subscriptions (read with a client-credentials token).</summary>
    public HubSpotWebhooksJournal WebhooksJournal { get; }

    /// <summary>Every contact that is not archived.</summary>
    public IReadOnlyList<HubSpotRecord> Contacts => _store.All(HubSpotObjectType.Contacts);

    /// <summary>Every company that is not archived.</summary>
    public IReadOnlyList<HubSpotRecord> Companies => _store.All(HubSpotObjectType.Companies);

    /// <summary>Every deal that is not archived.</summary>
    public IReadOnlyList<HubSpotRecord> Deals => _store.All(HubSpotObjectType.Deals);

    /// <summary>The portal's owners, active and deactivated (<see cref="SandboxHubSpotOwner.Archived"/>).</summary>
    public IReadOnlyList<SandboxHubSpotOwner> Owners => _owners.All;

    /// <summary>Every record of a type that is not archived (or only the archived ones).</summary>
    /// <param name="type">The object type.</param>
    /// <param name="archived">True for the archived records instead.</param>
    /// <returns>The records in id order.</returns>
    public IReadOnlyList<HubSpotRecord> GetObjects(HubSpotObjectType type, bool archived = false) => _store.All(type, archived);

    /// <summary>Reads one record as it is now, including archived ones; null when it never existed.</summary>
    /// <param name="type">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <returns>The record or null.</returns>
    public HubSpotRecord? GetObject(HubSpotObjectType type, string id) => _store.Get(type, id, includeArchived: true);

    /// <summary>Creates a record directly (no HTTP, no rate limit), as if a user created it in HubSpot.</summary>
    /// <param name="type">The object type.</param>
    /// <param name="properties">Its property values.</param>
    /// <returns>The created record.</returns>
    /// <exception cref="InvalidOperationException">A contact with that email already exists.</exception>
    public HubSpotRecord CreateObject(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties)
    {
        var result = _store.Create(type, properties, ChangeSource.CrmUi);
        return result.Record ?? throw new InvalidOperationException($"Contact already exists. Existing ID: {HubSpotStore.FormatId(result.ConflictingId)}");
    }

    /// <summary>Changes property values as a person editing in HubSpot's UI would (<c>changeSource</c> <c>CRM_UI</c>; "" clears a value).</summary>
    /// <param name="type">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The values to set.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="InvalidOperationException">No such record, or the email belongs to another contact.</exception>
    public HubSpotRecord SimulateUserEdit(HubSpotObjectType type, string id, IReadOnlyDictionary<string, string?> properties) =>
        SimulateChange(type, id, properties, ChangeSource.CrmUi);

    /// <summary>
    /// Changes property values as another HubSpot source would: an import (<see cref="ChangeSource.Import"/>), a workflow
    /// (<see cref="ChangeSource.AutomationPlatform"/>), a user (<see cref="ChangeSource.CrmUi"/>), or another app
    /// (<see cref="ChangeSource.Api"/> with its app id as <paramref name="sourceId"/>).
    /// </summary>
    /// <param name="type">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The values to set ("" clears a value).</param>
    /// <param name="source">The <c>changeSource</c> webhooks report.</param>
    /// <param name="sourceId">The <c>sourceId</c> webhooks report; null for the source's default (<c>userId:70000001</c> for CRM_UI, the sandbox app for API, none otherwise).</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="InvalidOperationException">No such record, or the email belongs to another contact.</exception>
    public HubSpotRecord SimulateChange(HubSpotObjectType type, string id, IReadOnlyDictionary<string, string?> properties, ChangeSource source, string? sourceId = null)
    {
        StoreResult result;
        using (Attribute(source, sourceId))
        {
            result = _store.Update(type, id, properties, source);
        }

        return result.Record ?? throw new InvalidOperationException(result.Error == StoreError.NotFound
            ? $"No {type.Singular} {id} exists."
            : $"Contact already exists. Existing ID: {HubSpotStore.FormatId(result.ConflictingId)}");
    }

    /// <summary>Deletes (archives) a record as a person in HubSpot's UI would (<c>CRM_UI</c>).</summary>
    /// <param name="type">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <returns>True when a record was archived.</returns>
    public bool SimulateDelete(HubSpotObjectType type, string id)
    {
        using (Attribute(ChangeSource.CrmUi, null))
        {
            return _store.Archive(type, id, ChangeSource.CrmUi);
        }
    }

    /// <summary>
    /// Merges one record into another as a person in HubSpot's UI would. Contacts and companies get a new record with
    /// a new id that both old ids resolve to (deletion events fire for the old ids); other types keep the primary id.
    /// </summary>
    /// <param name="type">The object type.</param>
    /// <param name="primaryId">The record whose values win.</param>
    /// <param name="mergedId">The record merged into it.</param>
    /// <returns>The record the merge produced.</returns>
    /// <exception cref="InvalidOperationException">Either record is missing or archived, or both ids are the same.</exception>
    public HubSpotRecord SimulateMerge(HubSpotObjectType type, string primaryId, string mergedId)
    {
        using (Attribute(ChangeSource.CrmUi, null))
        {
            return _store.Merge(type, primaryId, mergedId, ChangeSource.CrmUi).Record
                ?? throw new InvalidOperationException($"Could not merge {type.Singular} {mergedId} into {primaryId}: both must exist, differ and not be archived.");
        }
    }

    /// <summary>Associates two records with the default (unlabelled) association type, in both directions.</summary>
    /// <param name="fromType">The source type.</param>
    /// <param name="fromId">The source id.</param>
    /// <param name="toType">The target type.</param>
    /// <param name="toId">The target id.</param>
    public void Associate(HubSpotObjectType fromType, string fromId, HubSpotObjectType toType, string toId)
    {
        var typeId = AssociationTypes.DefaultId(fromType, toType) ?? throw new ArgumentException($"No default association from {fromType.Name} to {toType.Name}.", nameof(toType));
        if (!_store.Associate(new AssociationEdge(fromType, long.Parse(fromId, CultureInfo.InvariantCulture), toType, long.Parse(toId, CultureInfo.InvariantCulture), AssociationTypes.HubSpotDefined, typeId)))
        {
            throw new InvalidOperationException($"{fromType.Singular} {fromId} or {toType.Singular} {toId} does not exist.");
        }
    }

    /// <summary>
    /// Defines a USER_DEFINED association label between two object types in this portal (as
    /// <c>POST /crm/v4/associations/{from}/{to}/labels</c> does), or finds the existing one with the same text.
    /// </summary>
    /// <param name="fromType">The source type.</param>
    /// <param name="toType">The target type.</param>
    /// <param name="label">The label text, such as "Primary contact".</param>
    /// <returns>The label's association type id (the same in both directions, from 1000 up).</returns>
    public int DefineAssociationLabel(HubSpotObjectType fromType, HubSpotObjectType toType, string label)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        return _labels.Define(fromType, toType, label, null).TypeId;
    }

    /// <summary>
    /// Associates two records with an association type id: a label from <see cref="DefineAssociationLabel"/> (which
    /// also adds the default unlabelled type) or a HubSpot-defined id.
    /// </summary>
    /// <param name="fromType">The source type.</param>
    /// <param name="fromId">The source id.</param>
    /// <param name="toType">The target type.</param>
    /// <param name="toId">The target id.</param>
    /// <param name="typeId">The association type id.</param>
    public void Associate(HubSpotObjectType fromType, string fromId, HubSpotObjectType toType, string toId, int typeId)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        var category = _labels.LabelOf(fromType, toType, typeId) is not null ? AssociationLabels.UserDefined
            : typeId == AssociationTypes.DefaultId(fromType, toType) || AssociationTypes.LabelOf(typeId) is not null ? AssociationTypes.HubSpotDefined
            : throw new ArgumentException($"Association type {typeId} is not defined from {fromType.Name} to {toType.Name}.", nameof(typeId));
        if (!_store.Associate(new AssociationEdge(fromType, long.Parse(fromId, CultureInfo.InvariantCulture), toType, long.Parse(toId, CultureInfo.InvariantCulture), category, typeId)))
        {
            throw new InvalidOperationException($"{fromType.Singular} {fromId} or {toType.Singular} {toId} does not exist.");
        }
    }

    /// <summary>The ids of the records of <paramref name="toType"/> associated with a record.</summary>
    /// <param name="fromType">The source type.</param>
    /// <param name="fromId">The source id.</param>
    /// <param name="toType">The target type.</param>
    /// <returns>The associated ids.</returns>
    public IReadOnlyList<string> GetAssociatedIds(HubSpotObjectType fromType, string fromId, HubSpotObjectType toType) =>
        [.. _store.AssociationsOf(fromType, long.Parse(fromId, CultureInfo.InvariantCulture), toType).Select(e => HubSpotStore.FormatId(e.ToId)).Distinct()];

    /// <summary>Adds an owner.</summary>
    /// <param name="owner">The owner.</param>
    public void AddOwner(SandboxHubSpotOwner owner) => _owners.Add(owner);

    /// <summary>The property definitions of a type (HubSpot's defaults plus custom ones).</summary>
    /// <param name="type">The object type.</param>
    /// <returns>The definitions.</returns>
    public IReadOnlyList<HubSpotPropertyDefinition> GetProperties(HubSpotObjectType type) => _properties.All(type);

    /// <summary>Adds a custom property definition.</summary>
    /// <param name="type">The object type.</param>
    /// <param name="definition">The definition.</param>
    /// <returns>False when a property of that name exists.</returns>
    public bool AddProperty(HubSpotObjectType type, HubSpotPropertyDefinition definition) => _properties.TryAdd(type, definition);

    /// <summary>The webhook requests sent so far (successful or not), oldest first.</summary>
    public IReadOnlyList<HubSpotWebhookDelivery> WebhookDeliveries => _webhooks.Deliveries;

    /// <summary>How many events wait to be delivered (including retries not yet due).</summary>
    public int PendingWebhookEvents => _webhooks.PendingCount;

    /// <summary>
    /// Delivers the subscribed events of every change from now on to <paramref name="target"/> as HubSpot does: JSON
    /// arrays of up to 100 events (<c>contact.creation</c>, <c>contact.propertyChange</c> for subscribed properties,
    /// <c>contact.deletion</c>, <c>contact.merge</c>, <c>contact.associationChange</c> and the company and deal
    /// equivalents) signed with <c>X-HubSpot-Signature-v3</c> using <paramref name="clientSecret"/>.
    /// </summary>
    /// <param name="target">The receiver's URL.</param>
    /// <param name="clientSecret">The app's client secret, the signing key.</param>
    /// <param name="options">The events subscribed (required, see <see cref="HubSpotWebhookOptions.Events"/>), batching, retries, duplicates, reordering and automatic delivery.</param>
    /// <returns>The subscription.</returns>
    /// <exception cref="ArgumentException">No events are subscribed, or one names an unknown event type or property.</exception>
    public HubSpotWebhookSubscription SubscribeWebhooks(Uri target, string clientSecret, HubSpotWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentNullException.ThrowIfNull(options);
        WebhookSubscriptionRules.Validate(options, _properties);
        return _webhooks.Subscribe(target, clientSecret, options);
    }

    /// <summary>
    /// Sends every webhook request that is due now on the sandbox clock (first attempts, and retries whose delay has
    /// passed); the deterministic way for a test to get deliveries out. Advance a fake clock to make retries due.
    /// </summary>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>How many requests were sent.</returns>
    public Task<int> DeliverPendingWebhooksAsync(CancellationToken cancellationToken = default) => _webhooks.DeliverPendingAsync(cancellationToken);

    internal HubSpotStore Store => _store;

    internal PropertyCatalog Properties => _properties;

    private static ChangeAttribution.Scope Attribute(ChangeSource source, string? sourceId) => ChangeAttribution.Use(source, sourceId);

    /// <summary>Stops background webhook delivery; called when the sandbox is disposed.</summary>
    internal void Shutdown() => _webhooks.Dispose();

    internal override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        _oauth.Map(endpoints);
        HubSpotControlEndpoints.Map(endpoints, this);
        WebhooksJournalEndpoints.Map(endpoints, WebhooksJournal, _oauth);
        var api = endpoints.MapGroup(string.Empty);
        api.AddEndpointFilter(AuthorizeAndLimitAsync);
        var objects = new ObjectEndpoints(_store, _properties, Options, new PropertyValidation(_properties, Options, () => _owners.All.Select(o => o.Id)));
        var batch = new BatchEndpoints(_store, objects, Options);
        var search = new SearchEndpoint(_store, _properties, Options);
        var associations = new AssociationEndpoints(_store, _labels);
        var properties = new PropertyEndpoints(_properties, _timeProvider);
        foreach (var (objectsPrefix, associationsObjects, associationsBatch, owners, pipelines, props) in new[]
        {
            ("/crm/objects/2026-03", "/crm/objects/2026-03", "/crm/associations/2026-03", "/crm/owners/2026-03", "/crm/pipelines/2026-03", "/crm/properties/2026-03"),
            ("/crm/v3/objects", "/crm/v4/objects", "/crm/v4/associations", "/crm/v3/owners", "/crm/v3/pipelines", "/crm/v3/properties"),
        })
        {
            objects.Map(api, objectsPrefix);
            batch.Map(api, objectsPrefix);
            search.Map(api, objectsPrefix);
            associations.Map(api, associationsObjects, associationsBatch);
            _owners.Map(api, owners);
            PipelineEndpoints.Map(api, pipelines);
            properties.Map(api, props);
        }

        Account.AccountInfoEndpoints.Map(api, "/account-info/2026-03", Options, _timeProvider);
        Account.AccountInfoEndpoints.Map(api, "/account-info/v3", Options, _timeProvider);
    }

    internal override Task WriteFaultAsync(HttpContext context, int statusCode)
    {
        var body = statusCode switch
        {
            StatusCodes.Status429TooManyRequests => _rateLimiter.Body("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING"),
            StatusCodes.Status423Locked => HubSpotResponses.ErrorBody("The resource is locked; wait at least 2 seconds before retrying.", "LOCKED"),
            StatusCodes.Status500InternalServerError => HubSpotResponses.ErrorBody("internal error", "INTERNAL_ERROR"),
            _ => HubSpotResponses.ErrorBody("The service is temporarily unavailable; please try again.", "SERVICE_UNAVAILABLE"),
        };
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private async ValueTask<object?> AuthorizeAndLimitAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return HubSpotResponses.Error(StatusCodes.Status401Unauthorized, "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview", "INVALID_AUTHENTICATION");
        }

        var token = header["Bearer ".Length..].Trim();
        var otherApp = Options.OtherAppToken is { Length: > 0 } otherToken && string.Equals(token, otherToken, StringComparison.Ordinal);
        var (state, scopes, expiredFor) = otherApp ? (HubSpotOAuth.TokenState.Valid, null, TimeSpan.Zero) : _oauth.Check(token);
        if (state == HubSpotOAuth.TokenState.Expired)
        {
            return HubSpotResponses.Error(StatusCodes.Status401Unauthorized, $"The OAuth token used to make this call expired {((int)expiredFor.TotalMinutes).ToString(CultureInfo.InvariantCulture)} minute(s) ago.", "EXPIRED_AUTHENTICATION");
        }

        if (state == HubSpotOAuth.TokenState.Unknown)
        {
            return HubSpotResponses.Error(StatusCodes.Status401Unauthorized, "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview", "INVALID_AUTHENTICATION");
        }

        if (scopes is { Count: > 0 } && RequiredScopes.For(context.Request) is { } required && !scopes.Contains(required))
        {
            var body = HubSpotResponses.ErrorBody("This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.", "MISSING_SCOPES");
            body["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = "One or more of the following scopes are required.",
                ["context"] = new JsonObject { ["requiredGranularScopes"] = new JsonArray(required) },
            });
            body["links"] = new JsonObject { ["scopes"] = "https://developers.hubspot.com/scopes" };
            return HubSpotResponses.Json(body, StatusCodes.Status403Forbidden);
        }

        var isSearch = context.Request.Path.Value?.EndsWith("/search", StringComparison.Ordinal) == true;
        if (_rateLimiter.Check(context, isSearch, isOAuth: !string.Equals(token, Options.AccessToken, StringComparison.Ordinal)) is { } limited)
        {
            return HubSpotResponses.Json(limited, StatusCodes.Status429TooManyRequests);
        }

        // API writes are INTEGRATION changes by the calling app (webhook sourceId = its app id).
        using var attribution = ChangeAttribution.Use(ChangeSource.Api, (otherApp ? Options.OtherAppId : Options.AppId).ToString(CultureInfo.InvariantCulture));
        return await next(invocation).ConfigureAwait(false);
    }

    private void Seed(DemoDataSet data)
    {
        for (var i = 0; i < data.HubSpotOwners.Count; i++)
        {
            var person = data.HubSpotOwners[i];
            _owners.Add(new SandboxHubSpotOwner((90_000_001 + i).ToString(CultureInfo.InvariantCulture), 70_000_001 + i, person.Email, person.GivenName, person.FamilyName));
        }

        if (data.HubSpotOwners.Count > 0)
        {
            // Every real portal has users who left: a deactivated owner, listed and found only with archived=true.
            var domain = data.HubSpotOwners[0].Email[(data.HubSpotOwners[0].Email.IndexOf('@', StringComparison.Ordinal) + 1)..];
            var index = data.HubSpotOwners.Count;
            _owners.Add(new SandboxHubSpotOwner((90_000_001 + index).ToString(CultureInfo.InvariantCulture), 70_000_001 + index, $"former.staff@{domain}", "Former", "Staff", Archived: true));
        }

        string? OwnerId(int index) => data.HubSpotOwners.Count == 0 ? null : (90_000_001 + (index % data.HubSpotOwners.Count)).ToString(CultureInfo.InvariantCulture);

        List<string> companyIds = [];
        foreach (var org in data.HubSpotCompanies)
        {
            companyIds.Add(_store.Create(HubSpotObjectType.Companies, new Dictionary<string, string?>
            {
                ["name"] = org.Name, ["domain"] = org.Domain, ["phone"] = org.Phone, ["address"] = org.Address.Street,
                ["city"] = org.Address.Suburb, ["state"] = org.Address.State, ["zip"] = org.Address.Postcode, ["country"] = "Australia",
            }, ChangeSource.CrmUi).Record!.Id);
        }

        // Each contact's company by name (the first company of that name), found once per contact without a scan.
        var companyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.HubSpotCompanies.Count; i++)
        {
            companyIndex.TryAdd(data.HubSpotCompanies[i].Name, i);
        }

        List<string> contactIds = [];
        for (var i = 0; i < data.HubSpotContacts.Count; i++)
        {
            var person = data.HubSpotContacts[i];
            var result = _store.Create(HubSpotObjectType.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = person.GivenName, ["lastname"] = person.FamilyName, ["email"] = person.Email,
                ["phone"] = person.WorkPhone, ["mobilephone"] = person.Mobile, ["address"] = person.Address.Street,
                ["city"] = person.Address.Suburb, ["state"] = person.Address.State, ["zip"] = person.Address.Postcode,
                ["country"] = "Australia", ["company"] = person.OrganisationName, ["jobtitle"] = person.Position,
                ["hubspot_owner_id"] = OwnerId(i),
            }, ChangeSource.CrmUi);
            contactIds.Add(result.Record?.Id ?? HubSpotStore.FormatId(result.ConflictingId));
            if (result.Record is not null && companyIndex.TryGetValue(person.OrganisationName, out var orgIndex))
            {
                Associate(HubSpotObjectType.Contacts, result.Record.Id, HubSpotObjectType.Companies, companyIds[orgIndex]);
            }
        }

        var stages = PipelineEndpoints.DealPipelines[0].Stages;
        foreach (var deal in data.HubSpotDeals)
        {
            var created = _store.Create(HubSpotObjectType.Deals, new Dictionary<string, string?>
            {
                ["dealname"] = deal.Name,
                ["amount"] = deal.Amount.ToString(CultureInfo.InvariantCulture),
                ["closedate"] = HubSpotStore.FormatDate(new DateTimeOffset(deal.CloseDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
                ["pipeline"] = "default",
                ["dealstage"] = stages[Math.Clamp(deal.StageIndex, 0, stages.Length - 1)].Id,
                ["hubspot_owner_id"] = OwnerId(deal.OwnerIndex),
            }, ChangeSource.CrmUi).Record!;
            if (deal.ContactIndex >= 0 && deal.ContactIndex < contactIds.Count)
            {
                Associate(HubSpotObjectType.Deals, created.Id, HubSpotObjectType.Contacts, contactIds[deal.ContactIndex]);
            }

            if (deal.OrganisationIndex is { } org && org < companyIds.Count)
            {
                Associate(HubSpotObjectType.Deals, created.Id, HubSpotObjectType.Companies, companyIds[org]);
            }
        }

        Engagements.DemoEngagements.Seed(this, _store, OwnerId, _timeProvider.GetUtcNow());
    }
}
