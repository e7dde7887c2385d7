namespace Axcelerate.HubSpot.Push;

/// <summary>
/// Sends aXcelerate contacts to HubSpot: the fields whose sync rule lets aXcelerate write HubSpot, only where they
/// differ. A linked contact is updated (batch updates of 100, paired with their inputs by id); an unlinked one is found
/// by email or created through HubSpot's batch upsert on email (so a retry cannot duplicate it) and linked. Values equal
/// to what was last synced either way are not sent: what the integration itself wrote into aXcelerate is not an
/// aXcelerate change (no echo). Obeys the <see cref="SyncFlow.PushContactOnCreate"/> and
/// <see cref="SyncFlow.PushContactOnUpdate"/> switches and skips deactivated mappings.
/// </summary>
public interface IContactPushService
{
    /// <summary>Pushes one contact (e.g. when the host knows it changed).</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>What happened to the contact.</returns>
    Task<ContactPushResult> PushAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>Pushes many contacts, reading and writing them in bulk; a failed contact never stops the others.</summary>
    /// <param name="contactIds">The aXcelerate contact ids (repeats are pushed once).</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>One result per distinct contact, in the order given.</returns>
    Task<ContactPushReport> PushManyAsync(IEnumerable<long> contactIds, CancellationToken cancellationToken = default);
}
