using System.Globalization;

namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>Reads /proc: which live (non-zombie) processes belong to a process group or carry an environment tag.</summary>
public static class ProcessTable
{
    public static IReadOnlyList<int> MembersOfGroup(int processGroupId) =>
        LivePids().Where(pid => ReadStat(pid) is { } stat && stat.ProcessGroupId == processGroupId).ToList();

    /// <summary>Live processes whose initial environment contains exactly <paramref name="variable"/>=<paramref name="value"/>.</summary>
    public static IReadOnlyList<int> WithEnvironment(string variable, Func<string, bool> value)
    {
        var prefix = variable + "=";
        var found = new List<int>();
        foreach (var pid in LivePids())
        {
            try
            {
                var entries = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
                if (entries.Any(e => e.StartsWith(prefix, StringComparison.Ordinal) && value(e[prefix.Length..])))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Someone else's process.
            }
        }

        return found;
    }

    public static int? ProcessGroupOf(int pid) => ReadStat(pid)?.ProcessGroupId;

    private static IEnumerable<int> LivePids()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(pid) is { State: not 'Z' and not 'X' })
            {
                yield return pid;
            }
        }
    }

    private static (char State, int ProcessGroupId)? ReadStat(int pid)
    {
        try
        {
            // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses, so parse after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
