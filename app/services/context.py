"""What every service call is given: the session factories, who is acting, a clock."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy.orm import Session, sessionmaker

from .permissions import Perm, require


@dataclass(frozen=True)
class Actor:
    staff_id: int
    name: str
    role: str
    station_id: int
    desk: str = ""


@dataclass
class ServiceContext:
    read_sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]
    actor: Actor | None = None
    now: Callable[[], datetime] = field(default=datetime.now)

    def require(self, perm: Perm) -> Actor:
        from .errors import DomainError

        if self.actor is None:
            raise DomainError("staff_not_found", who="-")
        require(self.actor.role, perm)
        return self.actor

    def as_actor(self, actor: Actor) -> "ServiceContext":
        return ServiceContext(self.read_sessions, self.write_sessions, actor, self.now)

    @classmethod
    def for_database(cls, db, actor: Actor | None = None, now=None) -> "ServiceContext":
        return cls(db.read_sessions, db.write_sessions, actor, now or datetime.now)
