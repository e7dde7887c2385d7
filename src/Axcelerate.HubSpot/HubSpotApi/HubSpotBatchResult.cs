namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// The outcome of a batch operation over any number of inputs: what succeeded and, per input, what failed. One bad
/// input never hides the good ones.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class HubSpotBatchResult<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="results">The successful results.</param>
    /// <param name="errors">One entry per failed input (or per error HubSpot could not tie to an input).</param>
    public HubSpotBatchResult(IReadOnlyList<T> results, IReadOnlyList<HubSpotBatchError> errors)
    {
        Results = results;
        Errors = errors;
    }

    /// <summary>The successful results.</summary>
    public IReadOnlyList<T> Results { get; }

    /// <summary>The failures, one per input where HubSpot says which.</summary>
    public IReadOnlyList<HubSpotBatchError> Errors { get; }

    /// <summary>True when at least one input failed.</summary>
    public bool HasErrors => Errors.Count > 0;
}
