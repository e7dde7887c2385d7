namespace Axcelerate.HubSpot.Storage;

/// <summary>A live lease: who holds the named work and until when.</summary>
/// <param name="Name">Which work.</param>
/// <param name="Holder">The instance holding it.</param>
/// <param name="ExpiresAt">When it lapses unless renewed (UTC).</param>
public sealed record StoreLease(string Name, string Holder, DateTimeOffset ExpiresAt);
