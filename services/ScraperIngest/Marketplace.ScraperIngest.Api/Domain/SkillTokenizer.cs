using System.Text;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>Lower-case words of a text; "+", "#" and "." inside a word are kept so "C++", "C#" and "Node.js" survive.</summary>
public static class SkillTokenizer
{
    public static List<string> Words(string text)
    {
        var (normalized, starts, ends) = Normalize(text);
        var words = new List<string>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            words.Add(normalized[starts[i]..ends[i]]);
        }

        return words;
    }

    /// <summary>The words joined by single spaces, and each word's start and end offset in that string.</summary>
    public static (string Normalized, List<int> Starts, List<int> Ends) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var starts = new List<int>();
        var ends = new List<int>();
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '+' or '#' || (c == '.' && inWord))
            {
                if (!inWord)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    starts.Add(builder.Length);
                    inWord = true;
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (inWord)
            {
                End(builder, starts, ends);
                inWord = false;
            }
        }

        if (inWord)
        {
            End(builder, starts, ends);
        }

        return (builder.ToString(), starts, ends);
    }

    // A sentence's full stop is not part of the word.
    private static void End(StringBuilder builder, List<int> starts, List<int> ends)
    {
        while (builder.Length > starts[^1] && builder[^1] == '.')
        {
            builder.Length--;
        }

        if (builder.Length == starts[^1])
        {
            // Nothing but dots: drop the word and the space before it.
            starts.RemoveAt(starts.Count - 1);
            builder.Length = Math.Max(0, builder.Length - 1);
            return;
        }

        ends.Add(builder.Length);
    }
}
