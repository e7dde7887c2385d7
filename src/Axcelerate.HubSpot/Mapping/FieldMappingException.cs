namespace Axcelerate.HubSpot.Mapping;

/// <summary>A field mapping change was refused: the types do not fit, the target cannot be written, or the entity does not allow it.</summary>
public sealed class FieldMappingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public FieldMappingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was refused and why.</param>
    public FieldMappingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="innerException">The cause.</param>
    public FieldMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
