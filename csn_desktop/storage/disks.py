"""Whether a path is on a local disk: SQLite WAL needs shared memory that network shares lack."""

from __future__ import annotations

import sys
from pathlib import Path

REMOTE_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "ncpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)

_DRIVE_REMOTE = 4


def is_local_disk(path: Path) -> bool:
    """False for a Windows UNC path or mapped network drive, or a Linux network file system."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return False
    if sys.platform == "win32":
        return _windows_drive_is_local(path)
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return True
        return fs_type_is_local(mount_fs_type(_existing_ancestor(path), mounts))
    return True


def fs_type_is_local(fs_type: str | None) -> bool:
    return fs_type is None or fs_type.lower() not in REMOTE_FS_TYPES


def mount_fs_type(path: Path, mounts: str) -> str | None:
    """The file-system type of the longest mount point in /proc/mounts text that contains path."""
    best: tuple[int, str] | None = None
    target = path.as_posix()
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape_mount(fields[1])
        inside = mount_point == "/" or target == mount_point or target.startswith(mount_point + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fields[2])
    return None if best is None else best[1]


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for escaped, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, char)
    return field


def _existing_ancestor(path: Path) -> Path:
    current = path.absolute()
    while not current.exists() and current != current.parent:
        current = current.parent
    return current.resolve()


if sys.platform == "win32":
    import ctypes

    def _windows_drive_is_local(path: Path) -> bool:
        anchor = path.absolute().anchor
        if anchor.startswith("\\\\"):
            return False
        drive_type = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
        return bool(drive_type != _DRIVE_REMOTE)

else:

    def _windows_drive_is_local(path: Path) -> bool:
        return True
