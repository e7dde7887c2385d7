using System.Diagnostics;
using System.Globalization;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.Axcelerate;
using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// Checks a chaos run's end from the sandbox's final state, not from the SDK's reports: every contact in aXcelerate
/// once and (unless deleted or merged away) in HubSpot once, with each field equal to its latest change in either system;
/// every company's organisation and every deal's opportunity with HubSpot's latest values; every record linked to its
/// counterpart; nothing unexpected in either system; nothing left Pending; every failure logged with its reason.
/// </summary>
internal static class ChaosVerifier
{
    public static async Task<ChaosResult> VerifyAsync(ChaosRun run, Stopwatch watch, CancellationToken cancellationToken)
    {
        var found = new List<ChaosDiscrepancy>();
        var sandbox = run.Sandbox;

        // Read the end state without faults.
        sandbox.HubSpot.Faults.Clear();
        sandbox.Axcelerate.Faults.Clear();
        var faults = run.FaultCount();
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (service, injector) in new[] { ("HubSpot", sandbox.HubSpot.Faults), ("aXcelerate", sandbox.Axcelerate.Faults) })
        {
            foreach (var (kind, count) in injector.Injected)
            {
                byKind[$"{service} {kind}"] = count;
            }
        }

        foreach (var (kind, count) in run.DeliveryFaults?.Injected ?? new Dictionary<string, int>())
        {
            byKind[kind] = count;
        }

        var links = run.Process.Get<IRecordLinkStore>();
        await CheckContactsAsync(run, links, found, cancellationToken);
        await CheckCompaniesAsync(run, links, found, cancellationToken);
        await CheckDealsAsync(run, links, found, cancellationToken);
        var failures = new List<string>();
        var failedEntries = await CheckLogsAsync(run, found, failures, cancellationToken);

        return new ChaosResult
        {
            Seed = run.Seed,
            Operations = run.Operations,
            OperationsByKind = run.OperationsByKind,
            AxcelerateSync = run.AxcelerateSync,
            Faults = faults,
            FaultsByKind = byKind,
            Lost = found.Count(d => d.Kind == "lost"),
            Duplicated = found.Count(d => d.Kind == "duplicated"),
            Wrong = found.Count(d => d.Kind == "wrong"),
            Discrepancies = found,
            Stops = run.Stops,
            FailedEntries = failedEntries,
            FailureSamples = failures,
            WebhookRequests = sandbox.HubSpot.WebhookDeliveries.Count + sandbox.Axcelerate.WebhookDeliveries.Count,
            Elapsed = watch.Elapsed,
        };
    }

    /// <summary>Incoming entries still Pending or Processing.</summary>
    public static async Task<int> OpenEntriesAsync(ChaosProcess process, CancellationToken cancellationToken)
    {
        var log = process.Get<IIncomingLog>();
        var open = 0;
        foreach (var status in new[] { IncomingStatus.Pending, IncomingStatus.Processing })
        {
            await foreach (var _ in log.SearchAsync(new IncomingLogQuery { Status = status }, cancellationToken))
            {
                open++;
            }
        }

        return open;
    }

    private static async Task CheckContactsAsync(ChaosRun run, IRecordLinkStore links, List<ChaosDiscrepancy> found, CancellationToken cancellationToken)
    {
        var sandbox = run.Sandbox;
        var ax = sandbox.Axcelerate.Contacts.Where(c => c.Id != sandbox.Axcelerate.WebServiceContactId)
            .ToLookup(c => (c["EMAILADDRESS"] ?? string.Empty).ToLowerInvariant());
        var hs = sandbox.HubSpot.Contacts.ToLookup(c => (c["email"] ?? string.Empty).ToLowerInvariant());

        foreach (var expected in run.Contacts.Values)
        {
            var email = expected.Email.ToLowerInvariant();
            var inAx = ax[email].ToList();
            var inHs = hs[email].ToList();
            var name = $"contact {expected.Email}";
            if (expected.InAxcelerate && inAx.Count == 0)
            {
                found.Add(new("lost", name, "not in aXcelerate"));
            }
            else if (!expected.InAxcelerate && inAx.Count > 0)
            {
                found.Add(new("duplicated", name, $"aXcelerate contact {inAx[0].Id} exists, but it was {expected.GoneBecause}"));
            }

            found.AddRange(inAx.Skip(1).Select(c => new ChaosDiscrepancy("duplicated", name, $"aXcelerate contact {c.Id} (besides {inAx[0].Id})")));
            if (expected.InHubSpot && inHs.Count == 0)
            {
                found.Add(new("lost", name, "not in HubSpot"));
            }
            else if (!expected.InHubSpot && !expected.MayReturnToHubSpot && inHs.Count > 0)
            {
                found.Add(new("duplicated", name, $"HubSpot contact {inHs[0].Id} exists, but it was {expected.GoneBecause}"));
            }

            found.AddRange(inHs.Skip(1).Select(c => new ChaosDiscrepancy("duplicated", name, $"HubSpot contact {c.Id} (besides {inHs[0].Id})")));

            var checkHubSpot = expected.InHubSpot || (expected.MayReturnToHubSpot && inHs.Count > 0);
            foreach (var field in ChaosField.ContactFields)
            {
                var want = expected.Fields[field.Name];
                if (expected.InAxcelerate && inAx.Count == 1 && !string.Equals(inAx[0][field.Axcelerate], want, StringComparison.Ordinal))
                {
                    found.Add(new("wrong", $"{name} (aXcelerate {inAx[0].Id})", $"{field.Axcelerate}: expected '{want}', found '{inAx[0][field.Axcelerate]}'{await HistoryAsync(run, expected, inAx[0].Id, cancellationToken)}"));
                }

                if (checkHubSpot && inHs.Count == 1 && !string.Equals(inHs[0][field.HubSpot], want, StringComparison.Ordinal))
                {
                    found.Add(new("wrong", $"{name} (HubSpot {inHs[0].Id})", $"{field.HubSpot}: expected '{want}', found '{inHs[0][field.HubSpot]}'"));
                }
            }

            if (!expected.InAxcelerate && checkHubSpot && inHs.Count == 1)
            {
                // Gone from aXcelerate: the HubSpot contact keeps its link (to the id aXcelerate no longer has).
                var link = await links.FindByHubSpotIdAsync(MappedEntity.Contact, inHs[0].Id, cancellationToken);
                if (link is null || link.AxcelerateId != expected.AxcelerateId)
                {
                    found.Add(new("wrong", name, $"HubSpot {inHs[0].Id} is linked to {link?.AxcelerateId.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not to aXcelerate {expected.AxcelerateId} ({expected.GoneBecause})"));
                }
            }
            else if (checkHubSpot && inAx.Count == 1 && inHs.Count == 1)
            {
                var link = await links.FindByAxcelerateIdAsync(MappedEntity.Contact, inAx[0].Id, cancellationToken);
                if (link is null || link.HubSpotId != inHs[0].Id)
                {
                    found.Add(new("wrong", name, $"aXcelerate {inAx[0].Id} is linked to {link?.HubSpotId ?? "nothing"}, not HubSpot {inHs[0].Id}"));
                }
            }
        }

        foreach (var group in ax.Where(g => !run.Contacts.ContainsKey(g.Key)))
        {
            found.AddRange(group.Select(c => new ChaosDiscrepancy("duplicated", $"aXcelerate contact {c.Id}", $"unexpected ('{group.Key}')")));
        }

        // The account's own web-service contact is an aXcelerate contact like any other: the poller may push it.
        var webService = sandbox.Axcelerate.GetContact(sandbox.Axcelerate.WebServiceContactId)?["EMAILADDRESS"]?.ToLowerInvariant();
        foreach (var group in hs.Where(g => !run.Contacts.ContainsKey(g.Key) && g.Key != webService))
        {
            found.AddRange(group.Select(c => new ChaosDiscrepancy("duplicated", $"HubSpot contact {c.Id}", $"unexpected ('{group.Key}')")));
        }
    }

    // What the incoming log says it did to an aXcelerate contact (results and errors naming it), for debugging a seed.
    private static async Task<string> HistoryAsync(ChaosRun run, ExpectedContact expected, int axcelerateId, CancellationToken cancellationToken)
    {
        var lines = new List<string>(expected.History);
        await foreach (var entry in run.Process.Get<IIncomingLog>().SearchAsync(new IncomingLogQuery { Text = $"contact {axcelerateId}", OldestFirst = true }, cancellationToken))
        {
            lines.Add($"{entry.SubscriptionType} {entry.ObjectId} {entry.Status}: {entry.Result ?? entry.Error}");
        }

        foreach (var write in run.Sandbox.Axcelerate.Journal.Entries.Where(e => e.Method != "GET" && e.Path.EndsWith($"/contact/{axcelerateId}", StringComparison.Ordinal)))
        {
            lines.Add($"aXcelerate {write.Method} {write.Path} at {write.ReceivedAt:HH:mm:ss}: {string.Join(", ", write.FormParameters.Where(p => p.Key is not ("apitoken" or "wstoken")).Select(p => $"{p.Key}={p.Value}"))}");
        }

        if (await run.Process.Get<IRecordLinkStore>().FindByAxcelerateIdAsync(MappedEntity.Contact, axcelerateId, cancellationToken) is { } link)
        {
            lines.Add($"link to HubSpot {link.HubSpotId} since {link.LinkedAt:HH:mm:ss}; pushed {link.LastSyncedToHubSpot?.At:HH:mm:ss}, pulled {link.LastSyncedToAxcelerate?.At:HH:mm:ss}");
            var marker = $"\"id\":\"{link.HubSpotId}\"";
            foreach (var write in run.Sandbox.HubSpot.Journal.Entries.Where(e => e.Method != "GET" && e.Path.EndsWith("/batch/update", StringComparison.Ordinal) && e.Body.Contains(marker, StringComparison.Ordinal)))
            {
                var at = write.Body.IndexOf(marker, StringComparison.Ordinal);
                lines.Add($"HubSpot {write.Method} {write.Path} at {write.ReceivedAt:HH:mm:ss}: {write.Body.Substring(at, Math.Min(200, write.Body.Length - at))}");
            }
        }

        return lines.Count == 0 ? string.Empty : "\n    " + string.Join("\n    ", lines);
    }

    private static async Task CheckCompaniesAsync(ChaosRun run, IRecordLinkStore links, List<ChaosDiscrepancy> found, CancellationToken cancellationToken)
    {
        var organisations = run.Sandbox.Axcelerate.Organisations;
        var linked = new HashSet<int>();
        foreach (var company in run.Companies.Values)
        {
            var name = $"company {company.HubSpotId} '{company.Name}'";
            if (!company.Synchronised || company.MergedInto is not null)
            {
                await CheckUnlinkedAsync(links, MappedEntity.Organisation, company, organisations.Where(o => o["NAME"] == company.Name).Select(o => o.Id).ToList(), linked, found, name, cancellationToken);
                continue;
            }

            var link = await links.FindByHubSpotIdAsync(MappedEntity.Organisation, company.HubSpotId, cancellationToken);
            var organisation = link is null ? null : run.Sandbox.Axcelerate.GetOrganisation((int)link.AxcelerateId);
            if (organisation is null)
            {
                found.Add(new("lost", name, link is null ? "not linked to an organisation" : $"linked organisation {link.AxcelerateId} does not exist"));
                continue;
            }

            linked.Add(organisation.Id);
            if (!string.Equals(organisation["NAME"], company.Name, StringComparison.Ordinal))
            {
                found.Add(new("wrong", $"{name} (organisation {organisation.Id})", $"NAME: expected '{company.Name}', found '{organisation["NAME"]}'"));
            }
        }

        foreach (var extra in organisations.Where(o => !linked.Contains(o.Id)))
        {
            found.Add(new("duplicated", $"organisation {extra.Id} '{extra["NAME"]}'", "not linked to any company"));
        }
    }

    private static async Task CheckDealsAsync(ChaosRun run, IRecordLinkStore links, List<ChaosDiscrepancy> found, CancellationToken cancellationToken)
    {
        var tasks = run.Sandbox.Axcelerate.Tasks;
        var linked = new HashSet<int>();
        foreach (var deal in run.Deals.Values)
        {
            var name = $"deal {deal.HubSpotId} '{deal.Name}'";
            AxcelerateSandboxRecord? task;
            if (deal.MergedInto is not null)
            {
                // Merged away: its opportunity stays, unlinked, with the deal's last values.
                var named = tasks.Where(t => t["NAME"] == deal.Name).ToList();
                await CheckUnlinkedAsync(links, MappedEntity.Opportunity, deal, named.Select(t => t.Id).ToList(), linked, found, name, cancellationToken);
                task = named.Count == 1 ? named[0] : null;
            }
            else
            {
                var link = await links.FindByHubSpotIdAsync(MappedEntity.Opportunity, deal.HubSpotId, cancellationToken);
                task = link is null ? null : run.Sandbox.Axcelerate.GetTask((int)link.AxcelerateId);
                if (task is null)
                {
                    found.Add(new("lost", name, link is null ? "not linked to an opportunity" : $"linked opportunity {link.AxcelerateId} does not exist"));
                    continue;
                }
            }

            if (task is null)
            {
                continue;
            }

            linked.Add(task.Id);
            var where = $"{name} (opportunity {task.Id})";
            if (!string.Equals(task["NAME"], deal.Name, StringComparison.Ordinal))
            {
                found.Add(new("wrong", where, $"NAME: expected '{deal.Name}', found '{task["NAME"]}'"));
            }

            if (!decimal.TryParse(task["FORECASTVALUE"], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount != deal.Amount)
            {
                found.Add(new("wrong", where, $"FORECASTVALUE: expected '{deal.Amount}', found '{task["FORECASTVALUE"]}'"));
            }

            if (!string.Equals(task["OPPORTUNITYSTATUS"], deal.Status, StringComparison.Ordinal))
            {
                found.Add(new("wrong", where, $"OPPORTUNITYSTATUS: expected '{deal.Status}', found '{task["OPPORTUNITYSTATUS"]}'"));
            }
        }

        foreach (var extra in tasks.Where(t => !linked.Contains(t.Id)))
        {
            found.Add(new("duplicated", $"opportunity {extra.Id} '{extra["NAME"]}'", "not linked to any deal"));
        }
    }

    // A record whose aXcelerate counterpart must be unlinked: a company created in the stream (none at all) or a record
    // merged away in HubSpot (exactly one, with its last name, linked to nothing).
    private static async Task CheckUnlinkedAsync(IRecordLinkStore links, MappedEntity entity, ExpectedRecord record, List<int> named, HashSet<int> accounted, List<ChaosDiscrepancy> found, string name, CancellationToken cancellationToken)
    {
        var noun = entity == MappedEntity.Organisation ? "organisation" : "opportunity";
        if (await links.FindByHubSpotIdAsync(entity, record.HubSpotId, cancellationToken) is { } link)
        {
            found.Add(new("wrong", name, $"linked to {noun} {link.AxcelerateId}, but it was {(record.Synchronised ? $"merged into '{record.MergedInto}'" : "created in HubSpot (company creations are not synchronised)")}"));
        }

        if (!record.Synchronised)
        {
            found.AddRange(named.Select(id => new ChaosDiscrepancy("duplicated", name, $"{noun} {id} exists, but company creations are not synchronised")));
            accounted.UnionWith(named);
            return;
        }

        if (named.Count == 0)
        {
            found.Add(new("lost", name, $"merged into '{record.MergedInto}': its {noun} should stay, with its last name"));
        }

        found.AddRange(named.Skip(1).Select(id => new ChaosDiscrepancy("duplicated", name, $"{noun} {id} (besides {named[0]})")));
        foreach (var id in named)
        {
            accounted.Add(id);
            if (await links.FindByAxcelerateIdAsync(entity, id, cancellationToken) is { } kept)
            {
                found.Add(new("wrong", name, $"merged into '{record.MergedInto}', but its {noun} {id} is still linked to HubSpot {kept.HubSpotId}"));
            }
        }
    }

    private static async Task<int> CheckLogsAsync(ChaosRun run, List<ChaosDiscrepancy> found, List<string> failures, CancellationToken cancellationToken)
    {
        var incoming = run.Process.Get<IIncomingLog>();
        foreach (var status in new[] { IncomingStatus.Pending, IncomingStatus.Processing })
        {
            await foreach (var entry in incoming.SearchAsync(new IncomingLogQuery { Status = status }, cancellationToken))
            {
                found.Add(new("lost", $"incoming entry {entry.Id} ({entry.SubscriptionType} {entry.ObjectId})", $"left {status} after {entry.Attempts} attempts"));
            }
        }

        var failed = 0;
        await foreach (var entry in incoming.SearchAsync(new IncomingLogQuery { Status = IncomingStatus.Failed }, cancellationToken))
        {
            failed++;
            if (failures.Count < 10)
            {
                failures.Add($"incoming entry {entry.Id} ({entry.SubscriptionType} {entry.ObjectId}) failed: {entry.Error}");
            }

            if (string.IsNullOrWhiteSpace(entry.Error))
            {
                found.Add(new("wrong", $"incoming entry {entry.Id} ({entry.SubscriptionType} {entry.ObjectId})", "Failed without a reason"));
            }
        }

        await foreach (var entry in run.Process.Get<IOutgoingLog>().SearchAsync(new OutgoingLogSearch { Status = OutgoingStatus.Failed }, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(entry.Error) && entry.HttpStatus is null)
            {
                found.Add(new("wrong", $"outgoing entry {entry.Id} ({entry.RequestSummary})", "Failed without a reason or a status"));
            }
        }

        return failed;
    }
}
