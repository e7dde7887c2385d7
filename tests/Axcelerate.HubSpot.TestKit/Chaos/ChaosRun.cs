using System.Diagnostics;
using System.Globalization;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// The seeded chaos scenario of issue 16: seeds the sandbox, imports everything through the real SDK (SQLite store in a
/// temp file), then runs rounds of changes in both systems (edits, creations, deletions and merges of contacts on both
/// sides, of companies and deals in HubSpot), synchronised by the real webhook paths (HubSpot's signed deliveries, with
/// duplicates and shuffled order, into <c>MapHubSpotWebhooks</c>; aXcelerate's into <c>MapAxcelerateWebhooks</c>, then
/// the processor) and/or the contact poller, by seed, while both sandbox servers fail a share of requests, deliveries
/// fail at the endpoint, and the host is stopped and restarted from the same SQLite file. <see cref="ChaosVerifier"/>
/// then checks the sandbox's final state.
/// </summary>
public sealed class ChaosRun : IAsyncDisposable
{
    /// <summary>qualifiedtobuy → Prospect (2), closedwon → Won (5): the stages the run uses, in the sandbox's first pipeline.</summary>
    internal static readonly Dictionary<string, (int Id, string Name)> Stages = new()
    {
        ["qualifiedtobuy"] = (2, "Prospect"),
        ["closedwon"] = (5, "Won"),
    };

    private static readonly string[] Cities = ["Brisbane", "Toowoomba", "Cairns", "Townsville", "Mackay", "Ipswich", "Logan", "Gympie"];

    private readonly ChaosOptions _options;
    private readonly Random _random;
    private readonly FakeTimeProvider _clock;
    private readonly ChaosClock _sdkTime;
    private readonly KillSwitch _kill = new();
    private readonly TempDatabase _database = new();
    private readonly List<string> _stops = [];
    private readonly EndpointFaults? _deliveryFaults;
    private readonly SortedDictionary<string, int> _byKind = new(StringComparer.Ordinal);
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private IntegrationSandbox? _sandbox;
    private ChaosProcess? _process;
    private int _port;
    private int _operations;
    private int _serial;
    private int _values;

    private ChaosRun(ChaosOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        _sdkTime = new ChaosClock(_clock);
        _deliveryFaults = options.DeliveryFaults ? new EndpointFaults(options.Seed + 2, HubSpotDeliveryTimeout) : null;
    }

    /// <summary>How long HubSpot waits for the endpoint's answer (HubSpot: 5 s; shorter here, as a late answer costs real time).</summary>
    private static readonly TimeSpan HubSpotDeliveryTimeout = TimeSpan.FromSeconds(1);

    internal ChaosAxcelerateSync AxcelerateSync => _options.EffectiveAxcelerateSync;

    private ChaosAxcelerateSync AxSync => AxcelerateSync;

    private bool Polls => AxSync != ChaosAxcelerateSync.Webhooks;

    internal EndpointFaults? DeliveryFaults => _deliveryFaults;

    internal Dictionary<string, ExpectedContact> Contacts { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, ExpectedRecord> Companies { get; } = [];

    internal Dictionary<string, ExpectedRecord> Deals { get; } = [];

    internal IntegrationSandbox Sandbox => _sandbox!;

    internal ChaosProcess Process => _process!;

    /// <summary>Runs the scenario and verifies the end state.</summary>
    public static async Task<ChaosResult> RunAsync(ChaosOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var run = new ChaosRun(options);
        var watch = Stopwatch.StartNew();
        await run.ExecuteAsync(cancellationToken);
        return await ChaosVerifier.VerifyAsync(run, watch, cancellationToken);
    }

    internal int Operations => _operations;

    internal IReadOnlyList<string> Stops => _stops;

    internal int Seed => _options.Seed;

    private void Say(string line) => _options.Progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_watch.Elapsed.TotalSeconds,5:F0} s] {line}"));

    /// <summary>Operations by kind (e.g. <c>HubSpot deal merge</c>, <c>aXcelerate contact deletion</c>).</summary>
    internal IReadOnlyDictionary<string, int> OperationsByKind => _byKind;

    private void Done(string kind)
    {
        _operations++;
        var key = kind.StartsWith("seeded", StringComparison.Ordinal) || kind.StartsWith("aXcelerate", StringComparison.Ordinal) ? kind : $"HubSpot {kind}";
        _byKind[key] = _byKind.GetValueOrDefault(key) + 1;
    }

    private async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        _sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { TimeProvider = _clock }, cancellationToken);
        SeedData();
        _process = await ChaosProcess.StartAsync(Sandbox, _sdkTime, _database.ConnectionString, _kill, 0, _options.RequestTimeout, _deliveryFaults);
        _port = _process.Port;
        // Set-up, before any fault: still a step, as a loaded machine can let a request outlast the clients' timeout.
        await StepAsync("stage map", token => Process.Get<IDealStageMappingService>().SaveAsync(Stages.ToDictionary(s => s.Key, s => s.Value.Id), token), cancellationToken);
        await StepAsync("sync settings", token => Process.Get<ISyncSettingsService>().SetAsync(Enum.GetValues<SyncFlow>().ToDictionary(f => f, _ => true), token), cancellationToken);

        // Faults from here on, on both servers, seeded by the run's seed.
        if (_options.Faults is { } mix)
        {
            Sandbox.HubSpot.Faults.Reseed(_options.Seed);
            mix.ApplyTo(Sandbox.HubSpot.Faults);
            if (_options.FaultBothSides)
            {
                Sandbox.Axcelerate.Faults.Reseed(_options.Seed + 1);
                mix.ApplyTo(Sandbox.Axcelerate.Faults);
            }
        }

        // Stop points: the first during the import, the others in rounds chosen now.
        var stopRounds = Enumerable.Range(0, _options.Rounds).OrderBy(_ => _random.Next()).Take(Math.Max(0, _options.Restarts - 1)).ToHashSet();
        var stopsLeft = _options.Restarts;
        if (stopsLeft > 0)
        {
            _kill.Arm(_random.Next(20, 20 + Math.Max(40, _options.Contacts / 5)));
        }

        // aXcelerate's webhooks (contact.*), signed, into MapAxcelerateWebhooks, when the seed's sync path has them. With
        // both paths they are on before the import (the import's own writes raise events, answered as echoes); with
        // webhooks alone they are switched on after it, as a deployment that adds them later does: then no push follows
        // the import's writes, and the pulls' own per-field stamps must keep an aXcelerate edit from a later HubSpot one.
        if (AxSync == ChaosAxcelerateSync.Both)
        {
            SwitchOnAxcelerateWebhooks();
        }

        Say($"aXcelerate changes arrive by: {AxSync}");
        Say($"importing {_options.Contacts} contacts, {_options.Companies} companies, {_options.Deals} deals");
        foreach (var entity in new[] { MappedEntity.Contact, MappedEntity.Organisation, MappedEntity.Opportunity })
        {
            await StepAsync($"import {entity}", async token =>
            {
                // A transient failure that outlasts the clients' retries propagates; the step runs it again (it resumes).
                await Process.Get<IImportOrchestrator>().ImportAllAsync(new ImportRequest(entity), cancellationToken: token);
            }, cancellationToken);
            Say($"imported {entity}: {FaultCount()} faults so far");
        }

        if (AxSync == ChaosAxcelerateSync.Webhooks)
        {
            SwitchOnAxcelerateWebhooks();
        }

        stopsLeft = await StopIfArmedAsync("import", stopsLeft, cancellationToken);

        // Webhooks from here on: every record event and property change of contacts, companies and deals.
        var webhooks = new HubSpotWebhookOptions
        {
            AutoDeliverInterval = null,
            DuplicateShare = _options.WebhookDuplicates,
            Reorder = _options.ShuffleWebhooks,
            Seed = _options.Seed,
            Timeout = HubSpotDeliveryTimeout,
        };
        foreach (var type in new[] { HubSpotObjectType.Contacts, HubSpotObjectType.Companies, HubSpotObjectType.Deals })
        {
            foreach (var record in HubSpotWebhookEvent.RecordEvents(type))
            {
                webhooks.Events.Add(record);
            }

            webhooks.Events.Add(HubSpotWebhookEvent.AnyPropertyChange(type));
        }

        Sandbox.HubSpot.SubscribeWebhooks(new Uri($"http://127.0.0.1:{_port}{ChaosProcess.WebhookPath}"), ChaosProcess.SigningSecret, webhooks);

        // The first sync stamps what both sides hold after the import: the first poll, or the pushes of the import's
        // aXcelerate events (echoes).
        await SyncAsync("after the import", cancellationToken);

        for (var round = 0; round < _options.Rounds; round++)
        {
            var hubSpotFirst = _random.Next(2) == 0;
            for (var side = 0; side < 2; side++)
            {
                if ((side == 0) == hubSpotFirst)
                {
                    HubSpotChanges(_options.ChangesPerRound / 2);
                }
                else
                {
                    AxcelerateChanges(_options.ChangesPerRound / 2);
                }

                // Two minutes apart: aXcelerate's LASTUPDATED is known to the minute, so the later side is clear.
                _clock.Advance(TimeSpan.FromMinutes(2));
            }

            var stopHere = stopsLeft > 0 && stopRounds.Contains(round);
            if (stopHere)
            {
                _kill.Arm(_random.Next(1, 60));
            }

            if (stopHere || _random.NextDouble() < 0.75)
            {
                await SyncAsync($"round {round + 1}", cancellationToken);
            }

            if (stopHere)
            {
                stopsLeft = await StopIfArmedAsync($"round {round + 1}", stopsLeft, cancellationToken);
            }

            Say($"round {round + 1}/{_options.Rounds}: {_operations} operations, {FaultCount()} faults, {_stops.Count} stops");
        }

        await DrainAsync(cancellationToken);
    }

    internal int FaultCount() => Sandbox.HubSpot.Faults.InjectedTotal + Sandbox.Axcelerate.Faults.InjectedTotal + (_deliveryFaults?.Total ?? 0);

    // ---- seeding -------------------------------------------------------------------------------------------------

    private string NextEmail() => string.Create(CultureInfo.InvariantCulture, $"chaos{_options.Seed}.p{++_serial}@example.edu.au");

    private Dictionary<string, string> NewContactFields() => new()
    {
        ["first name"] = Word("Given"),
        ["last name"] = Word("Family"),
        ["job title"] = Word("Title"),
        // Every value is new (a serial number in it): setting a value a field already holds is no change in HubSpot.
        ["city"] = string.Create(CultureInfo.InvariantCulture, $"{Cities[_random.Next(Cities.Length)]} {++_values}"),
    };

    private string Word(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{_random.Next(1_000_000):D6}x{++_values}");

    private static Dictionary<string, string?> ToHubSpot(Dictionary<string, string> fields) =>
        ChaosField.ContactFields.Where(f => fields.ContainsKey(f.Name)).ToDictionary(f => f.HubSpot, f => (string?)fields[f.Name]);

    private static Dictionary<string, string?> ToAxcelerate(Dictionary<string, string> fields) =>
        ChaosField.ContactFields.Where(f => fields.ContainsKey(f.Name)).ToDictionary(f => f.Axcelerate, f => (string?)fields[f.Name]);

    private void SeedData()
    {
        var hubSpot = Sandbox.HubSpot;
        var contactIds = new List<string>();
        for (var i = 0; i < _options.Contacts; i++)
        {
            var expected = new ExpectedContact(NextEmail());
            Apply(expected, NewContactFields(), "seeded in HubSpot");

            var properties = ToHubSpot(expected.Fields);
            properties["email"] = expected.Email;
            contactIds.Add(hubSpot.CreateObject(HubSpotObjectType.Contacts, properties).Id);
            Contacts[expected.Email] = expected;

            // One in ten is in aXcelerate already (older values): the import links it and writes HubSpot's values.
            if (_random.Next(10) == 0)
            {
                var older = ToAxcelerate(NewContactFields());
                Sandbox.Axcelerate.AddContact(older["GIVENNAME"]!, older["SURNAME"]!, expected.Email, older);
            }

            Done("seeded contact");
        }

        for (var i = 0; i < _options.Companies; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Chaos College {_options.Seed}-{i + 1}");
            var id = hubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = name, ["city"] = Cities[_random.Next(Cities.Length)] }).Id;
            Companies[id] = new ExpectedRecord(id, name);
            Done("seeded company");
        }

        for (var i = 0; i < _options.Deals && contactIds.Count > 0; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Chaos enrolment {_options.Seed}-{i + 1}");
            var stage = _random.Next(2) == 0 ? "qualifiedtobuy" : "closedwon";
            var amount = _random.Next(1, 200) * 50m;
            var id = hubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?>
            {
                ["dealname"] = name, ["pipeline"] = "default", ["dealstage"] = stage, ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            }).Id;
            hubSpot.Associate(HubSpotObjectType.Deals, id, HubSpotObjectType.Contacts, contactIds[_random.Next(contactIds.Count)]);
            Deals[id] = new ExpectedRecord(id, name) { Amount = amount, Status = Stages[stage].Name };
            Done("seeded deal");
        }
    }

    // ---- the change stream ---------------------------------------------------------------------------------------

    private ExpectedContact? PickLiveContact(Func<ExpectedContact, bool>? where = null)
    {
        var live = Contacts.Values.Where(c => !c.Frozen && (where?.Invoke(c) ?? true)).ToList();
        return live.Count == 0 ? null : live[_random.Next(live.Count)];
    }

    private Dictionary<string, string> SomeFieldChanges()
    {
        var all = NewContactFields();
        var count = _random.Next(1, 3);
        return all.OrderBy(_ => _random.Next()).Take(count).ToDictionary(p => p.Key, p => p.Value);
    }

    private Dictionary<string, HubSpotRecord> HubSpotContactsByEmail() =>
        Sandbox.HubSpot.Contacts.Where(c => c["email"] is not null)
            .GroupBy(c => c["email"]!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private Dictionary<string, int> AxcelerateContactsByEmail() =>
        Sandbox.Axcelerate.Contacts.Where(c => c["EMAILADDRESS"] is { Length: > 0 })
            .GroupBy(c => c["EMAILADDRESS"]!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);

    private ExpectedRecord? PickRecord(Dictionary<string, ExpectedRecord> records, Func<ExpectedRecord, bool>? where = null)
    {
        var live = records.Values.Where(r => !r.Frozen && (where?.Invoke(r) ?? true)).ToList();
        return live.Count == 0 ? null : live[_random.Next(live.Count)];
    }

    // The share of each HubSpot change, out of 100 (in this order).
    private static readonly (string Kind, int Share)[] HubSpotMix =
    [
        ("contact edit", 44), ("contact creation", 10), ("company rename", 9), ("deal edit", 9), ("contact deletion", 4),
        ("contact merge", 4), ("company creation", 3), ("deal creation", 3), ("company deletion", 3), ("deal deletion", 3),
        ("company merge", 4), ("deal merge", 4),
    ];

    private string PickHubSpotChange()
    {
        var roll = _random.Next(100);
        foreach (var (kind, share) in HubSpotMix)
        {
            if ((roll -= share) < 0)
            {
                return kind;
            }
        }

        return HubSpotMix[0].Kind;
    }

    private void HubSpotChanges(int count)
    {
        var hubSpot = Sandbox.HubSpot;
        for (var i = 0; i < count; i++)
        {
            var kind = PickHubSpotChange();
            var byEmail = HubSpotContactsByEmail();
            if (kind.EndsWith("deletion", StringComparison.Ordinal) && !_options.Deletions || kind.EndsWith("merge", StringComparison.Ordinal) && !_options.Merges)
            {
                continue;
            }

            var done = kind switch
            {
                "contact edit" => HubSpotContactEdit(byEmail),
                "contact creation" => HubSpotContactCreation(),
                "company rename" => CompanyRename(),
                "deal edit" => DealEdit(),
                "contact deletion" => HubSpotContactDeletion(byEmail),
                "contact merge" => HubSpotContactMerge(byEmail),
                "company creation" => CompanyCreation(),
                "deal creation" => DealCreation(byEmail),
                "company deletion" => RecordDeletion(Companies, HubSpotObjectType.Companies),
                "deal deletion" => RecordDeletion(Deals, HubSpotObjectType.Deals),
                "company merge" => RecordMerge(Companies, HubSpotObjectType.Companies),
                _ => RecordMerge(Deals, HubSpotObjectType.Deals),
            };
            if (done)
            {
                Done(kind);
            }
        }
    }

    private bool HubSpotContactEdit(Dictionary<string, HubSpotRecord> byEmail)
    {
        if (PickLiveContact(c => !c.PendingHubSpot && byEmail.ContainsKey(c.Email)) is not { } contact)
        {
            return false;
        }

        var changes = SomeFieldChanges();
        Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, byEmail[contact.Email].Id, ToHubSpot(changes));
        Apply(contact, changes, "HubSpot edit");
        contact.PendingHubSpot = true;
        return true;
    }

    private bool HubSpotContactCreation()
    {
        var contact = new ExpectedContact(NextEmail());
        Apply(contact, NewContactFields(), "HubSpot creation");
        var properties = ToHubSpot(contact.Fields);
        properties["email"] = contact.Email;
        Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, properties);
        contact.PendingHubSpot = true;
        Contacts[contact.Email] = contact;
        return true;
    }

    private bool CompanyRename()
    {
        if (PickRecord(Companies) is not { } company)
        {
            return false;
        }

        company.Name = string.Create(CultureInfo.InvariantCulture, $"{company.Name.Split(" (")[0]} ({Word("renamed")})");
        Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Companies, company.HubSpotId, new Dictionary<string, string?> { ["name"] = company.Name });
        company.Pending = true;
        return true;
    }

    private bool DealEdit()
    {
        if (PickRecord(Deals) is not { } deal)
        {
            return false;
        }

        deal.Amount = _random.Next(1, 200) * 50m;
        var stage = _random.Next(2) == 0 ? "qualifiedtobuy" : "closedwon";
        deal.Status = Stages[stage].Name;
        Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Deals, deal.HubSpotId, new Dictionary<string, string?>
        {
            ["amount"] = deal.Amount.ToString(CultureInfo.InvariantCulture), ["dealstage"] = stage,
        });
        deal.Pending = true;
        return true;
    }

    private bool HubSpotContactDeletion(Dictionary<string, HubSpotRecord> byEmail)
    {
        // A HubSpot edit not yet synced dies with the record, so the run deletes only contacts without one.
        if (PickLiveContact(c => !c.PendingHubSpot && byEmail.ContainsKey(c.Email)) is not { } contact)
        {
            return false;
        }

        Sandbox.HubSpot.SimulateDelete(HubSpotObjectType.Contacts, byEmail[contact.Email].Id);
        contact.InHubSpot = false;
        contact.GoneBecause = "deleted in HubSpot";
        contact.History.Add($"{_clock.GetUtcNow():HH:mm:ss} deleted in HubSpot");
        return true;
    }

    private bool HubSpotContactMerge(Dictionary<string, HubSpotRecord> byEmail)
    {
        // The merge is a HubSpot change of the surviving record (its time moves on): with an aXcelerate change of it
        // pending, HubSpot's record would become the later one and win the fields both changed, so the primary has none.
        if (PickLiveContact(c => !c.PendingAxcelerate && byEmail.ContainsKey(c.Email)) is not { } primary ||
            PickLiveContact(c => c != primary && !c.PendingHubSpot && byEmail.ContainsKey(c.Email)) is not { } merged)
        {
            return false;
        }

        Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, byEmail[primary.Email].Id, byEmail[merged.Email].Id);
        primary.PendingHubSpot = true; // the merge is a HubSpot change of the surviving record
        primary.History.Add($"{_clock.GetUtcNow():HH:mm:ss} {merged.Email} merged into it in HubSpot");
        merged.InHubSpot = false;
        merged.MayReturnToHubSpot = true;
        merged.GoneBecause = $"merged into {primary.Email} in HubSpot";
        merged.History.Add($"{_clock.GetUtcNow():HH:mm:ss} {merged.GoneBecause}");
        return true;
    }

    // A company's creation is not synchronised (companies become organisations by import): it must stay without one.
    private bool CompanyCreation()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"Chaos new college {_options.Seed}-{++_serial}");
        var id = Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = name, ["city"] = Cities[_random.Next(Cities.Length)] }).Id;
        Companies[id] = new ExpectedRecord(id, name) { Synchronised = false };
        return true;
    }

    // A deal's creation creates its opportunity; its contact is one both systems hold, linked, with nothing pending.
    private bool DealCreation(Dictionary<string, HubSpotRecord> byEmail)
    {
        var inAxcelerate = AxcelerateContactsByEmail();
        if (PickLiveContact(c => !c.PendingHubSpot && !c.PendingAxcelerate && byEmail.ContainsKey(c.Email) && inAxcelerate.ContainsKey(c.Email)) is not { } contact)
        {
            return false;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"Chaos new enrolment {_options.Seed}-{++_serial}");
        var stage = _random.Next(2) == 0 ? "qualifiedtobuy" : "closedwon";
        var amount = _random.Next(1, 200) * 50m;
        var id = Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?>
        {
            ["dealname"] = name, ["pipeline"] = "default", ["dealstage"] = stage, ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
        }).Id;
        Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, id, HubSpotObjectType.Contacts, byEmail[contact.Email].Id);
        Deals[id] = new ExpectedRecord(id, name) { Amount = amount, Status = Stages[stage].Name, Pending = true };
        return true;
    }

    // aXcelerate keeps its record when HubSpot deletes a company or deal; the link is left. An edit not yet synced would
    // die with the record, so the run deletes only records without one.
    private bool RecordDeletion(Dictionary<string, ExpectedRecord> records, HubSpotObjectType type)
    {
        if (PickRecord(records, r => r.Synchronised && !r.Pending) is not { } record)
        {
            return false;
        }

        Sandbox.HubSpot.SimulateDelete(type, record.HubSpotId);
        record.Deleted = true;
        return true;
    }

    // Two imported records merged: the survivor (the primary's values; a company gets a new id) keeps the primary's link,
    // the merged-away one's aXcelerate record stays unlinked with its last values.
    private bool RecordMerge(Dictionary<string, ExpectedRecord> records, HubSpotObjectType type)
    {
        if (PickRecord(records, r => r.Synchronised) is not { } primary ||
            PickRecord(records, r => r != primary && r.Synchronised && !r.Pending) is not { } merged)
        {
            return false;
        }

        var survivor = Sandbox.HubSpot.SimulateMerge(type, primary.HubSpotId, merged.HubSpotId);
        merged.MergedInto = primary.Name;
        primary.HubSpotId = survivor.Id;
        primary.Pending = true;
        return true;
    }

    // The share of each aXcelerate change, out of 100: edits 70, creations 12, deletions 9, merges 9.
    private void AxcelerateChanges(int count)
    {
        var axcelerate = Sandbox.Axcelerate;
        var byEmail = AxcelerateContactsByEmail();
        var inHubSpot = HubSpotContactsByEmail();
        for (var i = 0; i < count; i++)
        {
            var roll = _random.Next(100);
            if (roll < 70)
            {
                if (PickLiveContact(c => !c.PendingAxcelerate && byEmail.ContainsKey(c.Email)) is { } contact)
                {
                    var changes = SomeFieldChanges();
                    axcelerate.UpdateContact(byEmail[contact.Email], ToAxcelerate(changes));
                    Apply(contact, changes, "aXcelerate edit");
                    contact.PendingAxcelerate = true;
                    Done("aXcelerate contact edit");
                }
            }
            else if (roll < 82)
            {
                var contact = new ExpectedContact(NextEmail());
                Apply(contact, NewContactFields(), "aXcelerate creation");
                var fields = ToAxcelerate(contact.Fields);
                axcelerate.AddContact(fields["GIVENNAME"]!, fields["SURNAME"]!, contact.Email, fields);
                contact.PendingAxcelerate = true;
                Contacts[contact.Email] = contact;
                Done("aXcelerate contact creation");
            }
            else if (roll < 91 && _options.Deletions)
            {
                // Deleted in aXcelerate: HubSpot keeps the contact and its link. A change not yet synced on either side
                // would die with the record (or fail against it), so the run deletes only synced contacts.
                if (PickLiveContact(c => !c.PendingAxcelerate && !c.PendingHubSpot && byEmail.ContainsKey(c.Email) && inHubSpot.ContainsKey(c.Email)) is { } contact)
                {
                    axcelerate.DeleteContact(byEmail[contact.Email]);
                    LeftAxcelerate(contact, byEmail[contact.Email], "deleted in aXcelerate");
                    Done("aXcelerate contact deletion");
                }
            }
            else if (roll >= 91 && _options.Merges)
            {
                // Merged in aXcelerate: the survivor is pushed (a change of it, as LASTUPDATED says); the merged-away
                // contact's HubSpot contact and link stay. The survivor has no HubSpot change pending: the merge makes
                // its aXcelerate record the later one.
                if (PickLiveContact(c => !c.PendingAxcelerate && !c.PendingHubSpot && byEmail.ContainsKey(c.Email) && inHubSpot.ContainsKey(c.Email)) is { } merged &&
                    PickLiveContact(c => c != merged && !c.PendingHubSpot && byEmail.ContainsKey(c.Email)) is { } survivor)
                {
                    axcelerate.MergeContacts(byEmail[merged.Email], byEmail[survivor.Email]);
                    LeftAxcelerate(merged, byEmail[merged.Email], $"merged into {survivor.Email} in aXcelerate");
                    survivor.PendingAxcelerate = true;
                    survivor.History.Add($"{_clock.GetUtcNow():HH:mm:ss} {merged.Email} merged into it in aXcelerate");
                    Done("aXcelerate contact merge");
                }
            }
        }
    }

    private void LeftAxcelerate(ExpectedContact contact, int axcelerateId, string why)
    {
        contact.InAxcelerate = false;
        contact.AxcelerateId = axcelerateId;
        contact.GoneBecause = why;
        contact.History.Add($"{_clock.GetUtcNow():HH:mm:ss} {why}");
    }

    private void Apply(ExpectedContact contact, IReadOnlyDictionary<string, string> changes, string what)
    {
        contact.History.Add($"{_clock.GetUtcNow():HH:mm:ss} {what}: {string.Join(", ", changes.Select(c => $"{c.Key}={c.Value}"))}");
        foreach (var (key, value) in changes)
        {
            contact.Fields[key] = value;
        }
    }

    // ---- syncing, stopping, restarting ---------------------------------------------------------------------------

    private async Task SyncAsync(string label, CancellationToken cancellationToken)
    {
        Say($"{_clock.GetUtcNow():HH:mm:ss} sync {label}");
        var pollFirst = _random.Next(2) == 0;
        if (pollFirst && Polls)
        {
            await StepAsync($"{label}: poll", token => Process.Get<ContactPoller>().PollOnceAsync(token), cancellationToken);
        }

        // Deliveries that failed (at the endpoint, or while it was down) are retried on each sender's schedule: the
        // sync lets time pass until both senders have delivered everything, so no change outlives its round.
        await StepAsync($"{label}: webhooks", DeliverAndProcessAsync, cancellationToken);
        for (var wait = 0; wait < 40 && WebhooksPending; wait++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await StepAsync($"{label}: webhook retries", DeliverAndProcessAsync, cancellationToken);
        }

        // Received is not applied: an entry whose attempt failed waits for its retry, and one a stopped process had
        // claimed waits for the claim to lapse. The round is synced only once none is left open.
        for (var wait = 0; wait < 40 && await ChaosVerifier.OpenEntriesAsync(Process, cancellationToken) > 0; wait++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await StepAsync($"{label}: due retries", DeliverAndProcessAsync, cancellationToken);
        }

        if (!pollFirst && Polls)
        {
            await StepAsync($"{label}: poll", token => Process.Get<ContactPoller>().PollOnceAsync(token), cancellationToken);
        }

        Synced();
    }

    private bool WebhooksPending => Sandbox.HubSpot.PendingWebhookEvents > 0 || Sandbox.Axcelerate.PendingWebhookEvents > 0;

    private async Task DeliverAndProcessAsync(CancellationToken token)
    {
        await Sandbox.HubSpot.DeliverPendingWebhooksAsync(token);
        await AxcelerateDeliveriesAsync(token);
        while ((await Process.Get<IWebhookProcessor>().ProcessDueAsync(token)).Entries is { Count: > 0 })
        {
        }
    }

    // aXcelerate delivers on its own, one event after another; after a failed attempt it waits 30 s of sandbox time.
    // Waits (at most 30 s of real time) until nothing is queued, moving the clock on when the sender is waiting to retry.
    private async Task AxcelerateDeliveriesAsync(CancellationToken token)
    {
        var axcelerate = Sandbox.Axcelerate;
        var watch = Stopwatch.StartNew();
        while (axcelerate.PendingWebhookEvents > 0 && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            token.ThrowIfCancellationRequested();
            var deliveries = axcelerate.WebhookDeliveries;
            if (deliveries.Count > 0 && !deliveries[^1].Succeeded)
            {
                _clock.Advance(axcelerate.Options.WebhookRetryDelay);
            }

            await Task.Delay(10, token);
        }
    }

    private void Synced()
    {
        foreach (var contact in Contacts.Values)
        {
            contact.PendingHubSpot = false;
            contact.PendingAxcelerate = false;
        }

        foreach (var record in Companies.Values.Concat(Deals.Values))
        {
            record.Pending = false;
        }
    }

    // The end: time passes (retries fall due, leases expire) and both syncs run until nothing is left to do.
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < 80; pass++)
        {
            _clock.Advance(TimeSpan.FromMinutes(5));
            IReadOnlyList<ContactPushResult> polled = [];
            await StepAsync("drain: webhooks", DeliverAndProcessAsync, cancellationToken);
            if (Polls)
            {
                await StepAsync("drain: poll", async token => polled = await Process.Get<ContactPoller>().PollOnceAsync(token), cancellationToken);
            }

            await StepAsync("drain: webhooks", DeliverAndProcessAsync, cancellationToken);
            var open = await ChaosVerifier.OpenEntriesAsync(Process, cancellationToken);
            var quiet = !WebhooksPending && open == 0 &&
                polled.All(r => r.Outcome is ContactPushOutcome.Unchanged or ContactPushOutcome.Skipped);
            if (quiet)
            {
                Say($"drained after {pass + 1} passes");
                return;
            }
        }

        Say("not drained after 80 passes");
    }

    // Runs a step of the host; when the host was stopped in it, restarts the host and runs the step again. A transient
    // failure that outlasted the clients' retries is retried a bounded number of times, as an operator would.
    private async Task StepAsync(string label, Func<CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await step(_kill.Token);
                return;
            }
            catch (Exception) when (_kill.Fired)
            {
                await RestartAsync($"{label}, request {_kill.Attempts}", cancellationToken);
            }
            catch (Exception e) when (attempt < 1_000 && e is IntegrationApiException { IsTransient: true })
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
            }
        }
    }

    private void SwitchOnAxcelerateWebhooks()
    {
        Sandbox.Axcelerate.Options.WebhookSecret = ChaosProcess.AxcelerateSigningKey;
        Sandbox.Axcelerate.Options.WebhookUrl = new Uri($"http://127.0.0.1:{_port}{ChaosProcess.AxcelerateWebhookPath}");
    }

    private async Task<int> StopIfArmedAsync(string where, int stopsLeft, CancellationToken cancellationToken)
    {
        if (!_kill.Armed)
        {
            return stopsLeft - 1; // it happened during the phase
        }

        // The armed request never came: stop between operations instead.
        _kill.Fire();
        await RestartAsync($"{where}, after its last request ({_kill.Attempts})", cancellationToken);
        return stopsLeft - 1;
    }

    private async Task RestartAsync(string where, CancellationToken cancellationToken)
    {
        _stops.Add(where);
        Say($"stopped: {where}");
        await Process.DisposeAsync();

        // While the host is down HubSpot keeps delivering: those requests fail and are retried later.
        await Sandbox.HubSpot.DeliverPendingWebhooksAsync(cancellationToken);
        _clock.Advance(TimeSpan.FromSeconds(30));
        _kill.Reset();
        _process = await ChaosProcess.StartAsync(Sandbox, _sdkTime, _database.ConnectionString, _kill, _port, _options.RequestTimeout, _deliveryFaults);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }

        _database.Dispose();
        _kill.Dispose();
    }
}
