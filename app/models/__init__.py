"""SQLAlchemy tables only: no behaviour, no queries."""
from .affairs import Affair, AffairEvent, AffairMaterial, AffairSequence
from .base import Base
from .catalogue import AffairType, Category, Partner
from .people import Household, Resident, ResidentTag, Staff, Station

__all__ = [
    "Affair", "AffairEvent", "AffairMaterial", "AffairSequence", "AffairType", "Base",
    "Category", "Household", "Partner", "Resident", "ResidentTag", "Staff", "Station",
]
