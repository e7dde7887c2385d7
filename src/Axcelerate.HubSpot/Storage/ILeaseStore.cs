namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Named leases that decide which of several host instances sharing one store does work that must run once at a time
/// (an import run, the contact poller, a retention pruner). A lease held by an instance that died expires on its own.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease when it is free or expired, or renews it when <paramref name="holder"/> already holds it, in one
    /// atomic write; the lease then holds until now + <paramref name="duration"/>.
    /// </summary>
    /// <param name="leaseName">Which work, e.g. <c>import</c>; up to 1000 characters.</param>
    /// <param name="holder">Who asks: an id unique to the instance; up to 1000 characters.</param>
    /// <param name="duration">How long the lease holds unless renewed; positive.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The lease now held by <paramref name="holder"/>, or null when another holder's lease is still live.</returns>
    ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives a lease up before it expires, only when <paramref name="holder"/> holds it.</summary>
    /// <param name="leaseName">Which work.</param>
    /// <param name="holder">Who gives it up.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the lease was released; false when another holder has it or it is free.</returns>
    ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken = default);

    /// <summary>Reads who holds a lease.</summary>
    /// <param name="leaseName">Which work.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The live lease, or null when it is free or expired.</returns>
    ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken = default);
}
