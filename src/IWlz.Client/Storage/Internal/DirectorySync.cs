using System.Globalization;
using System.Runtime.InteropServices;

namespace IWlz.Client.Storage.Internal;

/// <summary>
/// Flushes a directory to disk, so that a file just created in it is found again after a power failure: on a POSIX
/// file system the new file's directory entry is only durable once the directory itself is <c>fsync</c>ed (SQLite does
/// the same for its journal files). .NET has no API for it, so this calls <c>open</c>/<c>fsync</c>/<c>close</c> of the
/// C library. On Windows it does nothing: NTFS journals its metadata.
/// </summary>
internal static partial class DirectorySync
{
    // O_RDONLY is 0 on Linux and macOS, and a read-only descriptor is enough to fsync a directory on both.
    private const int ReadOnly = 0;
    private const int NoSuchFileOrDirectory = 2; // ENOENT on Linux and macOS.

    /// <summary>Flushes <paramref name="directory"/> to disk.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="IOException">The directory could not be opened or flushed; the message names it and the error number.</exception>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = Describe("open", directory, error);
            throw error == NoSuchFileOrDirectory ? new DirectoryNotFoundException(message) : new IOException(message);
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException(Describe("fsync", directory, Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            // A failing close after a successful fsync loses nothing: the directory is already on disk.
            _ = Close(descriptor);
        }
    }

    private static string Describe(string call, string directory, int error) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Could not flush the directory '{directory}' to disk: {call} failed with error {error} ({Marshal.GetPInvokeErrorMessage(error)}).");

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
