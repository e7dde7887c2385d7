namespace Axcelerate.HubSpot.Coordination;

/// <summary>
/// Work that runs on one instance at a time stopped because its lease could not be renewed (the store was unreachable
/// until the lease ran out, or another instance took the lease over after this one stalled). What the work stored so
/// far stays; running it again resumes.
/// </summary>
public sealed class LeaseLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LeaseLostException()
        : this("The lease was lost.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public LeaseLostException(string message)
        : base(message)
    {
        LeaseName = "";
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">Why the renewal failed, when it threw.</param>
    public LeaseLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
        LeaseName = "";
    }

    /// <summary>Creates the exception for a named lease.</summary>
    /// <param name="leaseName">The lease that was lost.</param>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">Why the renewal failed, when it threw.</param>
    internal LeaseLostException(string leaseName, string message, Exception? innerException)
        : base(message, innerException)
    {
        LeaseName = leaseName;
    }

    /// <summary>The lease that was lost, e.g. <c>import:contact</c>.</summary>
    public string LeaseName { get; }
}
