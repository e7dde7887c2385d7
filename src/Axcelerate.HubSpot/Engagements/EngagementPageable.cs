using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// A view's pages: the whole view is read once (when the first page is asked for) and sorted, then handed out page by
/// page; a continuation token resumes after the key of its page's last item.
/// </summary>
internal sealed class EngagementPageable(
    Func<CancellationToken, Task<IReadOnlyList<Engagement>>> load,
    CancellationToken cancellationToken) : AsyncPageable<Engagement>(cancellationToken)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public override IAsyncEnumerable<Page<Engagement>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var pageSize = PageSizeHint.Resolve(pageSizeHint, DefaultPageSize, MaxPageSize);
        EngagementKey? after = continuationToken is null ? null : EngagementKey.FromToken(continuationToken);
        return WalkAsync(after, pageSize, CancellationToken);
    }

    private async IAsyncEnumerable<Page<Engagement>> WalkAsync(EngagementKey? after, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = await load(cancellationToken).ConfigureAwait(false);
        var start = 0;
        if (after is { } cursor)
        {
            while (start < all.Count && EngagementKey.Of(all[start]).CompareTo(cursor) <= 0)
            {
                start++;
            }
        }

        do
        {
            var count = Math.Min(pageSize, all.Count - start);
            var values = all.Skip(start).Take(count).ToList();
            start += count;
            var token = start < all.Count ? EngagementKey.Of(values[^1]).ToToken() : null;
            yield return new Page<Engagement>(values, token);
        }
        while (start < all.Count);
    }
}
