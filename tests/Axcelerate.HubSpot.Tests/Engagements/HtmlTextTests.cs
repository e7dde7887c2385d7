using Axcelerate.HubSpot.Engagements;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>The preview's cut: never past the limit, never through a surrogate pair, at a word where there is one.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void A_text_of_exactly_the_limit_is_kept_whole_and_one_longer_is_cut_with_an_ellipsis()
    {
        var exact = new string('a', Engagement.PreviewLength);

        new HtmlText().Preview(exact).Should().Be(exact);
        new HtmlText().Preview(exact + "b").Should().HaveLength(Engagement.PreviewLength).And.EndWith("…");
    }

    [Fact]
    public void A_cut_never_splits_an_emoji_and_a_text_without_spaces_is_cut_inside_the_word()
    {
        // 198 letters then an emoji (two UTF-16 code units) across the cut position.
        var text = new string('a', Engagement.PreviewLength - 2) + "😀" + "tail";

        var preview = new HtmlText().Preview(text)!;

        preview.Should().Be(new string('a', Engagement.PreviewLength - 2) + "…");
        preview.Should().NotContain("\uD83D");
    }

    [Fact]
    public void Only_markup_or_whitespace_gives_no_preview()
    {
        var html = new HtmlText();

        html.Preview("<p> </p><script>x()</script><!-- c -->").Should().BeNull();
        html.Preview("   ").Should().BeNull();
        html.Preview(null).Should().BeNull();
    }
}
