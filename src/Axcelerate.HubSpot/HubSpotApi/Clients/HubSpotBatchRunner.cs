using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>
/// Splits batch inputs into HubSpot-sized requests and turns every request's outcome — 200, 207 multi-status, or a
/// whole-request validation failure — into per-input results and errors, so one bad record never hides the rest.
/// </summary>
internal static class HubSpotBatchRunner
{
    /// <summary>What one request returned.</summary>
    internal readonly record struct ChunkOutcome<TOut>(IReadOnlyList<TOut> Results, IReadOnlyList<StandardError>? Errors);

    /// <summary>How an input is named in HubSpot's error context.</summary>
    internal readonly record struct InputKeys(string? Id, string? TraceId);

    public static async Task<HubSpotBatchResult<TOut>> RunAsync<TIn, TOut>(
        IReadOnlyList<TIn> inputs,
        int chunkSize,
        string operation,
        string objectType,
        ILogger logger,
        Func<IReadOnlyList<TIn>, int, CancellationToken, Task<ChunkOutcome<TOut>>> send,
        Func<TIn, int, InputKeys> keysOf,
        CancellationToken cancellationToken)
    {
        var results = new List<TOut>(inputs.Count);
        var errors = new List<HubSpotBatchError>();
        for (var offset = 0; offset < inputs.Count; offset += chunkSize)
        {
            var chunk = inputs.Skip(offset).Take(chunkSize).ToList();
            try
            {
                var outcome = await send(chunk, offset, cancellationToken).ConfigureAwait(false);
                results.AddRange(outcome.Results);
                foreach (var error in outcome.Errors ?? [])
                {
                    errors.AddRange(Attribute(error, chunk, offset, keysOf));
                }
            }
            catch (HubSpotApiException ex) when (IsChunkRejection(ex))
            {
                HubSpotApiLog.BatchChunkFailed(logger, operation, objectType, chunk.Count, (int)ex.StatusCode!.Value, ex.Category);
                for (var i = 0; i < chunk.Count; i++)
                {
                    var keys = keysOf(chunk[i], offset + i);
                    errors.Add(new HubSpotBatchError
                    {
                        InputIndex = offset + i,
                        Id = keys.Id,
                        ObjectWriteTraceId = keys.TraceId,
                        Category = ex.Category,
                        SubCategory = ex.SubCategory,
                        Message = ex.HubSpotMessage ?? ex.Message,
                    });
                }
            }
        }

        return new HubSpotBatchResult<TOut>(results, errors);
    }

    // A request HubSpot refused because of its content: report it against its inputs and go on with the next one.
    // Auth, rate-limit and server failures concern every request, so they propagate.
    private static bool IsChunkRejection(HubSpotApiException ex) =>
        ex is not HubSpotRateLimitException
        && ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity;

    private static IEnumerable<HubSpotBatchError> Attribute<TIn>(StandardError error, List<TIn> chunk, int offset, Func<TIn, int, InputKeys> keysOf)
    {
        var context = HubSpotErrorMapper.ToContext(error.Context);
        var keys = chunk.Select((input, i) => keysOf(input, offset + i)).ToList();
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
            yield return Create(error, context, offset + index, keys[index]);
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
    };
}
