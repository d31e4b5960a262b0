using System.Buffers.Binary;
using System.Text;
using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Gazetteers;

/// <summary>
/// The embedded gazetteer and the place recognizer's name index in a compact binary form, written on the first
/// run and read on the next ones instead of parsing ~40,000 YAML lines and folding ~150,000 names again.
/// </summary>
/// <remarks>
/// The file's name carries a hash of the YAML and the library's module version id: a changed gazetteer or a
/// changed folding rule (a new build) never reads an old file, it writes a new one (the three newest are kept).
/// Anything wrong with a file (missing, truncated, another format) falls back to the YAML. Folder:
/// <c>$INCX_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/incx</c>, else <c>~/.cache/incx</c>; <c>INCX_NO_CACHE=1</c>
/// turns the cache off.
/// </remarks>
internal static class GazetteerCache
{
    private const uint Magic = 0x58434E49; // "INCX"
    private const int FormatVersion = 3;
    private const int KeptFiles = 3;

    /// <summary>The cache file for the YAML <paramref name="yaml"/>, or null when caching is off or has no folder.</summary>
    public static string? PathFor(ReadOnlySpan<byte> yaml)
    {
        if (Environment.GetEnvironmentVariable("INCX_NO_CACHE") is { Length: > 0 } off && off != "0") return null;
        var folder = Environment.GetEnvironmentVariable("INCX_CACHE_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(xdg) && string.IsNullOrEmpty(home)) return null;
            folder = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".cache") : xdg, "incx");
        }
        var hash = ContentHash(yaml).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var build = typeof(GazetteerCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        return Path.Combine(folder, $"gazetteer-{hash}-{build}-v{FormatVersion}.bin");
    }

    // A change detector, not a defence against forgery: 64-bit multiply-rotate over 8-byte words (~1 ms for the
    // shipped 6 MB, where SHA-256 costs a tenth of the whole start-up budget).
    internal static ulong ContentHash(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime = 0x9E3779B97F4A7C15;
        var h = (ulong)bytes.Length * Prime;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var w in words) h = System.Numerics.BitOperations.RotateLeft((h ^ w) * Prime, 31);
        foreach (var b in bytes[(words.Length * 8)..]) h = System.Numerics.BitOperations.RotateLeft((h ^ b) * Prime, 31);
        return h ^ (h >> 29);
    }

    /// <summary>The gazetteer (with its name index) stored at <paramref name="path"/>, or null if the file is missing or unreadable.</summary>
    public static Gazetteer? TryRead(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            return Read(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="gazetteer"/> and its index at <paramref name="path"/>; a failure only costs the next run its speed.</summary>
    public static void TryWrite(string path, Gazetteer gazetteer, PlaceNameTable index)
    {
        var temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, Write(gazetteer, index));
            // Rename last, so a concurrent reader sees a whole file or none.
            File.Move(temp, path, overwrite: true);
            // Each build gets its own file; keep the few newest (a test build and a published one take turns)
            // and drop the rest, so rebuilds do not pile up 8 MB files.
            var files = new DirectoryInfo(Path.GetDirectoryName(path)!).GetFiles("gazetteer-*.bin");
            Array.Sort(files, static (a, b) => b.LastWriteTimeUtc.CompareTo(a.LastWriteTimeUtc));
            for (var i = KeptFiles; i < files.Length; i++)
            {
                if (files[i].FullName != Path.GetFullPath(path)) files[i].Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
        }
    }

    internal static byte[] Write(Gazetteer gazetteer, PlaceNameTable index)
    {
        using var stream = new MemoryStream(8 << 20);
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);

        // Countries and regions repeat on every place: a table of them, places refer by number.
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var sharedList = new List<string>();
        int Shared(string? s)
        {
            if (s is null) return -1;
            if (!shared.TryGetValue(s, out var n)) { shared[s] = n = sharedList.Count; sharedList.Add(s); }
            return n;
        }
        foreach (var p in gazetteer.Places) { Shared(p.Country); Shared(p.Admin1); }
        w.Write(sharedList.Count);
        foreach (var s in sharedList) w.Write(s);

        w.Write(gazetteer.Places.Count);
        foreach (var p in gazetteer.Places)
        {
            w.Write(p.Name);
            w.Write(p.Aliases.Count);
            foreach (var a in p.Aliases) w.Write(a);
            w.Write((byte)p.Kind);
            w.Write(Shared(p.Admin1));
            w.Write(Shared(p.Country));
            w.Write(p.Lat.HasValue);
            w.Write(p.Lat ?? 0);
            w.Write(p.Lon.HasValue);
            w.Write(p.Lon ?? 0);
            w.Write(p.Population.HasValue);
            w.Write(p.Population ?? 0);
        }

        w.Write(gazetteer.Actors.Count);
        foreach (var a in gazetteer.Actors)
        {
            w.Write(a.Name);
            WriteStrings(w, a.Aliases);
            w.Write((byte)a.Kind);
            w.Write(a.Country is not null);
            w.Write(a.Country ?? "");
            WriteStrings(w, a.Branches);
        }
        WriteStrings(w, gazetteer.Warnings);

        var table = index.Stored;
        WriteArray(w, table.Chars);
        WriteArray(w, table.KeyEnds);
        WriteArray(w, table.Buckets);
        WriteArray(w, table.PlaceEnds);
        WriteArray(w, table.PlaceIds);
        WriteArray(w, table.HasLonger);
        w.Write(Magic);
        w.Flush();
        return stream.ToArray();
    }

    private static void WriteArray<T>(BinaryWriter w, T[] items) where T : unmanaged
    {
        w.Write(items.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(items.AsSpan()));
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        w.Write(strings.Count);
        foreach (var s in strings) w.Write(s);
    }

    internal static Gazetteer Read(byte[] bytes)
    {
        var r = new SpanReader(bytes);
        if (r.UInt32() != Magic || r.Int32() != FormatVersion) throw new InvalidDataException("not a gazetteer cache");

        var shared = new string[r.Count()];
        for (var i = 0; i < shared.Length; i++) shared[i] = r.String();

        var places = new Place[r.Count()];
        for (var i = 0; i < places.Length; i++)
        {
            var name = r.String();
            IReadOnlyList<string> aliases = [];
            if (r.Count() is var n and > 0)
            {
                aliases = new StoredStrings(bytes, r.Position, n);
                for (var k = 0; k < n; k++) r.SkipString();
            }
            var kind = (PlaceKind)r.Byte();
            var admin1 = r.Int32() is var a and >= 0 ? shared[a] : null;
            var country = shared[r.Int32()];
            var lat = r.Bool() ? r.Double() : SkipDouble(ref r);
            var lon = r.Bool() ? r.Double() : SkipDouble(ref r);
            long? population = r.Bool() ? r.Int64() : SkipInt64(ref r);
            places[i] = new Place(name, aliases, kind, admin1, country, lat, lon, population);
        }

        var actors = new Actor[r.Count()];
        for (var i = 0; i < actors.Length; i++)
        {
            var name = r.String();
            var aliases = r.Strings();
            var kind = (ActorKind)r.Byte();
            var hasCountry = r.Bool();
            var country = r.String();
            actors[i] = new Actor(name, aliases, kind, hasCountry ? country : null, r.Strings());
        }
        var warnings = r.Strings();

        var arrays = new PlaceNameTable.Arrays(r.Array<char>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<bool>());
        foreach (var id in arrays.PlaceIds)
        {
            if ((uint)id >= (uint)places.Length) throw new InvalidDataException("bad place number in gazetteer cache");
        }
        if (r.UInt32() != Magic) throw new InvalidDataException("truncated gazetteer cache");
        return new Gazetteer(places, actors, warnings) { PlaceIndex = new PlaceNameTable(arrays, places) };
    }

    /// <summary>
    /// A place's aliases as the cache stores them, decoded on first use. The stored name index already holds every
    /// alias, so only a merge with the user's gazetteer (which rebuilds the index) reads them: a run no longer
    /// makes some 80,000 strings at start-up that it never looks at.
    /// </summary>
    private sealed class StoredStrings(byte[] bytes, int offset, int count) : IReadOnlyList<string>
    {
        private string[]? _strings;

        // Threads that race here each decode the same bytes into equal arrays; either may be kept.
        private string[] Strings => _strings ??= Decode();

        private string[] Decode()
        {
            var r = new SpanReader(bytes) { Position = offset };
            var strings = new string[count];
            for (var i = 0; i < strings.Length; i++) strings[i] = r.String();
            return strings;
        }

        public int Count => count;
        public string this[int index] => Strings[index];
        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Strings).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static double? SkipDouble(ref SpanReader r) { r.Double(); return null; }

    private static long? SkipInt64(ref SpanReader r) { r.Int64(); return null; }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, 7-bit length-prefixed UTF-8 strings).</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        /// <summary>Where the next read starts.</summary>
        public int Position { readonly get => _at; init => _at = value; }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _at + n > _bytes.Length) throw new InvalidDataException("truncated gazetteer cache");
            var span = _bytes.Slice(_at, n);
            _at += n;
            return span;
        }

        public byte Byte() => Take(1)[0];
        public bool Bool() => Byte() != 0;
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));
        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public int Count() => Int32() is var n and >= 0 and < 1 << 24 ? n : throw new InvalidDataException("bad count in gazetteer cache");

        public string String() => Encoding.UTF8.GetString(Take(StringLength()));

        public void SkipString() => Take(StringLength());

        private int StringLength()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28) throw new InvalidDataException("bad string length in gazetteer cache");
                var b = Byte();
                length |= (b & 0x7F) << shift;
                if (b < 0x80) return length;
            }
        }

        public T[] Array<T>() where T : unmanaged
        {
            var count = Count();
            return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(Take(count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>())).ToArray();
        }

        public string[] Strings()
        {
            var strings = Count() is var n and > 0 ? new string[n] : [];
            for (var i = 0; i < strings.Length; i++) strings[i] = String();
            return strings;
        }
    }
}
