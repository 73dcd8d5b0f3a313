"""Household groups by area (网格): which buildings or units each staff member
looks after, so door-to-door work has an owner."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import GridArea, GridBlock, Household, Resident, Staff

from .backoffice_dto import GridInfo
from .context import ServiceContext
from .errors import NotFound, ValidationError
from .permissions import Perm
from .uow import reading, writing

NAME_MAX = 64


def grid_for(s: Session, station_id: int, building: str, unit: str) -> GridArea | None:
    """The unit's own block if it has one, else the whole building's."""
    blocks = s.scalars(select(GridBlock).where(
        GridBlock.station_id == station_id, GridBlock.building == building,
        or_(GridBlock.unit == unit, GridBlock.unit == ""))).all()
    block = next((b for b in blocks if b.unit == unit), None) or next(iter(blocks), None)
    return s.get(GridArea, block.grid_id) if block else None


def _counts(s: Session, station_id: int, blocks: list[GridBlock]) -> tuple[int, int]:
    if not blocks:
        return 0, 0
    cond = or_(*[(Household.building == b.building) & ((Household.unit == b.unit) if b.unit else True)
                 for b in blocks])
    households = s.scalar(select(func.count()).select_from(Household)
                          .where(Household.station_id == station_id, cond))
    residents = s.scalar(select(func.count()).select_from(Resident).join(Household)
                         .where(Household.station_id == station_id, cond))
    return households, residents


def list_grids(ctx: ServiceContext) -> list[GridInfo]:
    actor = ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        staff = dict(s.execute(select(Staff.id, Staff.name)).all())
        out = []
        for g in s.scalars(select(GridArea).where(GridArea.station_id == actor.station_id).order_by(GridArea.id)):
            households, residents = _counts(s, actor.station_id, list(g.blocks))
            out.append(GridInfo(g.id, g.name, g.staff_id, staff.get(g.staff_id, ""),
                                tuple((b.building, b.unit) for b in g.blocks), households, residents))
        return out


def _clean_blocks(blocks: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for building, unit in blocks:
        building, unit = (building or "").strip(), (unit or "").strip()
        if not building or len(building) > 16 or len(unit) > 16:
            raise ValidationError("grid_block_invalid", block=f"{building}-{unit}")
        out.append((building, unit))
    if len(set(out)) != len(out):
        raise ValidationError("grid_block_invalid", block="×2")
    return out


def save_grid(ctx: ServiceContext, name: str, staff_id: int | None, blocks: Sequence[tuple[str, str]],
              grid_id: int | None = None) -> int:
    """Create or change a grid area; a building or unit belongs to one area only."""
    actor = ctx.require(Perm.MANAGE_GRIDS)
    name = (name or "").strip()
    if not name or len(name) > NAME_MAX:
        raise ValidationError("grid_name_invalid", max=NAME_MAX)
    clean = _clean_blocks(blocks)
    with writing(ctx) as s:
        if staff_id is not None:
            member = s.get(Staff, staff_id)
            if member is None or member.station_id != actor.station_id:
                raise NotFound("staff_not_found", who=staff_id)
        clash = s.scalar(select(GridArea.name).where(GridArea.station_id == actor.station_id,
                                                     GridArea.name == name, GridArea.id != (grid_id or 0)))
        if clash:
            raise ValidationError("grid_name_taken", name=name)
        if grid_id is None:
            grid = GridArea(station_id=actor.station_id, name=name)
            s.add(grid)
        else:
            grid = s.get(GridArea, grid_id)
            if grid is None or grid.station_id != actor.station_id:
                raise NotFound("grid_not_found", ref=grid_id)
        grid.name, grid.staff_id = name, staff_id
        grid.blocks.clear()
        s.flush()
        for building, unit in clean:
            owner = s.scalar(select(GridArea.name).join(GridBlock, GridBlock.grid_id == GridArea.id).where(
                GridBlock.station_id == actor.station_id, GridBlock.building == building,
                GridBlock.unit == unit))
            if owner:
                raise ValidationError("grid_block_taken", block=f"{building}-{unit}".rstrip("-"), name=owner)
            grid.blocks.append(GridBlock(station_id=actor.station_id, building=building, unit=unit))
        s.flush()
        return grid.id
