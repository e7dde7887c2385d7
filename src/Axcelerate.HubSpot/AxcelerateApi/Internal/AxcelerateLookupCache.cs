using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// Caches the task lookups (<c>/task/statuses</c>, <c>priorities</c>, <c>categories</c>, <c>opportunityStatuses</c>)
/// for <see cref="AxcelerateOptions.LookupCacheDuration"/> on the injected clock. aXcelerate documents no response
/// shape for them, so entries are read leniently: an id field (<c>ID</c>, <c>…ID</c>, <c>VALUE</c>) and a label field
/// (<c>NAME</c>, <c>LABEL</c>, <c>STATUS</c>, …), an object mapping ids to labels, or labels alone (no id). Entries
/// that cannot be read at all raise an error that says what was expected.
/// </summary>
internal sealed class AxcelerateLookupCache(IOptions<HubSpotIntegrationOptions> options, TimeProvider timeProvider, ILogger<AxcelerateLookupCache> logger) : IDisposable
{
    private static readonly string[] IdNames = ["ID", "STATUSID", "PRIORITYID", "CATEGORYID", "OPPORTUNITYSTATUSID", "VALUE", "CODE", "STATUS_CODE"];
    private static readonly string[] LabelNames =
        ["NAME", "LABEL", "DISPLAYNAME", "STATUSDISPLAYNAME", "OPPORTUNITYSTATUS", "STATUS", "PRIORITY", "CATEGORY", "DESCRIPTOR", "DESCRIPTION", "TITLE"];

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IReadOnlyList<AxcelerateLookupItem>> GetAsync(string lookup, AxcelerateTransport transport, CancellationToken cancellationToken)
    {
        if (TryGetFresh(lookup, out var cached))
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGetFresh(lookup, out cached))
            {
                return cached;
            }

            var root = await transport.SendAsync(api => api.GetTaskLookup(lookup, cancellationToken), cancellationToken).ConfigureAwait(false);
            var items = Parse(root);
            if (items.Count == 0 && root is { } body && HasEntries(body))
            {
                throw new AxcelerateApiException(
                    System.Net.HttpStatusCode.OK,
                    $"GET /task/{lookup}",
                    $"aXcelerate's /task/{lookup} answered entries this client cannot read: expected labels (\"Won\") or rows with an id and a label ({{\"ID\": 5, \"NAME\": \"Won\"}}).",
                    Excerpt(body),
                    UnreadableCode);
            }

            _entries[lookup] = new Entry(items, timeProvider.GetUtcNow() + options.Value.Axcelerate.LookupCacheDuration);
            AxcelerateLog.LookupLoaded(logger, lookup, items.Count);
            return items;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The <see cref="IntegrationApiException.ErrorCode"/> of the error raised when a lookup answers rows that cannot be read.</summary>
    public const string UnreadableCode = "LOOKUP_UNREADABLE";

    public void Invalidate(string lookup) => _entries.TryRemove(lookup, out _);

    private static bool HasEntries(JsonElement body) =>
        (body.ValueKind == JsonValueKind.Array && body.GetArrayLength() > 0) || (body.ValueKind == JsonValueKind.Object && body.EnumerateObject().Any());

    private static string Excerpt(JsonElement body)
    {
        var text = body.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    public void Dispose() => _gate.Dispose();

    internal static List<AxcelerateLookupItem> Parse(JsonElement? root)
    {
        var items = new List<AxcelerateLookupItem>();
        if (root is not { } element)
        {
            return items;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && ReadEntry(item) is { } entry)
                {
                    items.Add(entry);
                }
                else if (item.ValueKind == JsonValueKind.String && AxcelerateFieldText.From(item) is { } label)
                {
                    // Labels only: no id to write with, so writes fall back to the label.
                    items.Add(new AxcelerateLookupItem(null, label));
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (ReadEntry(element) is { } single)
            {
                items.Add(single);
                return items;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    return Parse(property.Value);
                }

                if (int.TryParse(property.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                    && AxcelerateFieldText.From(property.Value) is { } label)
                {
                    items.Add(new AxcelerateLookupItem(id, label));
                }
            }
        }

        return items;
    }

    private static AxcelerateLookupItem? ReadEntry(JsonElement item)
    {
        var fields = item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        int? id = null;
        foreach (var name in IdNames.Concat(fields.Keys.Where(k => k.EndsWith("ID", StringComparison.OrdinalIgnoreCase))))
        {
            if (fields.TryGetValue(name, out var value) && AsInt(value) is { } parsed)
            {
                id = parsed;
                break;
            }
        }

        string? label = null;
        foreach (var name in LabelNames.Concat(fields.Keys))
        {
            if (fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && AsInt(value) is null
                && AxcelerateFieldText.From(value) is { } text)
            {
                label = text;
                break;
            }
        }

        return id is { } i && label is not null ? new AxcelerateLookupItem(i, label) : null;
    }

    private static int? AsInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };

    private bool TryGetFresh(string lookup, out IReadOnlyList<AxcelerateLookupItem> items)
    {
        if (_entries.TryGetValue(lookup, out var entry) && entry.ExpiresAt > timeProvider.GetUtcNow())
        {
            items = entry.Items;
            return true;
        }

        items = [];
        return false;
    }

    private sealed record Entry(IReadOnlyList<AxcelerateLookupItem> Items, DateTimeOffset ExpiresAt);
}
