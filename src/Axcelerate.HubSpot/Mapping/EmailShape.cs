namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// A cheap check for the common shape of an email address (<c>local@label.label</c>, lower-case ASCII letters, digits
/// and <c>. _ + -</c> in the local part, letters, digits and inner hyphens in each domain label). Every address of that
/// shape is one <see cref="System.Net.Mail.MailAddress"/> accepts unchanged; anything else answers false, so the caller
/// runs the full check.
/// </summary>
internal static class EmailShape
{
    /// <summary>True when the (trimmed, lower-cased) address has the plain shape.</summary>
    public static bool IsPlainAscii(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@'))
        {
            return false;
        }

        var local = email.AsSpan(0, at);
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '+' or '-'))
            {
                return false;
            }
        }

        var domain = email.AsSpan(at + 1);
        var labels = 0;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    return false;
                }
            }

            labels++;
        }

        return labels >= 2;
    }
}
