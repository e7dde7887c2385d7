using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// Walks one-day windows from a first day through today (in the account's time zone), paging each day with
/// <c>offset</c>/<c>displayLength</c>. The continuation token carries the day and the offset. A record changed on two
/// walked days appears once per day; the ids seen in one walk are returned only once.
/// </summary>
internal sealed class AxcelerateDayWindowPageable<T> : AsyncPageable<T>
    where T : class
{
    private readonly DateOnly _from;
    private readonly Func<DateOnly> _today;
    private readonly Func<DateOnly, int, int, CancellationToken, Task<List<T>>> _fetch;
    private readonly Func<T, long> _key;
    private readonly int _pageSize;
    private readonly int _maxPageSize;

    public AxcelerateDayWindowPageable(
        DateOnly from,
        Func<DateOnly> today,
        Func<DateOnly, int, int, CancellationToken, Task<List<T>>> fetch,
        Func<T, long> key,
        int pageSize,
        int maxPageSize,
        CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _from = from;
        _today = today;
        _fetch = fetch;
        _key = key;
        _pageSize = pageSize;
        _maxPageSize = maxPageSize;
    }

    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var (offset, day) = AxcelerateContinuation.Decode(continuationToken);
        if (continuationToken is not null && day is null)
        {
            throw new ArgumentException("The continuation token does not belong to a day-window enumeration.", nameof(continuationToken));
        }

        var size = PageSizeHint.Resolve(pageSizeHint, _pageSize, _maxPageSize);
        return WalkAsync(day ?? _from, offset, size, CancellationToken);
    }

    private async IAsyncEnumerable<Page<T>> WalkAsync(DateOnly day, int offset, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        var today = _today();
        while (true)
        {
            var rows = await _fetch(day, offset, size, cancellationToken).ConfigureAwait(false);
            var fresh = rows.Where(r => seen.Add(_key(r))).ToList();
            var moreToday = rows.Count >= size;
            (DateOnly Day, int Offset)? next = moreToday ? (day, offset + rows.Count) : day < today ? (day.AddDays(1), 0) : null;
            yield return new Page<T>(fresh, next is { } n ? AxcelerateContinuation.Encode(n.Offset, n.Day) : null);
            if (next is not { } following)
            {
                yield break;
            }

            (day, offset) = following;
        }
    }
}
