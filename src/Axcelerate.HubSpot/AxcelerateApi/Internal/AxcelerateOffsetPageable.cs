using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.Paging;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// An <c>offset</c>/<c>displayLength</c> enumeration. It stops when the rows' <c>COUNT</c> (total matches, on every row
/// where the endpoint sends it) is reached; without <c>COUNT</c>, at a short page; always at an empty page (204) or a page
/// that only repeats records already returned (a server ignoring <c>offset</c> cannot loop forever). The page size is
/// what the caller asked for: when aXcelerate returns fewer rows than asked but <c>COUNT</c> says more exist, it pages on.
/// </summary>
internal sealed class AxcelerateOffsetPageable<T> : AsyncPageable<T>
    where T : class
{
    private readonly Func<int, int, CancellationToken, Task<List<T>>> _fetch;
    private readonly Func<T, long> _key;
    private readonly Func<T, int?>? _total;
    private readonly int _pageSize;
    private readonly int _maxPageSize;
    private readonly ILogger _logger;

    public AxcelerateOffsetPageable(
        Func<int, int, CancellationToken, Task<List<T>>> fetch,
        Func<T, long> key,
        Func<T, int?>? total,
        int pageSize,
        int maxPageSize,
        ILogger logger,
        CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _fetch = fetch;
        _key = key;
        _total = total;
        _pageSize = pageSize;
        _maxPageSize = maxPageSize;
        _logger = logger;
    }

    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var (offset, _) = AxcelerateContinuation.Decode(continuationToken);
        var size = PageSizeHint.Resolve(pageSizeHint, _pageSize, _maxPageSize);
        return WalkAsync(offset, size, CancellationToken);
    }

    private async IAsyncEnumerable<Page<T>> WalkAsync(int offset, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        while (true)
        {
            var rows = await _fetch(offset, size, cancellationToken).ConfigureAwait(false);
            var fresh = rows.Where(r => seen.Add(_key(r))).ToList();
            var next = offset + rows.Count;
            var total = _total is null ? null : rows.Select(_total).FirstOrDefault(t => t is not null);
            var more = rows.Count > 0 && fresh.Count > 0 && (total is { } t ? next < t : rows.Count >= size);
            if (rows.Count > 0 && fresh.Count == 0)
            {
                AxcelerateLog.PagingRepeated(_logger, offset);
            }

            yield return new Page<T>(fresh, more ? AxcelerateContinuation.Encode(next) : null);
            if (!more)
            {
                yield break;
            }

            offset = next;
        }
    }
}
