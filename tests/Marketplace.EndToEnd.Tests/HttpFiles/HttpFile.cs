using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>
/// The subset of the .http format (VS Code REST Client, httpyac, Rider) our examples use: file variables
/// (<c>@name = value</c>, global to the file, resolved when used), requests separated by <c>###</c> lines, a request
/// line, headers, a body up to the next separator, <c># @name</c> to name a request and <c># @expect 409</c> for the
/// status a request is meant to get (without it, a 2xx). See ADR 0060 for why this is ours and not a library's.
/// </summary>
public sealed partial class HttpFile
{
    private static readonly HashSet<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private HttpFile(string path, IReadOnlyDictionary<string, string> variables, IReadOnlyList<HttpExample> examples)
    {
        Path = path;
        Variables = variables;
        Examples = examples;
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Variables { get; }

    public IReadOnlyList<HttpExample> Examples { get; }

    public static HttpFile Load(string path) => Parse(path, File.ReadAllLines(path));

    public static HttpFile Parse(string path, IReadOnlyList<string> lines)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var examples = new List<HttpExample>();
        var block = new List<(int Number, string Text)>();
        var title = "";
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i == lines.Count || lines[i].StartsWith("###", StringComparison.Ordinal))
            {
                if (ParseBlock(path, title, block, variables) is { } example)
                {
                    examples.Add(example);
                }

                title = i < lines.Count ? lines[i][3..].Trim() : "";
                block.Clear();
                continue;
            }

            // A file variable may stand anywhere, also after a body (where REST Client users put captures).
            if (VariableLine().Match(lines[i]) is { Success: true } variable)
            {
                variables[variable.Groups["name"].Value] = variable.Groups["value"].Value.Trim();
                continue;
            }

            block.Add((i + 1, lines[i]));
        }

        return new HttpFile(path, variables, examples);
    }

    private static HttpExample? ParseBlock(string path, string title, List<(int Number, string Text)> block, Dictionary<string, string> variables)
    {
        string? name = null;
        var expected = new List<int>();
        var index = 0;
        for (; index < block.Count; index++)
        {
            var text = block[index].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('#') || text.StartsWith("//", StringComparison.Ordinal))
            {
                var comment = text.TrimStart('#', '/').Trim();
                if (comment.StartsWith("@name ", StringComparison.Ordinal))
                {
                    name = comment["@name ".Length..].Trim();
                }
                else if (comment.StartsWith("@expect ", StringComparison.Ordinal))
                {
                    expected.AddRange(comment["@expect ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => int.Parse(s, CultureInfo.InvariantCulture)));
                }

                continue;
            }

            break;
        }

        if (index == block.Count)
        {
            return null;
        }

        var (line, requestLine) = block[index];
        var parts = requestLine.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3 || !Methods.Contains(parts[0]))
        {
            throw new FormatException($"{path}:{line}: '{requestLine}' is not a request line (METHOD URL [HTTP/1.1]).");
        }

        var headers = new List<KeyValuePair<string, string>>();
        for (index++; index < block.Count && block[index].Text.Trim().Length > 0; index++)
        {
            var header = block[index].Text;
            if (header.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{path}:{block[index].Number}: '{header}' is not a header (Name: value).");
            }

            headers.Add(new(header[..colon].Trim(), header[(colon + 1)..].Trim()));
        }

        var bodyLines = block.Skip(index + 1).Select(b => b.Text).ToList();
        while (bodyLines.Count > 0 && (bodyLines[^1].Trim().Length == 0 || bodyLines[^1].TrimStart().StartsWith('#')))
        {
            bodyLines.RemoveAt(bodyLines.Count - 1);
        }

        var body = bodyLines.Count == 0 ? null : string.Join("\n", bodyLines);
        return new HttpExample(line, title, name, expected, parts[0], parts[1], headers, body);
    }

    [GeneratedRegex(@"^@(?<name>[A-Za-z_][\w-]*)\s*=\s*(?<value>.*)$")]
    private static partial Regex VariableLine();
}
