namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// Normalises multi-select text (split, trim, drop empties, de-duplicate, sort ordinally, join with the other system's
/// separator) into one new string, without a string per option. Texts it cannot handle this way (more than
/// <see cref="MaxItems"/> options, or an option holding <c>forbidden</c>, which needs an error or aXcelerate's bracket
/// form) answer false, and the caller takes the general path.
/// </summary>
internal static class MultiSelectText
{
    /// <summary>The most options normalised on the stack.</summary>
    public const int MaxItems = 32;

    /// <summary>The normalised text joined with <paramref name="join"/>, or false for the general path.</summary>
    public static bool TryNormalise(string text, char separator, char join, char forbidden, out string result)
    {
        result = string.Empty;
        if (text.Contains(forbidden, StringComparison.Ordinal))
        {
            return false;
        }

        var span = text.AsSpan();
        Span<Range> items = stackalloc Range[MaxItems];
        var count = 0;
        foreach (var range in span.Split(separator))
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            var item = span.Slice(offset, length);
            var trimmedStart = item.Length - item.TrimStart().Length;
            var trimmed = item.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (count == MaxItems)
            {
                return false;
            }

            // Insertion sort (few options), skipping duplicates.
            var start = offset + trimmedStart;
            var position = count;
            var duplicate = false;
            while (position > 0)
            {
                var order = span[items[position - 1]].SequenceCompareTo(trimmed);
                if (order == 0)
                {
                    duplicate = true;
                    break;
                }

                if (order < 0)
                {
                    break;
                }

                position--;
            }

            if (duplicate)
            {
                continue;
            }

            items[position..count].CopyTo(items[(position + 1)..]);
            items[position] = new Range(start, start + trimmed.Length);
            count++;
        }

        if (count == 0)
        {
            return true;
        }

        var total = count - 1;
        for (var i = 0; i < count; i++)
        {
            total += span[items[i]].Length;
        }

        Span<char> buffer = total <= 512 ? stackalloc char[total] : new char[total];
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer[written++] = join;
            }

            span[items[i]].CopyTo(buffer[written..]);
            written += span[items[i]].Length;
        }

        result = new string(buffer);
        return true;
    }
}
