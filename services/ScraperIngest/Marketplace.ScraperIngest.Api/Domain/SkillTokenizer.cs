using System.Text;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>Lower-case words of a text; "+", "#" and "." inside a word are kept so "C++", "C#" and "Node.js" survive.</summary>
public static class SkillTokenizer
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '+' or '#' || (c == '.' && current.Length > 0))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(current, words);
            }
        }

        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        // A sentence's full stop is not part of the word.
        var word = current.ToString().TrimEnd('.');
        if (word.Length > 0)
        {
            words.Add(word);
        }

        current.Clear();
    }
}
