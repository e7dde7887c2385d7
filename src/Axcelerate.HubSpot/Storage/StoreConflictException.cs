namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// A write was refused because it contradicts what is stored: a record already linked to another one, or an
/// optimistic-concurrency check that found a newer version written by someone else (possibly another host instance).
/// </summary>
public sealed class StoreConflictException : Exception
{
    /// <summary>Creates the exception with a message that names the conflict.</summary>
    /// <param name="message">What conflicts with what.</param>
    public StoreConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the provider's own error.</summary>
    /// <param name="message">What conflicts with what.</param>
    /// <param name="innerException">The provider's error.</param>
    public StoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreConflictException()
        : base("The write conflicts with stored data.")
    {
    }
}
