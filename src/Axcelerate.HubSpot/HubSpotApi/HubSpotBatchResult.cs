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
        : this(results, errors, new Dictionary<int, T>())
    {
    }

    /// <summary>Creates a result whose successes are tied to their inputs.</summary>
    /// <param name="results">The successful results.</param>
    /// <param name="errors">One entry per failed input (or per error HubSpot could not tie to an input).</param>
    /// <param name="resultsByInput">Each successful result by the position of its input in the sequence passed in.</param>
    public HubSpotBatchResult(IReadOnlyList<T> results, IReadOnlyList<HubSpotBatchError> errors, IReadOnlyDictionary<int, T> resultsByInput)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(resultsByInput);
        Results = results;
        Errors = errors;
        ResultsByInput = resultsByInput;
    }

    /// <summary>The successful results, in input order where they could be tied to an input.</summary>
    public IReadOnlyList<T> Results { get; }

    /// <summary>
    /// Each successful result by the position of its input in the sequence passed to the batch method. HubSpot returns
    /// batch results in no particular order and without the trace id, so the client ties them by record id or natural
    /// key (the idProperty value, e.g. the email, or the property values sent), never by position.
    /// </summary>
    public IReadOnlyDictionary<int, T> ResultsByInput { get; }

    /// <summary>The failures, one per input where HubSpot says which.</summary>
    public IReadOnlyList<HubSpotBatchError> Errors { get; }

    /// <summary>True when at least one input failed.</summary>
    public bool HasErrors => Errors.Count > 0;
}
