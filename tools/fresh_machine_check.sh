#!/usr/bin/env bash
# Proves the README's Quick start on a clean Debian 12 machine: builds a bare bookworm root
# (debootstrap minbase) outside the tree, puts a clean clone of HEAD in it and runs the two
# README commands there, the window under xvfb-run, with a screenshot saved outside the root.
# Run it (as root) before resolving anything that adds or changes a dependency:
#   sudo bash tools/fresh_machine_check.sh            # reuses the bare root's tarball
#   sudo bash tools/fresh_machine_check.sh --new-root # debootstraps it again
# Environment: MLWB_FRESH_DIR (default /var/tmp/mlwb-fresh-machine), MLWB_DEBIAN_MIRROR,
# MLWB_RUN_TIMEOUT and MLWB_TEST_TIMEOUT (seconds; install + build + window, and the tests).
# It needs the network to reach the Debian archive; it is not part of .ci/run.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${MLWB_FRESH_DIR:-/var/tmp/mlwb-fresh-machine}"
mirror="${MLWB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
run_timeout="${MLWB_RUN_TIMEOUT:-3600}"
test_timeout="${MLWB_TEST_TIMEOUT:-5400}"
root="$work/root"
tarball="$work/bookworm-minbase.tar"
logs="$work/logs"
screenshot="$work/run-window.png"
new_root=0

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

# --- the inner half of the GUI step: runs inside xvfb-run on the host -----------------------
# Starts the README's first command in the root, waits for the main window, saves a
# screenshot and stops the program. Fails when the command ends before a window appears.
if [ "${1:-}" = "--gui-inside-xvfb" ]; then
    setsid chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY=/root/.Xauthority \
        bash -c 'cd /root/mlwb && bash tools/dev.sh run' &
    pid=$!
    deadline=$((SECONDS + run_timeout))
    while [ $SECONDS -lt $deadline ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"
            echo "the command ended (exit $?) before its window appeared"
            exit 1
        fi
        if xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*ML Workbench[^"]*"'; then
            sleep 10  # the sample loads in the background; let it land and paint
            import -window root "$screenshot" && echo "screenshot: $screenshot"
            alive=0
            kill -0 "$pid" 2>/dev/null && alive=1
            xwininfo -root -tree | grep 'ML Workbench'
            kill -TERM -- "-$pid" 2>/dev/null
            sleep 2
            kill -KILL -- "-$pid" 2>/dev/null
            wait "$pid" 2>/dev/null
            [ $alive -eq 1 ] || { echo "the window closed by itself"; exit 1; }
            exit 0
        fi
        sleep 5
    done
    echo "no window within $run_timeout s"
    kill -KILL -- "-$pid" 2>/dev/null
    exit 1
fi

case "${1:-}" in
"") ;;
--new-root) new_root=1 ;;
-h | --help) usage; exit 0 ;;
*) usage >&2; exit 2 ;;
esac

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh_machine_check.sh: needs root (debootstrap, chroot, mounts); run it with sudo" >&2
    exit 2
fi

# Host tools; none of them goes into the root.
host_tools=(debootstrap xvfb xauth x11-utils imagemagick git)
missing=()
for p in "${host_tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing on this machine: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || exit 1
fi

mkdir -p "$work" "$logs"
rm -f "$logs"/*.log "$screenshot"

# Unmounts everything below the root, deepest first; run at exit, on failure and on Ctrl+C,
# and before the root is removed, so that rm never reaches the host's /dev or /proc.
unmount_all() {
    [ -d "$root" ] || return 0
    local proc targets
    for proc in /proc/[0-9]*; do  # programs still running in the root hold its mounts
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    targets="$(findmnt -rn -o TARGET | grep -F "$root/" | sort -r)"
    for t in $targets; do umount "$t" 2>/dev/null || umount -l "$t"; done
}
exec 3>&1  # the terminal, also while a step's output goes to its log
trap unmount_all EXIT
trap 'echo >&3; echo "interrupted" >&3; exit 130' INT TERM

failed=0
step_number=0
# step TITLE COMMAND...: one line PASS/FAIL with the time taken; the log of a failing step.
step() {
    local title="$1"; shift
    step_number=$((step_number + 1))
    local log="$logs/$step_number.log" start=$SECONDS
    if "$@" >"$log" 2>&1; then
        printf 'PASS  %-44s %5ds\n' "$title" $((SECONDS - start))
        return 0
    fi
    printf 'FAIL  %-44s %5ds  (log: %s)\n' "$title" $((SECONDS - start)) "$log"
    tail -n 80 "$log" | sed 's/^/      /'
    failed=1
    return 1
}

make_root() {
    unmount_all
    rm -rf "$root"
    mkdir -p "$root"
    if [ $new_root -eq 0 ] && [ -f "$tarball" ]; then
        echo "reusing $tarball"
        tar -xpf "$tarball" -C "$root" --numeric-owner
    else
        debootstrap --variant=minbase bookworm "$root" "$mirror" || return 1
        tar -cpf "$tarball.part" -C "$root" --numeric-owner . && mv "$tarball.part" "$tarball"
    fi
}

clone_head() {
    git -C "$repo" log -1 --format='HEAD %h %s'
    git clone --quiet --no-hardlinks "$repo" "$root/root/mlwb" &&
        git -C "$root/root/mlwb" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
}

mount_system() {
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mkdir -p /tmp/.X11-unix "$root/tmp/.X11-unix" && chmod 1777 /tmp/.X11-unix
    mount -t proc proc "$root/proc" &&
        mount -t sysfs sys "$root/sys" &&
        mount --bind /dev "$root/dev" &&
        mount --bind /dev/pts "$root/dev/pts" &&
        mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" &&
        findmnt -rn -o TARGET | grep -F "$root/"
}

run_gui() {
    xvfb-run -a -f "$root/root/.Xauthority" -s "-screen 0 1280x800x24" \
        env root="$root" run_timeout="$run_timeout" screenshot="$screenshot" \
        bash "${BASH_SOURCE[0]}" --gui-inside-xvfb
}

run_tests() {
    timeout --kill-after=30 "$test_timeout" chroot "$root" /usr/bin/env -i HOME=/root \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        bash -c 'cd /root/mlwb && bash tools/dev.sh test'
}

step "clean Debian 12 root (debootstrap minbase)" make_root &&
    step "clean clone of HEAD" clone_head &&
    step "mount /proc /sys /dev" mount_system &&
    {
        step "bash tools/dev.sh run (window, screenshot)" run_gui
        step "bash tools/dev.sh test" run_tests
    }
[ -f "$screenshot" ] && echo "screenshot of the window: $screenshot"
[ $failed -eq 0 ] && echo "fresh machine check: PASS" || echo "fresh machine check: FAIL"
exit $failed
