using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary><c>/contact</c>, <c>/contacts</c>, contact notes, custom fields and merge history.</summary>
internal static class AxcelerateContactEndpoints
{
    private const int MaxPage = 100;
    private static readonly string[] StateParameters = ["state", "sstate"];
    private static readonly string[] NameParameters = ["givenName", "surname"];

    public static void Map(RouteGroupBuilder api, AxcelerateSandbox sandbox)
    {
        var store = sandbox.Store;
        api.MapGet("/contact/{contactId:int}", (int contactId) =>
            store.GetContact(contactId) is { } contact ? AxcelerateJson.Ok(AxcelerateJson.Contact(contact, store)) : Results.NoContent());

        api.MapPost("/contact/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var missing = request.Missing("givenName", "surname");
            if (missing.Length > 0)
            {
                return AxcelerateJson.ValidationError(missing);
            }

            if (Invalid(request) is { } invalid)
            {
                return invalid;
            }

            if (request.Bool("checkEmailAddressUnique") && request["emailAddress"] is { } email && store.EmailInUse(email))
            {
                return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Email address is not unique.", $"A contact with the email address {email} already exists in this account.");
            }

            var contact = sandbox.CreateContact(Writes(request, store));
            return AxcelerateJson.Ok(WriteResult(contact));
        });

        api.MapPut("/contact/{contactId:int}", async (int contactId, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            if (Invalid(request) is { } invalid)
            {
                return invalid;
            }

            return sandbox.ChangeContact(contactId, Writes(request, store)) is { } contact
                ? AxcelerateJson.Ok(WriteResult(contact))
                : AxcelerateJson.NotFound("Contact", contactId);
        });

        api.MapGet("/contacts/search", async (HttpRequest http) => Search(await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false), store));
        api.MapGet("/contacts", async (HttpRequest http) => Search(await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false), store));

        api.MapPost("/contact/note/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var missing = request.Missing("contactID", "contactNote");
            if (missing.Length > 0)
            {
                return AxcelerateJson.ValidationError(missing);
            }

            var typeText = request["noteTypeID"] ?? "88";
            if (!int.TryParse(typeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var noteType) || !AxcelerateNoteTypes.Exists(noteType))
            {
                return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Invalid NoteTypeID!", $"NoteTypeID: {typeText} was not found in this account.");
            }

            var contactId = request.Int("contactID", 0);
            return store.AddNote(contactId, request["contactNote"]!, noteType) is { } note
                ? AxcelerateJson.Ok(new JsonObject { ["MESSAGE"] = $"Note was added to Contact: {contactId.ToString(CultureInfo.InvariantCulture)}.", ["STATUS"] = "success", ["NOTEID"] = note.NoteId })
                : AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Invalid ContactID!", $"ContactID: {contactId.ToString(CultureInfo.InvariantCulture)} was not found in this account.");
        });

        api.MapGet("/contact/notes/{contactId:int}", async (int contactId, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var notes = store.Notes(contactId)
                .Where(n => !request.Bool("hideSystemNotes") || n.NoteTypeId != 88)
                .Where(n => request["search"] is not { } s || n.Text.Contains(s, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(n => n.Inserted).ThenByDescending(n => n.NoteId)
                .ToList();
            var offset = Math.Max(0, request.Int("offset", 0));
            var page = notes.Skip(offset).Take(Math.Min(Math.Clamp(request.Int("displayLength", 10), 1, MaxPage), store.Options.OrganisationAndNoteRowLimit ?? MaxPage));
            return AxcelerateJson.Rows(page.Select((n, i) => NoteRow(n, offset + i + 1, notes.Count, store)));
        });

        api.MapGet("/contact/noteTypes/", () => AxcelerateJson.Ok(AxcelerateNoteTypes.Json()));

        api.MapGet("/customFields", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var fields = store.CustomFields()
                .Where(f => request["linkTo"] is not { } linkTo || string.Equals(f.LinkTo, linkTo, StringComparison.OrdinalIgnoreCase))
                .Where(f => request["searchTerm"] is not { } term || f.VariableName.StartsWith(term, StringComparison.OrdinalIgnoreCase) || f.Label.StartsWith(term, StringComparison.OrdinalIgnoreCase))
                .Skip(Math.Max(0, request.Int("offset", 0)))
                .Take(Math.Max(1, request.Int("limit", 100)));
            return AxcelerateJson.Rows(fields.Select(f => new JsonObject
            {
                ["LINKTO"] = f.LinkTo, ["OPTIONS"] = f.Options, ["VARIABLENAME"] = f.VariableName, ["ID"] = f.Id, ["ACTIVE"] = true,
                ["TYPE"] = f.Type, ["LABEL"] = f.Label, ["MANDATORY"] = false, ["AVAILABLETOEXTERNAL"] = true,
            }));
        });

        api.MapPost("/log/contactMergeHistory", async (HttpRequest http) => MergeHistory(await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false), store));
    }

    private static IResult Search(AxcelerateRequest request, AxcelerateStore store)
    {
        var offset = Math.Max(0, request.Int("offset", 0));
        var length = Math.Clamp(request.Int("displayLength", 10), 1, MaxPage);
        var page = store.SearchContacts(
            c => AxcelerateContactSearch.Matches(c, request, store.Options.LastUpdatedMeansOnOrAfter),
            AxcelerateContactSearch.EmailPrefix(request),
            offset,
            length);
        return AxcelerateJson.Rows(page.Select(c => AxcelerateJson.Contact(c, store)));
    }

    private static IResult MergeHistory(AxcelerateRequest request, AxcelerateStore store)
    {
        var missing = request.Missing("dateStart", "dateEnd");
        if (missing.Length > 0)
        {
            return AxcelerateJson.ValidationError(missing);
        }

        if (!TryDate(request["dateStart"]!, out var start) || !TryDate(request["dateEnd"]!, out var end))
        {
            return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", "dateStart and dateEnd must be dates (yyyy-mm-dd 00:00:00).");
        }

        var rows = store.Merges()
            .Where(m => m.MergedUtc.UtcDateTime >= start && m.MergedUtc.UtcDateTime <= end)
            .Where(m => request["oldContactID"] is not { } old || AxcelerateStore.Text(m.OldContactId) == old)
            .Where(m => request["currentContactID"] is not { } current || AxcelerateStore.Text(m.CurrentContactId) == current)
            .Where(m => request["mergedByContactID"] is not { } by || AxcelerateStore.Text(m.MergedByContactId) == by)
            .Take(500)
            .Select(m => new JsonObject
            {
                ["OLDCONTACTID"] = m.OldContactId, ["CURRENTCONTACTID"] = m.CurrentContactId,
                ["MERGEDUTC"] = m.MergedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["MERGEDBYCONTACTID"] = m.MergedByContactId,
                ["STARTDATE"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["ENDDATE"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })
            .ToList();
        return rows.Count == 0
            ? AxcelerateJson.Ok(new JsonArray(new JsonObject { ["merged"] = false }))
            : AxcelerateJson.Ok(new JsonArray(rows.Select(r => (JsonNode)r).ToArray()));
    }

    private static bool TryDate(string text, out DateTime value) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);

    private static IResult? Invalid(AxcelerateRequest request)
    {
        foreach (var name in StateParameters)
        {
            if (request[name] is { } state && !AxcelerateFields.States.Contains(state))
            {
                return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"{name} must be one of NSW, VIC, QLD, SA, WA, TAS, NT, ACT, OTH, OVS.");
            }
        }

        if (request["dob"] is { } dob && !DateOnly.TryParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", "dob must be a date in the format YYYY-MM-DD.");
        }

        foreach (var name in NameParameters)
        {
            if (request[name] is { Length: > 40 })
            {
                return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"{name} must be at most 40 characters.");
            }
        }

        return null;
    }

    private static Dictionary<string, string?> Writes(AxcelerateRequest request, AxcelerateStore store)
    {
        var writes = request.Writes(AxcelerateFields.ContactWritable, customFields: true);
        if (writes.TryGetValue("ORGID", out var orgIdText) && int.TryParse(orgIdText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var orgId)
            && store.GetOrganisation(orgId) is { } organisation && !writes.ContainsKey("ORGANISATION"))
        {
            writes["ORGANISATION"] = organisation["NAME"];
        }

        return writes;
    }

    private static JsonObject WriteResult(AxcelerateSandboxRecord contact) => new()
    {
        ["EMAILADDRESS"] = contact["EMAILADDRESS"], ["GIVENNAME"] = contact["GIVENNAME"], ["SURNAME"] = contact["SURNAME"], ["CONTACTID"] = contact.Id,
    };

    private static JsonObject NoteRow(AxcelerateSandboxNote note, int rowId, int count, AxcelerateStore store)
    {
        var author = store.GetContact(store.WebServiceContactId);
        return new JsonObject
        {
            ["ROWID"] = rowId, ["ID"] = note.NoteId, ["TEXT"] = note.Text, ["TYPE"] = AxcelerateNoteTypes.Name(note.NoteTypeId),
            ["DATEINSERTED"] = note.Inserted.ToOffset(AxcelerateStore.AccountOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["DATEUPDATED"] = null, ["ADDEDBY"] = author is null ? "SYSTEM" : $"{author["GIVENNAME"]} {author["SURNAME"]}", ["UPDATEDBY"] = null,
            ["ADDEDBYCONTACTID"] = author?.Id, ["UPDATEDBYCONTACTID"] = null, ["ATTACHMENTS"] = null, ["COUNT"] = count,
        };
    }
}
