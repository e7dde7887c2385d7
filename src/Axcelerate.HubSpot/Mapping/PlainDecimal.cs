namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// The canonical text of a plain decimal (optional '-', digits, optional '.' and digits) without a round trip through
/// <see cref="decimal"/>: leading zeros of the integer part and trailing zeros of the fraction dropped, as
/// <c>decimal.ToString("0.####…")</c> writes it. Anything else (exponents, '+', more than 27 digits, negative zero)
/// answers false so the caller takes the general path.
/// </summary>
internal static class PlainDecimal
{
    private const int MaxDigits = 27;

    /// <summary>The canonical text; the input itself (no allocation) when it is already canonical.</summary>
    public static bool TryCanonical(string value, out string canonical)
    {
        canonical = string.Empty;
        var text = value.AsSpan().Trim();
        var negative = text.Length > 0 && text[0] == '-';
        var body = negative ? text[1..] : text;
        var dot = body.IndexOf('.');
        var integer = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? [] : body[(dot + 1)..];
        if (integer.Length == 0 || (dot >= 0 && fraction.Length == 0) || integer.Length + fraction.Length > MaxDigits ||
            integer.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var firstSignificant = integer.IndexOfAnyExcept('0');
        integer = firstSignificant < 0 ? "0" : integer[firstSignificant..];
        fraction = fraction[..(fraction.LastIndexOfAnyExcept('0') + 1)];
        if (negative && integer is "0" && fraction.IsEmpty)
        {
            return false; // -0 formats as decimal does it: leave that to decimal
        }

        var length = (negative ? 1 : 0) + integer.Length + (fraction.IsEmpty ? 0 : fraction.Length + 1);
        if (length == value.Length && text.Length == value.Length)
        {
            canonical = value;
            return true;
        }

        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var written = 0;
        if (negative)
        {
            buffer[written++] = '-';
        }

        integer.CopyTo(buffer[written..]);
        written += integer.Length;
        if (!fraction.IsEmpty)
        {
            buffer[written++] = '.';
            fraction.CopyTo(buffer[written..]);
            written += fraction.Length;
        }

        canonical = new string(buffer[..written]);
        return true;
    }
}
