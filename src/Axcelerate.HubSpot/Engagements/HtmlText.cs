using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// Turns an HTML (or plain-text) body into a short plain-text preview. The markup is parsed by AngleSharp's HTML5
/// parser, the same tokenizer rules a browser applies, so unclosed tags, comments, attributes with event handlers and
/// entities are understood as a browser would understand them instead of being guessed at by a pattern.
/// </summary>
internal sealed class HtmlText
{
    // Elements whose content is never prose a person wrote: scripts, styles, embedded documents, graphics and forms.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "noembed",
        "noframes", "xmp", "plaintext", "textarea", "select", "button", "svg", "math", "head", "title", "meta", "link", "base",
        "canvas", "audio", "video", "picture", "source", "track", "img",
    };

    // Elements that end a line or a block: their text must not run into the next word.
    private static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl", "address", "figcaption", "caption",
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The plain text of <paramref name="html"/>, whitespace collapsed, cut to <paramref name="maxLength"/>; null when empty.</summary>
    public string? Preview(string? html, int maxLength = Engagement.PreviewLength)
    {
        var text = ToPlainText(html);
        return text.Length == 0 ? null : Truncate(text, maxLength);
    }

    /// <summary>The whole plain text of <paramref name="html"/>, whitespace collapsed and angle brackets made inert.</summary>
    public string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        using var document = _parser.ParseDocument(html);
        var raw = new StringBuilder(html.Length);
        if (document.Body is { } body)
        {
            Append(body, raw);
        }

        return Collapse(raw);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName):
                    var breaks = Breaking.Contains(element.LocalName);
                    if (breaks)
                    {
                        text.Append(' ');
                    }

                    Append(element, text);
                    if (breaks)
                    {
                        text.Append(' ');
                    }

                    break;
                default:
                    // Comments, processing instructions, doctype and skipped elements contribute nothing.
                    break;
            }
        }
    }

    private static string Collapse(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c switch
            {
                '<' => '‹',
                '>' => '›',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters at a word boundary, ending in "…".</summary>
    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }

        var space = text.LastIndexOf(' ', cut);
        if (space > maxLength / 2)
        {
            cut = space;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
