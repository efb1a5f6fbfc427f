# What build-aux/screenshots.sh and screenshots-hostile.sh share, sourced
# by both once they have set $prefix (an installed build) and $out (where
# the PNGs go): temporary XDG folders, the clock fixed on Wednesday,
# November 25, 2026, 15:00, a German locale of their own, and
#
#   shot NAME LANGUAGE WIDTH HEIGHT ACTIONS…
#
# which starts Netbook on $db under its own X server and D-Bus session,
# sizes the window, runs ACTIONS (xdotool commands) and saves the window
# as $out/NAME.png; with CAPTURE=dialog in the environment, the other
# window ACTIONS opened (a dialog) instead, and with CAPTURE=title:TITLE
# the window of that title.

netbook=$prefix/bin/netbook
if [ ! -x "$netbook" ]; then
  echo "$(basename "$0"): no netbook in $prefix/bin: run build-aux/setup.sh test, then meson install -C build" >&2
  exit 1
fi
for tool in xvfb-run xdotool import localedef; do
  command -v "$tool" >/dev/null || { echo "$(basename "$0"): $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/run" "$work/locales"
chmod 700 "$work/run"

export XDG_RUNTIME_DIR=$work/run XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config
export XDG_DATA_HOME=$work/data
export XDG_DATA_DIRS=$prefix/share:/usr/local/share:/usr/share
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 GSK_RENDERER=cairo NO_AT_BRIDGE=1
export NETBOOK_NOW=2026-11-25T15:00:00 TZ=UTC
# Only C.UTF-8 comes with the system.
localedef -i de_DE -f UTF-8 "$work/locales/de_DE.UTF-8" 2>/dev/null || true
export LOCPATH=$work/locales

db=$work/netbook.db

shot () {
  local name=$1 language=$2 width=$3 height=$4
  shift 4
  local lang=C.UTF-8
  [ "$language" = de ] && lang=de_DE.UTF-8
  LANG=$lang LANGUAGE=$language xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
    dbus-run-session -- bash -c '
      "$0" --database "$1" >/dev/null 2>&1 &
      # However long the start takes on a busy machine.
      window=$(timeout 60 xdotool search --sync --onlyvisible --name "^Netbook\$" | head -1)
      [ -n "$window" ] || { echo "no Netbook window after 60 s" >&2; exit 1; }
      sleep 1
      xdotool windowsize "$window" "$2" "$3"
      sleep 2
      eval "$5"
      sleep 2
      target=$window
      if [ "$6" = dialog ]; then
        for other in $(xdotool search --onlyvisible --name "."); do
          [ "$other" != "$window" ] && target=$other
        done
      elif [ -n "$6" ]; then
        target=$(xdotool search --onlyvisible --name "^${6#title:}\$" | tail -1)
        [ -n "$target" ] || { echo "no window called ${6#title:}" >&2; exit 1; }
      fi
      xdotool getwindowgeometry "$target" | sed -n "s/^ *Geometry: /  window: /p"
      import -window "$target" "$4"
    ' "$netbook" "$db" "$width" "$height" "$out/$name.png" "$*" "${CAPTURE:-}"
  echo "$out/$name.png"
}
