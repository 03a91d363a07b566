#!/usr/bin/env bash
# Draws the README's pictures again with `schedlab export` (no display needed): the whole lab
# window, 1600x1000 (its toolbar fits in full), at the moment each caption in README.md describes,
# with the lower tab (--tab), the inspector (--side, --inspect) and GODEBUG (--schedtrace) it
# names. Every picture in docs/ comes from here. Run it from anywhere.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

shot() { # NAME PROGRAM TIME [options...]
    local name=$1 program=$2 at=$3
    shift 3
    ./schedlab export "$program" --at "$at" --view window --size 1600x1000 --out "docs/window-$name.png" "$@"
    echo "docs/window-$name.png"
}

shot stepping          demo                 2976ns   # g13 just went into runnext
shot playing           demo                 260us    # both Ps run, sleepers wait
shot work-stealing     05-work-stealing     2903ns   # main spawning, M5 spinning
shot syscall-handoff   04-blocking-syscall  500us    # g6 in nanosleep, M3 runs g8 on P0
shot mutex-starvation  07-mutex-starvation  13110ns  # g6, g7 wait on the mutex, M3 spins
shot netpoller-wakeup  15-netpoller-wakeup  14669102ns # sysmon's netpoll readies g7
shot gc-stop-the-world 16-gc-stop-the-world 1295804ns  # the world starts to stop
shot inspector          demo                 469755ns --inspect 1            # g1 parked on a channel receive
shot inspector-g0-switch demo                4627ns   --side inspector       # M0 just did mcall(park_m)
shot profile-mcall-large 17-mcall-large-share 5379us  --tab profile          # mcall 38.9%
shot profile-mcall-small 18-mcall-small-share 60ms    --tab profile          # mcall 0.0%
shot charts            16-gc-stop-the-world 2202us   --tab charts            # after the cycle
shot schedtrace        17-mcall-large-share 5379us   --tab schedtrace --schedtrace 1ms
