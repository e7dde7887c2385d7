using System.Globalization;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>The in-memory aXcelerate account: every record behind one lock, ids handed out in sequence.</summary>
internal sealed class AxcelerateStore
{
    /// <summary>aXcelerate writes local times in the account's zone; the sandbox account is in Brisbane (UTC+10, no DST).</summary>
    public static readonly TimeSpan AccountOffset = TimeSpan.FromHours(10);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly SortedDictionary<int, Dictionary<string, string?>> _contacts = [];
    // Contacts by email (case ignored), so a search by email looks at the contacts whose address starts with it, not at all.
    private readonly SortedSet<(string Email, int Id)> _contactsByEmail = new(EmailOrder.Instance);
    private readonly SortedDictionary<int, Dictionary<string, string?>> _organisations = [];
    private readonly SortedDictionary<int, List<Dictionary<string, string?>>> _details = [];
    private readonly SortedDictionary<int, Dictionary<string, string?>> _tasks = [];
    private readonly SortedDictionary<int, Dictionary<string, string?>> _users = [];
    private readonly List<AxcelerateSandboxNote> _notes = [];
    private readonly List<AxcelerateSandboxMerge> _merges = [];
    private readonly List<AxcelerateSandboxCustomField> _customFields = [];
    private int _nextContactId = 10001;
    private int _nextOrganisationId = 20001;
    private int _nextDetailId = 30001;
    private int _nextTaskId = 40001;
    private int _nextNoteId = 50001;
    private int _nextUserId = 501;
    private int _nextCustomFieldId = 601;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _ignored = new();

    public AxcelerateStore(TimeProvider time, AxcelerateSandboxOptions options)
    {
        _time = time;
        Options = options;
    }

    public AxcelerateSandboxOptions Options { get; }

    /// <summary>How many stored contacts searches have looked at so far (proves a search by email does not scan the account).</summary>
    public long ContactsVisited { get; private set; }

    public void RecordIgnored(string parameter) => _ignored.Enqueue(parameter);

    public IReadOnlyList<string> IgnoredWriteParameters() => _ignored.ToList();

    /// <summary>The contact id of the Web Service user, who performs API writes.</summary>
    public int WebServiceContactId { get; set; }

    public string Now() => _time.GetUtcNow().ToOffset(AccountOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    // ---- contacts ----

    public AxcelerateSandboxRecord AddContact(IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            var id = _nextContactId++;
            var record = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["CONTACTID"] = Text(id), ["CONTACTACTIVE"] = "true", ["CONTACTENTRYDATE"] = Now(), ["LASTUPDATED"] = Now(),
                ["USI_VERIFIED"] = "false", ["USI_EXEMPTION"] = "false", ["TFN_RECORDED"] = "false",
            };
            Apply(record, fields);
            _contacts[id] = record;
            IndexEmail(id, null, record);
            return Snapshot(id, record);
        }
    }

    public AxcelerateSandboxRecord? UpdateContact(int id, IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            if (!_contacts.TryGetValue(id, out var record))
            {
                return null;
            }

            var email = record.GetValueOrDefault("EMAILADDRESS");
            Apply(record, fields);
            record["LASTUPDATED"] = Now();
            IndexEmail(id, email, record);
            return Snapshot(id, record);
        }
    }

    public bool DeleteContact(int id)
    {
        lock (_gate)
        {
            if (!_contacts.Remove(id, out var record))
            {
                return false;
            }

            IndexEmail(id, record.GetValueOrDefault("EMAILADDRESS"), null);
            return true;
        }
    }

    public AxcelerateSandboxRecord? GetContact(int id)
    {
        lock (_gate)
        {
            return _contacts.TryGetValue(id, out var record) ? Snapshot(id, record) : null;
        }
    }

    public IReadOnlyList<AxcelerateSandboxRecord> Contacts()
    {
        lock (_gate)
        {
            return _contacts.Select(c => Snapshot(c.Key, c.Value)).ToList();
        }
    }

    public bool EmailInUse(string email)
    {
        lock (_gate)
        {
            return WithEmailPrefix(email).Any(id => string.Equals(_contacts[id].GetValueOrDefault("EMAILADDRESS"), email, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// One page of the contacts that match, in id order: <paramref name="offset"/> matches skipped, then up to
    /// <paramref name="length"/> taken. With <paramref name="emailPrefix"/> (the search's <c>emailAddress</c>) only the
    /// contacts whose address starts with it are looked at; the match still decides. Only the page is copied.
    /// </summary>
    public IReadOnlyList<AxcelerateSandboxRecord> SearchContacts(Func<AxcelerateSandboxRecord, bool> matches, string? emailPrefix, int offset, int length)
    {
        lock (_gate)
        {
            var page = new List<AxcelerateSandboxRecord>(Math.Min(length, 100));
            IEnumerable<int> candidates = emailPrefix is null ? _contacts.Keys : WithEmailPrefix(emailPrefix).Order().ToList();
            var skipped = 0;
            foreach (var id in candidates)
            {
                ContactsVisited++;
                var record = _contacts[id];
                if (!matches(new AxcelerateSandboxRecord(id, record)))
                {
                    continue;
                }

                if (skipped < offset)
                {
                    skipped++;
                    continue;
                }

                page.Add(Snapshot(id, record));
                if (page.Count >= length)
                {
                    break;
                }
            }

            return page;
        }
    }

    // The ids of the contacts whose email starts with the prefix, case ignored (a superset the caller's match narrows).
    private IEnumerable<int> WithEmailPrefix(string prefix) =>
        _contactsByEmail.GetViewBetween((prefix, int.MinValue), (prefix + char.MaxValue, int.MaxValue)).Select(e => e.Id);

    private void IndexEmail(int id, string? before, Dictionary<string, string?>? record)
    {
        var after = record?.GetValueOrDefault("EMAILADDRESS");
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        if (before is not null)
        {
            _contactsByEmail.Remove((before, id));
        }

        if (after is not null)
        {
            _contactsByEmail.Add((after, id));
        }
    }

    public AxcelerateSandboxMerge? MergeContacts(int oldContactId, int currentContactId, int mergedByContactId)
    {
        lock (_gate)
        {
            if (oldContactId == currentContactId || !_contacts.TryGetValue(currentContactId, out var current) || !_contacts.Remove(oldContactId, out var old))
            {
                return null;
            }

            IndexEmail(oldContactId, old.GetValueOrDefault("EMAILADDRESS"), null);

            foreach (var task in _tasks.Values.Where(t => t.GetValueOrDefault("MARKETINGCONTACTID") == Text(oldContactId)))
            {
                task["MARKETINGCONTACTID"] = Text(currentContactId);
            }

            for (var i = 0; i < _notes.Count; i++)
            {
                if (_notes[i].ContactId == oldContactId)
                {
                    _notes[i] = _notes[i] with { ContactId = currentContactId };
                }
            }

            current["LASTUPDATED"] = Now();
            var merge = new AxcelerateSandboxMerge(oldContactId, currentContactId, mergedByContactId, UtcNow);
            _merges.Add(merge);
            return merge;
        }
    }

    public IReadOnlyList<AxcelerateSandboxMerge> Merges()
    {
        lock (_gate)
        {
            return _merges.ToList();
        }
    }

    // ---- notes ----

    public AxcelerateSandboxNote? AddNote(int contactId, string text, int noteTypeId)
    {
        lock (_gate)
        {
            if (!_contacts.ContainsKey(contactId))
            {
                return null;
            }

            var note = new AxcelerateSandboxNote(_nextNoteId++, contactId, text, noteTypeId, UtcNow);
            _notes.Add(note);
            return note;
        }
    }

    public IReadOnlyList<AxcelerateSandboxNote> Notes(int? contactId = null)
    {
        lock (_gate)
        {
            return _notes.Where(n => contactId is null || n.ContactId == contactId).ToList();
        }
    }

    // ---- custom fields ----

    public AxcelerateSandboxCustomField AddCustomField(string linkTo, string variableName, string label, string type, string? options)
    {
        lock (_gate)
        {
            var field = new AxcelerateSandboxCustomField(_nextCustomFieldId++, linkTo, variableName, label, type, options);
            _customFields.Add(field);
            return field;
        }
    }

    public IReadOnlyList<AxcelerateSandboxCustomField> CustomFields()
    {
        lock (_gate)
        {
            return _customFields.ToList();
        }
    }

    // ---- organisations ----

    public AxcelerateSandboxRecord AddOrganisation(IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            var id = _nextOrganisationId++;
            var record = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["ORGID"] = Text(id), ["PURCHASEORDERREQUIRED"] = "0", ["HIERACHYROOT"] = Text(id),
                ["HIERACHYPATH"] = $"/{Text(id)}/", ["HIERACHYDEPTH"] = "1", ["ACTIVE"] = "1",
            };
            Apply(record, fields);
            _organisations[id] = record;
            _details[id] = [];
            return Snapshot(id, record);
        }
    }

    public AxcelerateSandboxRecord? UpdateOrganisation(int id, IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            if (!_organisations.TryGetValue(id, out var record))
            {
                return null;
            }

            Apply(record, fields);
            return Snapshot(id, record);
        }
    }

    public AxcelerateSandboxRecord? GetOrganisation(int id)
    {
        lock (_gate)
        {
            return _organisations.TryGetValue(id, out var record) ? Snapshot(id, record) : null;
        }
    }

    public IReadOnlyList<AxcelerateSandboxRecord> Organisations()
    {
        lock (_gate)
        {
            return _organisations.Select(o => Snapshot(o.Key, o.Value)).ToList();
        }
    }

    public AxcelerateSandboxRecord? AddDetail(int orgId, IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            if (!_details.TryGetValue(orgId, out var list))
            {
                return null;
            }

            var id = _nextDetailId++;
            var record = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["DETAILID"] = Text(id), ["ORGID"] = Text(orgId) };
            Apply(record, fields);
            list.Add(record);
            return Snapshot(id, record);
        }
    }

    public AxcelerateSandboxRecord? UpdateDetail(int orgId, int detailId, IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            var record = _details.GetValueOrDefault(orgId)?.FirstOrDefault(d => d["DETAILID"] == Text(detailId));
            if (record is null)
            {
                return null;
            }

            Apply(record, fields);
            return Snapshot(detailId, record);
        }
    }

    public IReadOnlyList<AxcelerateSandboxRecord> Details(int orgId)
    {
        lock (_gate)
        {
            return _details.GetValueOrDefault(orgId)?.Select(d => Snapshot(int.Parse(d["DETAILID"]!, CultureInfo.InvariantCulture), d)).ToList() ?? [];
        }
    }

    // ---- users ----

    public AxcelerateSandboxRecord AddUser(int contactId, string username, string roleName, bool active)
    {
        lock (_gate)
        {
            var id = _nextUserId++;
            var record = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["USERID"] = Text(id), ["CONTACTID"] = Text(contactId), ["USERNAME"] = username, ["ROLENAME"] = roleName,
                ["ROLEID"] = "2456", ["ROLETYPEID"] = "1", ["ACTIVE"] = active ? "1" : "0",
            };
            _users[id] = record;
            return Snapshot(id, record);
        }
    }

    public IReadOnlyList<AxcelerateSandboxRecord> Users()
    {
        lock (_gate)
        {
            return _users.Select(u => Snapshot(u.Key, u.Value)).ToList();
        }
    }

    // ---- tasks ----

    public AxcelerateSandboxRecord AddTask(IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            var id = _nextTaskId++;
            var record = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["TASKID"] = Text(id), ["STATUS"] = "1", ["PRIORITY"] = "2", ["CREATIONDATE"] = Now(),
                ["REQUESTERID"] = Text(WebServiceContactId),
                ["REQUESTER"] = _contacts.TryGetValue(WebServiceContactId, out var requester) ? $"{requester["GIVENNAME"]} {requester["SURNAME"]}" : null,
            };
            Apply(record, fields);
            _tasks[id] = record;
            return Snapshot(id, record);
        }
    }

    public AxcelerateSandboxRecord? UpdateTask(int id, IReadOnlyDictionary<string, string?> fields)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(id, out var record))
            {
                return null;
            }

            Apply(record, fields);
            return Snapshot(id, record);
        }
    }

    public bool DeleteTask(int id)
    {
        lock (_gate)
        {
            return _tasks.Remove(id);
        }
    }

    public AxcelerateSandboxRecord? GetTask(int id)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(id, out var record) ? Snapshot(id, record) : null;
        }
    }

    public IReadOnlyList<AxcelerateSandboxRecord> Tasks()
    {
        lock (_gate)
        {
            return _tasks.Select(t => Snapshot(t.Key, t.Value)).ToList();
        }
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Apply(Dictionary<string, string?> record, IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (key, value) in fields)
        {
            record[key.ToUpperInvariant()] = string.IsNullOrEmpty(value) ? null : value;
        }
    }

    private static AxcelerateSandboxRecord Snapshot(int id, Dictionary<string, string?> record) =>
        new(id, new Dictionary<string, string?>(record, StringComparer.OrdinalIgnoreCase));

    // Email (case ignored, as the search compares it), then id: one entry per contact with an address.
    private sealed class EmailOrder : IComparer<(string Email, int Id)>
    {
        public static readonly EmailOrder Instance = new();

        public int Compare((string Email, int Id) x, (string Email, int Id) y)
        {
            var byEmail = StringComparer.OrdinalIgnoreCase.Compare(x.Email, y.Email);
            return byEmail != 0 ? byEmail : x.Id.CompareTo(y.Id);
        }
    }
}
