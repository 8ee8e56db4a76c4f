using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Cli.Shell;

/// <summary>What a key asks of the shell.</summary>
public enum EditorAction : byte
{
    /// <summary>The line changed (or the cursor moved): draw it again.</summary>
    Redraw,
    /// <summary>Enter: run the line.</summary>
    Submit,
    /// <summary>Tab: complete the word before the cursor.</summary>
    Complete,
    /// <summary>Ctrl-C: drop the line and prompt again.</summary>
    Abandon,
    /// <summary>Ctrl-D on an empty line: leave the shell.</summary>
    EndOfInput,
    /// <summary>Ctrl-L: clear the screen.</summary>
    ClearScreen,
    /// <summary>A key with no meaning here.</summary>
    None,
}

/// <summary>
/// One line being edited, emacs-style as in readline: insert, Backspace/Delete, Left/Right, Home/End (Ctrl-A/E),
/// Ctrl-U/K/W kill to the start, to the end, a word back; Up/Down walk the history (the line being typed comes back
/// at the bottom). Drawing is <see cref="Render"/>: the prompt and the line (scrolled to keep the cursor in view), and
/// a hint on the line below.
/// </summary>
public sealed class LineEditor
{
    private readonly StringBuilder _text = new();
    private readonly IReadOnlyList<string> _history;
    private int _historyIndex; // == _history.Count: the line being typed
    private string _typed = "";

    public LineEditor(IReadOnlyList<string> history)
    {
        _history = history;
        _historyIndex = history.Count;
    }

    public string Text => _text.ToString();
    public int Cursor { get; private set; }
    public string BeforeCursor => _text.ToString(0, Cursor);

    public void Insert(string text)
    {
        _text.Insert(Cursor, text);
        Cursor += text.Length;
    }

    public EditorAction Handle(ConsoleKeyInfo key)
    {
        bool control = (key.Modifiers & ConsoleModifiers.Control) != 0;
        char c = key.KeyChar;
        switch (key.Key)
        {
            case ConsoleKey.Enter: return EditorAction.Submit;
            case ConsoleKey.Tab: return EditorAction.Complete;
            case ConsoleKey.Backspace:
                if (Cursor == 0) return EditorAction.None;
                _text.Remove(--Cursor, 1);
                return EditorAction.Redraw;
            case ConsoleKey.Delete: return DeleteAtCursor();
            case ConsoleKey.LeftArrow: return Move(Cursor - 1);
            case ConsoleKey.RightArrow: return Move(Cursor + 1);
            case ConsoleKey.Home: return Move(0);
            case ConsoleKey.End: return Move(_text.Length);
            case ConsoleKey.UpArrow: return Recall(_historyIndex - 1);
            case ConsoleKey.DownArrow: return Recall(_historyIndex + 1);
        }
        if (control || c is > '\0' and < ' ')
        {
            char letter = key.Key is >= ConsoleKey.A and <= ConsoleKey.Z ? (char)('a' + (key.Key - ConsoleKey.A)) : (char)(c + 'a' - 1);
            switch (letter)
            {
                case 'a': return Move(0);
                case 'e': return Move(_text.Length);
                case 'b': return Move(Cursor - 1);
                case 'f': return Move(Cursor + 1);
                case 'p': return Recall(_historyIndex - 1);
                case 'n': return Recall(_historyIndex + 1);
                case 'c': return EditorAction.Abandon;
                case 'd': return _text.Length == 0 ? EditorAction.EndOfInput : DeleteAtCursor();
                case 'l': return EditorAction.ClearScreen;
                case 'u':
                    _text.Remove(0, Cursor);
                    Cursor = 0;
                    return EditorAction.Redraw;
                case 'k':
                    _text.Remove(Cursor, _text.Length - Cursor);
                    return EditorAction.Redraw;
                case 'w': return KillWordBack();
                case 'h':
                    if (Cursor == 0) return EditorAction.None;
                    _text.Remove(--Cursor, 1);
                    return EditorAction.Redraw;
                case 'j' or 'm': return EditorAction.Submit;
                case 'i': return EditorAction.Complete;
                default: return EditorAction.None;
            }
        }
        if (c == '\0' || char.IsControl(c)) return EditorAction.None;
        Insert(c.ToString());
        return EditorAction.Redraw;
    }

    private EditorAction DeleteAtCursor()
    {
        if (Cursor >= _text.Length) return EditorAction.None;
        _text.Remove(Cursor, 1);
        return EditorAction.Redraw;
    }

    private EditorAction Move(int to)
    {
        to = Math.Clamp(to, 0, _text.Length);
        if (to == Cursor) return EditorAction.None;
        Cursor = to;
        return EditorAction.Redraw;
    }

    private EditorAction KillWordBack()
    {
        int start = Cursor;
        while (start > 0 && _text[start - 1] == ' ') start--;
        while (start > 0 && _text[start - 1] != ' ') start--;
        if (start == Cursor) return EditorAction.None;
        _text.Remove(start, Cursor - start);
        Cursor = start;
        return EditorAction.Redraw;
    }

    private EditorAction Recall(int index)
    {
        if (index < 0 || index > _history.Count) return EditorAction.None;
        if (_historyIndex == _history.Count) _typed = _text.ToString();
        _historyIndex = index;
        _text.Clear().Append(index == _history.Count ? _typed : _history[index]);
        Cursor = _text.Length;
        return EditorAction.Redraw;
    }

    /// <summary>
    /// The prompt and the line from the start of the terminal line, erasing what was there, the hint (or nothing) on
    /// the line below, and the cursor put back where it is in the line.
    /// </summary>
    public string Render(string prompt, int width, string? hint)
    {
        int room = Math.Max(8, width - prompt.Length - 1);
        string text = _text.ToString();
        int start = Cursor > room ? Cursor - room : 0;
        string visible = text.Length - start > room ? text.Substring(start, room) : text[start..];
        var output = new StringBuilder();
        output.Append('\r').Append(prompt).Append(visible).Append("\x1b[K");
        output.Append("\r\n");
        if (hint is not null) output.Append("\x1b[2m").Append(hint.Length >= width ? hint[..Math.Max(0, width - 2)] + "…" : hint).Append("\x1b[0m");
        output.Append("\x1b[K\x1b[1A\r");
        int column = prompt.Length + Cursor - start;
        if (column > 0) output.Append("\x1b[").Append(column).Append('C');
        return output.ToString();
    }
}
