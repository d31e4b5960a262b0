using System.Buffers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Text built piece by piece in a buffer rented from the shared pool and returned on <see cref="Dispose"/>: the only
/// allocation is the finished string. For text rebuilt once per sentence, where a StringBuilder would also allocate
/// its buffer. Pass it by reference (it is a mutable struct).
/// </summary>
internal struct PooledText(int capacity) : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    private int _length;

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> s)
    {
        if (_length + s.Length > _buffer.Length) Grow(s.Length);
        s.CopyTo(_buffer.AsSpan(_length));
        _length += s.Length;
    }

    public override readonly string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0) ArrayPool<char>.Shared.Return(buffer);
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
