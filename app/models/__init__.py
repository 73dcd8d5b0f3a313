"""SQLAlchemy tables only: no behaviour, no queries."""
from .affairs import Affair, AffairEvent, AffairMaterial, AffairSequence
from .agency import AgencyAuthorisation, CustodyItem
from .audit import AuditEntry
from .base import Base
from .cases import Case, CaseLink, CaseNote
from .catalogue import AffairType, Category, Partner
from .certificates import Certificate, CertificateSequence
from .grids import GridArea, GridBlock, HomeVisit, HomeVisitLog
from .people import Household, Resident, ResidentTag, Staff, Station
from .reception import Appointment, OnlineNeed, SlotRule, Ticket, TicketSequence
from .report_cache import ReportMonth
from .transfer import CallIn, DispatchLeg

__all__ = [
    "Affair", "AffairEvent", "AffairMaterial", "AffairSequence", "AffairType", "AgencyAuthorisation", "AuditEntry",
    "Base", "CallIn", "Category", "Certificate", "CertificateSequence", "CustodyItem", "DispatchLeg",
    "GridArea", "GridBlock", "HomeVisit", "HomeVisitLog", "Household", "Partner", "Resident",
    "ResidentTag", "Staff", "Station",
    "Appointment", "Case", "CaseLink", "CaseNote", "OnlineNeed", "ReportMonth", "SlotRule", "Ticket", "TicketSequence",
]
