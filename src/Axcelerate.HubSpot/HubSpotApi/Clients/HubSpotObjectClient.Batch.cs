using System.Globalization;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Batch helpers: repeated inputs, and tying results to their inputs by id or natural key.</summary>
internal sealed partial class HubSpotObjectClient
{
    // Repeats (by key) are not sent: HubSpot refuses a whole request that names one record twice. Each repeat maps to
    // the position of its first occurrence and, when asked, gets its own error.
    private static (List<HubSpotBatchRunner.Entry<T>> Unique, List<(int Index, int First)> Repeats, List<HubSpotBatchError> Errors) Deduplicate<T>(
        IReadOnlyList<T> items, Func<T, string> key, Func<T, int, int, HubSpotBatchError>? report = null)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        List<HubSpotBatchRunner.Entry<T>> unique = [];
        List<(int, int)> repeats = [];
        List<HubSpotBatchError> errors = [];
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.TryGetValue(key(items[i]), out var first))
            {
                repeats.Add((i, first));
                if (report is not null)
                {
                    errors.Add(report(items[i], i, first));
                }

                continue;
            }

            seen[key(items[i])] = i;
            unique.Add(new HubSpotBatchRunner.Entry<T>(i, items[i]));
        }

        return (unique, repeats, errors);
    }

    private static HubSpotBatchError Duplicate(string id, int index, int first, string? traceId) => new()
    {
        InputIndex = index,
        Id = id,
        ObjectWriteTraceId = TraceId(traceId, index),
        Category = "VALIDATION_ERROR",
        Message = $"Duplicate IDs found in batch input: [{id}]. IDs must be unique. Input {index.ToString(CultureInfo.InvariantCulture)} repeats input {first.ToString(CultureInfo.InvariantCulture)} and was not sent; the first one was.",
        Context = new Dictionary<string, IReadOnlyList<string>> { ["ids"] = [id] },
    };

    // Emails are compared case-insensitively by HubSpot; other unique values exactly.
    private static string Key(string? idProperty, string id) => idProperty == EmailProperty ? id.Trim().ToLowerInvariant() : id;

    private static bool SameKey(string? idProperty, string? left, string? right) =>
        left is not null && right is not null && string.Equals(left.Trim(), right.Trim(), idProperty == EmailProperty ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // A result carries the values its input set (HubSpot lower-cases emails); a value it does not return cannot rule it out.
    private static bool SameValues(HubSpotObject result, IDictionary<string, string?> sent) =>
        sent.Where(p => !string.IsNullOrEmpty(p.Value) && result.Properties.ContainsKey(p.Key))
            .All(p => SameKey(p.Key == EmailProperty ? EmailProperty : null, result.GetProperty(p.Key), p.Value));

    // Upserts send their key as a property too, so the result names it and can be tied back to its input.
    private static IDictionary<string, string?> WithKey(HubSpotObjectUpsert upsert) =>
        upsert.Properties.ContainsKey(upsert.IdProperty) ? upsert.Properties : new Dictionary<string, string?>(upsert.Properties) { [upsert.IdProperty] = upsert.Id };
}
