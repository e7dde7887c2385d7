using System.Globalization;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>One thing the verifier found wrong, with the record and the field, so a failing seed can be debugged.</summary>
/// <param name="Kind">lost, duplicated or wrong.</param>
/// <param name="Record">Which record (system, type, id, email or name).</param>
/// <param name="Detail">What differs (field, expected, actual) or what is missing.</param>
public sealed record ChaosDiscrepancy(string Kind, string Record, string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Record}: {Detail}";
}

/// <summary>What a chaos run did and what the verifier found in the sandbox's final state.</summary>
public sealed record ChaosResult
{
    /// <summary>The run's seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Records imported plus changes made in either system.</summary>
    public required int Operations { get; init; }

    /// <summary>Operations by kind (seeded records, and each kind of change in either system).</summary>
    public IReadOnlyDictionary<string, int> OperationsByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>How aXcelerate's changes reached the SDK.</summary>
    public ChaosAxcelerateSync AxcelerateSync { get; init; }

    /// <summary>Requests the sandbox failed on purpose (both services).</summary>
    public required int Faults { get; init; }

    /// <summary>Injected faults by service and kind.</summary>
    public required IReadOnlyDictionary<string, int> FaultsByKind { get; init; }

    /// <summary>Records (or changes) that never arrived, and incoming entries left Pending or Processing.</summary>
    public required int Lost { get; init; }

    /// <summary>Records that exist more often than they should (or that should not exist at all).</summary>
    public required int Duplicated { get; init; }

    /// <summary>Fields not equal to the latest change under their rule, wrong links, failures without a reason.</summary>
    public required int Wrong { get; init; }

    /// <summary>Every discrepancy, in the order found.</summary>
    public required IReadOnlyList<ChaosDiscrepancy> Discrepancies { get; init; }

    /// <summary>Where the host was stopped (e.g. "import, attempt 812").</summary>
    public required IReadOnlyList<string> Stops { get; init; }

    /// <summary>Failed incoming entries (each with its reason) at the end.</summary>
    public required int FailedEntries { get; init; }

    /// <summary>The first failed incoming entries, each with its reason.</summary>
    public required IReadOnlyList<string> FailureSamples { get; init; }

    /// <summary>Webhook events delivered (duplicates included) and requests sent by the sandbox.</summary>
    public required int WebhookRequests { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The result line: <c>chaos seed N: operations X, faults Y, lost L, duplicated D, wrong W</c>.</summary>
    public string Line => string.Create(CultureInfo.InvariantCulture, $"chaos seed {Seed}: operations {Operations}, faults {Faults}, lost {Lost}, duplicated {Duplicated}, wrong {Wrong}");
}
