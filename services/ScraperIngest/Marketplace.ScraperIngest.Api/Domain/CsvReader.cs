using System.Text;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// RFC 4180 CSV records from a text reader: quoted fields may hold commas, doubled quotes and line breaks
/// (LinkedIn descriptions and O*NET descriptions do). Yields one list of fields per record.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<IReadOnlyList<string>> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>Records as dictionaries keyed by the header row's names.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> ReadWithHeader(TextReader reader)
    {
        string[]? header = null;
        foreach (var record in Read(reader))
        {
            if (header is null)
            {
                header = record.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
                continue;
            }

            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < record.Count; i++)
            {
                row[header[i]] = record[i];
            }

            yield return row;
        }
    }
}
