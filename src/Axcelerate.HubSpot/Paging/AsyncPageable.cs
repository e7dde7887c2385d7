using System.Runtime.CompilerServices;

namespace Axcelerate.HubSpot.Paging;

/// <summary>
/// A lazily fetched enumeration of a list or search. <c>await foreach</c> over it streams every item; call
/// <see cref="AsPages(string?, int?)"/> to walk it page by page and to resume from a continuation token.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Creates an enumeration.</summary>
    /// <param name="cancellationToken">Cancels every request the enumeration makes.</param>
    protected AsyncPageable(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    /// <summary>The token given when the enumeration was created; it cancels every request.</summary>
    protected CancellationToken CancellationToken { get; }

    /// <summary>Walks the enumeration page by page.</summary>
    /// <param name="continuationToken">A token from an earlier <see cref="Page{T}.ContinuationToken"/> to resume from, or null to start at the beginning.</param>
    /// <param name="pageSizeHint">The page size to ask for, or null for the call's default; the service may return fewer.</param>
    /// <returns>The pages, fetched lazily.</returns>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <inheritdoc/>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, cancellationToken);
        await foreach (var page in AsPages().WithCancellation(linked.Token).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }

}

/// <summary>Builds <see cref="AsyncPageable{T}"/> enumerations.</summary>
public static class AsyncPageable
{
    /// <summary>Creates an enumeration from a function that fetches one page.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page at a continuation token (null for the first) with a page-size hint.</param>
    /// <param name="cancellationToken">Cancels every request.</param>
    /// <returns>The enumeration.</returns>
    public static AsyncPageable<T> Create<T>(
        Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FuncAsyncPageable<T>(fetchPage, cancellationToken);
    }

    private sealed class FuncAsyncPageable<T>(
        Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage,
        CancellationToken cancellationToken) : AsyncPageable<T>(cancellationToken)
    {
        public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
            Walk(continuationToken, pageSizeHint, CancellationToken);

        private async IAsyncEnumerable<Page<T>> Walk(
            string? continuationToken,
            int? pageSizeHint,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var token = continuationToken;
            do
            {
                var page = await fetchPage(token, pageSizeHint, cancellationToken).ConfigureAwait(false);
                yield return page;
                token = page.ContinuationToken;
            }
            while (token is not null);
        }
    }
}
