using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Orchestration;

/// <summary>
/// One AppHost per state folder: an exclusive lock on &lt;state&gt;/apphost.lock. Holding it makes it safe to kill
/// whatever still carries the folder's tag (a previous AppHost that was killed outright) and, with --reset, to wipe it.
/// </summary>
public sealed class StateFolderLock : IDisposable
{
    private readonly FileStream stream;

    private StateFolderLock(FileStream stream) => this.stream = stream;

    public static StateFolderLock Acquire(string folder, bool reset)
    {
        Directory.CreateDirectory(folder);
        // PostgreSQL runs as its own user and must traverse into its cluster folder.
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(folder, "apphost.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"state folder {folder} is in use by another AppHost (use --state or stop it)");
        }

        var killed = StaleProcesses.KillTagged(tagged => tagged == folder);
        if (reset)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != "apphost.lock"))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }

        return killed > 0 ? new StateFolderLock(stream) { KilledLeftovers = killed } : new StateFolderLock(stream);
    }

    /// <summary>Processes of an earlier run that were still alive and had to be killed.</summary>
    public int KilledLeftovers { get; private init; }

    public void Dispose() => stream.Dispose();
}
