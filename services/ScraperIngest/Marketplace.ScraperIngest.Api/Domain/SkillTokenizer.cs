using System.Buffers;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>Lower-case words of a text; "+", "#" and "." inside a word are kept so "C++", "C#" and "Node.js" survive.</summary>
public static class SkillTokenizer
{
    public static List<string> Words(string text)
    {
        using var normalized = Normalize(text);
        var words = new List<string>(normalized.Count);
        for (var i = 0; i < normalized.Count; i++)
        {
            words.Add(normalized.Words(i, 1).ToString());
        }

        return words;
    }

    /// <summary>
    /// The words joined by single spaces, with where each word starts and ends, in pooled buffers: a description is
    /// normalized once and every n-gram is then a slice of it (the import path does this for every posting).
    /// </summary>
    public static NormalizedText Normalize(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var starts = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        var ends = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        var length = 0;
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsWordChar(c) || (c == '.' && inWord))
            {
                if (!inWord)
                {
                    if (length > 0)
                    {
                        chars[length++] = ' ';
                    }

                    starts[count] = length;
                    inWord = true;
                }

                chars[length++] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            }
            else if (inWord)
            {
                EndWord();
                inWord = false;
            }
        }

        if (inWord)
        {
            EndWord();
        }

        return new NormalizedText(chars, starts, ends, count);

        // A sentence's full stop is not part of the word. A word cannot start with a dot, so one remains.
        void EndWord()
        {
            while (chars[length - 1] == '.')
            {
                length--;
            }

            ends[count++] = length;
        }
    }

    private static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) || c is '+' or '#'
        : char.IsLetterOrDigit(c);
}

/// <summary>A text's normalized words (see <see cref="SkillTokenizer.Normalize"/>); dispose it to return its buffers.</summary>
public readonly struct NormalizedText(char[] chars, int[] starts, int[] ends, int count) : IDisposable
{
    public int Count => count;

    /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="n"/> - 1, joined by single spaces.</summary>
    public ReadOnlySpan<char> Words(int first, int n) => chars.AsSpan(starts[first], ends[first + n - 1] - starts[first]);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(ends);
    }
}
