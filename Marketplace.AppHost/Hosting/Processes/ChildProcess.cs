using System.Diagnostics;
using System.Globalization;

namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>
/// A child process in its own session and process group (setsid), so that a graceful signal reaches only the
/// server while a last-resort SIGKILL reaches everything it spawned. A watchdog in the same group kills the group
/// within a second of the owner (this process) dying by any means, SIGKILL included: no orphaned servers.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>Environment variable naming the owner's state folder; lets a later run find and kill leftovers.</summary>
    public const string StateTag = "MARKETPLACE_APPHOST_STATE";

    // $1 = owner pid; the rest is the command. The watchdog's fds point at /dev/null so that it never holds the
    // output pipes open; "kill -KILL 0" is the whole process group, watchdog included.
    private const string WatchdogScript = """
        owner=$1; shift
        ( while kill -0 "$owner" 2>/dev/null; do sleep 1; done; kill -KILL 0 ) </dev/null >/dev/null 2>&1 &
        exec "$@"
        """;

    private readonly Process process;

    private ChildProcess(Process process) => this.process = process;

    public int Id => process.Id;

    /// <summary>setsid made the child a group leader: the group id is its pid.</summary>
    public int ProcessGroupId => process.Id;

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <param name="ownerPid">The process whose death kills this one; this process unless a test says otherwise.</param>
    public static ChildProcess Start(ProcessLaunch launch, Action<string> onLine, int? ownerPid = null)
    {
        var info = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = launch.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in (string[])["/bin/sh", "-c", WatchdogScript, "watchdog",
                     (ownerPid ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture), launch.FileName, .. launch.Arguments])
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in launch.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { onLine(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { onLine(line); } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>
    /// Sends <paramref name="signal"/> to the main process, waits up to <paramref name="grace"/>, then SIGKILLs the
    /// whole group and waits until no member of it is left.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (!process.HasExited)
        {
            Signals.Send(process.Id, signal);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Grace is over.
            }
        }

        await KillGroupAsync();
    }

    /// <summary>SIGKILL to every process of the group, then wait (bounded) until /proc shows none of them.</summary>
    public async Task KillGroupAsync()
    {
        Signals.SendToGroup(ProcessGroupId, Signals.Kill);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (ProcessTable.MembersOfGroup(ProcessGroupId).Count > 0 && DateTime.UtcNow < deadline)
        {
            Signals.SendToGroup(ProcessGroupId, Signals.Kill);
            await Task.Delay(20);
        }

        if (!process.HasExited)
        {
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Synchronous SIGKILL of the group, for process-exit handlers where nothing can be awaited.</summary>
    public void KillGroupNow() => Signals.SendToGroup(ProcessGroupId, Signals.Kill);

    public async ValueTask DisposeAsync()
    {
        await KillGroupAsync();
        process.Dispose();
    }
}
