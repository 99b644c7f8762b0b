using System.Globalization;

namespace Marketplace.Testing;

/// <summary>
/// /tmp/marketplace-tests/{pid}-{random}: one folder per test process. A folder whose process is gone belongs to a
/// run that was killed (Aspire's orchestrator stops that run's servers itself); it is removed before a new one is made.
/// </summary>
internal static class TestStateFolders
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "marketplace-tests");

    public static string Create()
    {
        Directory.CreateDirectory(Root);
        foreach (var stale in Directory.EnumerateDirectories(Root).Where(IsStale))
        {
            Delete(stale);
        }

        var folder = Path.Combine(Root, $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        // PostgreSQL runs as the postgres user and must reach its cluster folder inside.
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // A server still writing; the next run removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    private static bool IsStale(string folder)
    {
        var owner = Path.GetFileName(folder).Split('-')[0];
        return !int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) || !Directory.Exists($"/proc/{pid}");
    }
}
