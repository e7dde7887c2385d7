using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>
/// Splits batch inputs into HubSpot-sized requests and turns every request's outcome — 200, 207 multi-status, or a
/// whole-request validation failure — into per-input results and errors, so one bad record never hides the rest.
/// HubSpot returns results in no particular order, so each result is tied to its input by a pairing function (record
/// id or natural key), never by position.
/// </summary>
internal static class HubSpotBatchRunner
{
    /// <summary>What one request returned.</summary>
    internal readonly record struct ChunkOutcome<TOut>(IReadOnlyList<TOut> Results, IReadOnlyList<StandardError>? Errors);

    /// <summary>How an input is named in HubSpot's error context.</summary>
    internal readonly record struct InputKeys(string? Id, string? TraceId);

    /// <summary>One input to send, with its position in the caller's sequence.</summary>
    internal readonly record struct Entry<TIn>(int Index, TIn Input);

    /// <summary>Runs inputs whose results need no pairing (association batches), chunk by chunk in input order.</summary>
    public static Task<HubSpotBatchResult<TOut>> RunAsync<TIn, TOut>(
        IReadOnlyList<TIn> inputs,
        int chunkSize,
        string operation,
        string objectType,
        ILogger logger,
        Func<IReadOnlyList<TIn>, int, CancellationToken, Task<ChunkOutcome<TOut>>> send,
        Func<TIn, int, InputKeys> keysOf,
        CancellationToken cancellationToken) =>
        RunAsync(
            [.. inputs.Select((input, i) => new Entry<TIn>(i, input))],
            chunkSize,
            operation,
            objectType,
            logger,
            (chunk, ct) => send([.. chunk.Select(e => e.Input)], chunk.Count == 0 ? 0 : chunk[0].Index, ct),
            keysOf,
            static (_, _) => false,
            null,
            cancellationToken);

    public static async Task<HubSpotBatchResult<TOut>> RunAsync<TIn, TOut>(
        IReadOnlyList<Entry<TIn>> entries,
        int chunkSize,
        string operation,
        string objectType,
        ILogger logger,
        Func<IReadOnlyList<Entry<TIn>>, CancellationToken, Task<ChunkOutcome<TOut>>> send,
        Func<TIn, int, InputKeys> keysOf,
        Func<TOut, Entry<TIn>, bool> pairs,
        IEnumerable<HubSpotBatchError>? earlierErrors,
        CancellationToken cancellationToken)
    {
        var byInput = new Dictionary<int, TOut>();
        var unpaired = new List<TOut>();
        var errors = new List<HubSpotBatchError>(earlierErrors ?? []);
        for (var offset = 0; offset < entries.Count; offset += chunkSize)
        {
            var chunk = entries.Skip(offset).Take(chunkSize).ToList();
            try
            {
                var outcome = await send(chunk, cancellationToken).ConfigureAwait(false);
                var open = chunk.ToList();
                foreach (var result in outcome.Results)
                {
                    var match = open.FindIndex(e => pairs(result, e));
                    if (match < 0)
                    {
                        unpaired.Add(result);
                        continue;
                    }

                    byInput[open[match].Index] = result;
                    open.RemoveAt(match);
                }

                foreach (var error in outcome.Errors ?? [])
                {
                    errors.AddRange(Attribute(error, chunk, keysOf));
                }
            }
            catch (HubSpotApiException ex) when (IsChunkRejection(ex))
            {
                HubSpotApiLog.BatchChunkFailed(logger, operation, objectType, chunk.Count, (int)ex.StatusCode!.Value, ex.Category);
                foreach (var entry in chunk)
                {
                    var keys = keysOf(entry.Input, entry.Index);
                    errors.Add(new HubSpotBatchError
                    {
                        InputIndex = entry.Index,
                        Id = keys.Id,
                        ObjectWriteTraceId = keys.TraceId,
                        Category = ex.Category,
                        SubCategory = ex.SubCategory,
                        Message = ex.HubSpotMessage ?? ex.Message,
                        ExistingObjectId = ex.ExistingObjectId,
                    });
                }
            }
        }

        var results = byInput.OrderBy(p => p.Key).Select(p => p.Value).Concat(unpaired).ToList();
        return new HubSpotBatchResult<TOut>(results, [.. errors.OrderBy(e => e.InputIndex ?? int.MaxValue)], byInput);
    }

    // A request HubSpot refused because of its content: report it against its inputs and go on with the next one.
    // Auth, rate-limit and server failures concern every request, so they propagate.
    private static bool IsChunkRejection(HubSpotApiException ex) =>
        ex is not HubSpotRateLimitException
        && ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity;

    private static IEnumerable<HubSpotBatchError> Attribute<TIn>(StandardError error, List<Entry<TIn>> chunk, Func<TIn, int, InputKeys> keysOf)
    {
        var context = HubSpotErrorMapper.ToContext(error.Context);
        var keys = chunk.Select(e => keysOf(e.Input, e.Index)).ToList();
        var matched = new List<int>();
        if (context.TryGetValue("objectWriteTraceId", out var traceIds))
        {
            matched.AddRange(traceIds.Select(t => keys.FindIndex(k => k.TraceId == t)).Where(i => i >= 0));
        }

        if (matched.Count == 0 && (context.TryGetValue("ids", out var ids) || context.TryGetValue("id", out ids)))
        {
            matched.AddRange(ids.Select(id => keys.FindIndex(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))).Where(i => i >= 0));
        }

        if (matched.Count == 0)
        {
            yield return Create(error, context, null, default);
            yield break;
        }

        foreach (var index in matched.Distinct())
        {
            yield return Create(error, context, chunk[index].Index, keys[index]);
        }
    }

    private static HubSpotBatchError Create(StandardError error, IReadOnlyDictionary<string, IReadOnlyList<string>> context, int? index, InputKeys keys) => new()
    {
        InputIndex = index,
        Id = keys.Id,
        ObjectWriteTraceId = keys.TraceId,
        Category = error.Category,
        SubCategory = error.SubCategory,
        Message = error.Message ?? "",
        Context = context,
        ExistingObjectId = HubSpotErrorMapper.ExistingObjectId(context, error.Message),
    };
}
