using System.Runtime.CompilerServices;

namespace IncidentExtract.Tests;

internal static class TestEnvironment
{
    /// <summary>Tests keep the gazetteer cache in a folder of their own, never in the user's ~/.cache.</summary>
    [ModuleInitializer]
    internal static void UseTemporaryGazetteerCache()
    {
        if (Environment.GetEnvironmentVariable("INCX_CACHE_DIR") is null)
            Environment.SetEnvironmentVariable("INCX_CACHE_DIR", Path.Combine(Path.GetTempPath(), "incx-test-cache"));
    }
}
