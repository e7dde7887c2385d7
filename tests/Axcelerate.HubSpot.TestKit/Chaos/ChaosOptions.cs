using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>What a chaos run does: how much data, how many changes, which faults, how many stops. Same seed, same run.</summary>
public sealed record ChaosOptions
{
    /// <summary>Seeds the data, the changes, the faults, the webhook duplicates and order, and the stop points.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>HubSpot contacts imported at the start.</summary>
    public int Contacts { get; init; } = 2_000;

    /// <summary>HubSpot companies imported at the start.</summary>
    public int Companies { get; init; } = 500;

    /// <summary>HubSpot deals imported at the start (each with a contact).</summary>
    public int Deals { get; init; } = 500;

    /// <summary>Rounds of changes after the import; each round is followed by a sync, or not (changes pile up).</summary>
    public int Rounds { get; init; } = 20;

    /// <summary>Changes per round, over both systems.</summary>
    public int ChangesPerRound { get; init; } = 60;

    /// <summary>How often the host is stopped and restarted from the same SQLite file.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>The faults injected into every request to either service (null: none).</summary>
    public FaultMix? Faults { get; init; } = FaultMix.Chaos;

    /// <summary>Whether aXcelerate is faulted too (not only HubSpot).</summary>
    public bool FaultBothSides { get; init; } = true;

    /// <summary>The share of webhook events HubSpot delivers twice.</summary>
    public double WebhookDuplicates { get; init; } = 0.2;

    /// <summary>Whether the events of each webhook request are shuffled.</summary>
    public bool ShuffleWebhooks { get; init; } = true;

    /// <summary>Whether the stream deletes records (HubSpot contacts, companies and deals; aXcelerate contacts).</summary>
    public bool Deletions { get; init; } = true;

    /// <summary>Whether the stream merges records (HubSpot contacts, companies and deals; aXcelerate contacts).</summary>
    public bool Merges { get; init; } = true;

    /// <summary>How aXcelerate's changes reach the SDK; null chooses by the seed (seed mod 3: poller, webhooks, both).</summary>
    public ChaosAxcelerateSync? AxcelerateSync { get; init; }

    /// <summary>Whether the webhook deliveries themselves fail at the endpoint (503, reset after logging, answered late).</summary>
    public bool DeliveryFaults { get; init; } = true;

    /// <summary>The sync path in effect (<see cref="AxcelerateSync"/>, or the seed's).</summary>
    public ChaosAxcelerateSync EffectiveAxcelerateSync => AxcelerateSync ?? (ChaosAxcelerateSync)(((Seed % 3) + 3) % 3);

    /// <summary>
    /// How long each client waits for an answer: an injected timeout costs this much real time (about 500 of them in a
    /// full run), and the client gives up and retries the same way whatever the length.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where progress lines go (null: nowhere).</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>The shorter run of the test suite.</summary>
    public static ChaosOptions Short(int seed) => new()
    {
        Seed = seed,
        Contacts = 200,
        Companies = 50,
        Deals = 50,
        Rounds = 5,
        ChangesPerRound = 24,
    };
}

/// <summary>How aXcelerate's changes reach the SDK in a chaos run.</summary>
public enum ChaosAxcelerateSync
{
    /// <summary>The contact poller only (<c>PollOnceAsync</c> at each sync).</summary>
    Poller,

    /// <summary>aXcelerate's webhooks only, into <c>MapAxcelerateWebhooks</c>; the poller never runs.</summary>
    Webhooks,

    /// <summary>Both: aXcelerate's webhooks and the poller, in random order at each sync.</summary>
    Both,
}
